import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validators } from '../../../src/engine/checksum.js';
import { crc16Xmodem } from '../../../src/engine/validate/nkey.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
/** A NATS NKey seed of the given public prefix (user = 20 << 3, account = 0), fake, with a valid CRC16. */
function fakeSeed(prefix = 20 << 3): string {
  const body = Buffer.concat([Buffer.from([(18 << 3) | (prefix >> 5), (prefix & 31) << 3]), randomBytes(32)]);
  const crc = crc16Xmodem(body);
  return base32(Buffer.concat([body, Buffer.from([crc & 0xff, crc >> 8])]));
}
const check = validators['nkey-crc16']!;

describe('nkey-crc16', () => {
  it('computes CRC16/XMODEM (check value of "123456789" is 0x31C3)', () => {
    expect(crc16Xmodem(Buffer.from('123456789'))).toBe(0x31c3);
  });

  it('accepts generated user and account seeds and rejects one with one character changed', () => {
    const user = fakeSeed();
    expect(user.startsWith('SU')).toBe(true);
    expect(check(user)).toBe(true);
    expect(check(fakeSeed(0))).toBe(true);
    const changed = user.slice(0, 20) + (user[20] === 'A' ? 'B' : 'A') + user.slice(21);
    expect(check(changed)).toBe(false);
  });

  it('rejects public keys and wrong lengths', () => {
    expect(check(fakeSeed().slice(0, 57))).toBe(false);
    expect(check(`U${fakeSeed().slice(1)}`)).toBe(false);
  });
});
