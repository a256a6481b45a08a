import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validators } from '../../../src/engine/checksum.js';
import { bech32, bech32Encode } from '../../../src/engine/validate/bech32.js';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const words = (n: number) => [...randomBytes(n)].map((b) => b & 31);
/** Replace the character at `at` with a different one of the same alphabet and case. */
function flip(text: string, at: number): string {
  const lower = text[at]!.toLowerCase();
  const other = CHARSET[(CHARSET.indexOf(lower) + 1) % 32]!;
  return text.slice(0, at) + (text[at] === lower ? other : other.toUpperCase()) + text.slice(at + 1);
}

describe('bech32', () => {
  it('accepts a generated age secret key and rejects it with one character changed', () => {
    const key = bech32Encode('age-secret-key-', words(52)).toUpperCase();
    expect(validators.bech32!(key)).toBe(true);
    expect(validators.bech32!(flip(key, 30))).toBe(false);
  });

  it('accepts a generated Nostr nsec and rejects a changed last character', () => {
    const nsec = bech32Encode('nsec', words(52));
    expect(bech32(nsec)).toBe(true);
    expect(bech32(flip(nsec, nsec.length - 1))).toBe(false);
  });

  it('rejects mixed case and characters outside the alphabet', () => {
    const nsec = bech32Encode('nsec', words(52));
    expect(bech32(nsec.slice(0, 10) + nsec.slice(10).toUpperCase())).toBe(false);
    expect(bech32(`${nsec.slice(0, -1)}b`)).toBe(false);
  });
});
