/**
 * NATS NKeys (https://github.com/nats-io/nkeys): base32 (RFC 4648, no padding) of the prefix byte(s),
 * the 32-byte key and a CRC16/XMODEM of everything before it, little-endian. A seed starts with two
 * prefix bytes whose first five bits are the seed marker (18 << 3, which encodes as "S").
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SEED = 18 << 3;

export function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function base32Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const v = BASE32.indexOf(c);
    if (v < 0) return undefined;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** True for an NKey seed (`S` + type letter + 56 base32 characters) whose CRC16 holds. */
export function nkeySeed(secret: string): boolean {
  const bytes = base32Decode(secret);
  if (!bytes || bytes.length !== 36 || (bytes[0]! & 0xf8) !== SEED) return false;
  const expected = bytes[34]! | (bytes[35]! << 8);
  return crc16Xmodem(bytes.subarray(0, 34)) === expected;
}
