import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validators } from '../../../src/engine/checksum.js';
import { base58CheckEncode } from '../../../src/engine/validate/base58check.js';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function flip(text: string, at: number): string {
  return text.slice(0, at) + B58[(B58.indexOf(text[at]!) + 1) % 58] + text.slice(at + 1);
}
const wif = () => base58CheckEncode(Buffer.concat([Buffer.from([0x80]), randomBytes(32), Buffer.from([1])]));
const xprv = () => base58CheckEncode(Buffer.concat([Buffer.from('0488ade4', 'hex'), Buffer.alloc(9), randomBytes(32), Buffer.from([0]), randomBytes(32)]));

describe('base58check', () => {
  it('accepts a generated WIF private key and rejects it with one character changed', () => {
    const key = wif();
    expect(key).toMatch(/^[KL]/);
    expect(validators['bitcoin-wif']!(key)).toBe(true);
    expect(validators['bitcoin-wif']!(flip(key, 20))).toBe(false);
  });

  it('accepts a generated BIP-32 extended private key and rejects it with one character changed', () => {
    const key = xprv();
    expect(key.startsWith('xprv')).toBe(true);
    expect(validators['extended-private-key']!(key)).toBe(true);
    expect(validators['extended-private-key']!(flip(key, 60))).toBe(false);
  });

  it('rejects a valid Base58Check string of the wrong kind', () => {
    const address = base58CheckEncode(Buffer.concat([Buffer.from([0]), randomBytes(20)]));
    expect(validators['bitcoin-wif']!(address)).toBe(false);
    expect(validators['extended-private-key']!(wif())).toBe(false);
  });
});
