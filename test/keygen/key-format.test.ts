import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validators } from '../../src/engine/checksum.js';
import { BASE62 } from '../../src/engine/crc32.js';
import { generateKey } from '../../src/keygen/generate-key.js';
import { BODY_LENGTH, isValidKey, KEY_BITS, keyChecksum, keyLength, parseKey } from '../../src/keygen/key-format.js';

/** Every key that differs from `key` in exactly one body or checksum character. */
function oneCharacterChanged(key: string, from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < key.length; i++) {
    const next = BASE62[(BASE62.indexOf(key[i]!) + 1 + (i % 61)) % 62]!;
    out.push(key.slice(0, i) + next + key.slice(i + 1));
  }
  return out;
}

describe('keygen key format', () => {
  it('matches a checksum computed by an independent CRC-32 (Python zlib.crc32) for a fixed body', () => {
    // python3 -c "import zlib; print(zlib.crc32(b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg'))" -> 2860937052 = base62 37cCQ0
    expect(keyChecksum('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg')).toBe('37cCQ0');
    expect(keyChecksum('kVq8Zr3HtN0pWc5LxA2fJm9eGs7YdB4uTo1iRw6KhEn')).toBe('0ho4WM');
  });

  // node:zlib gained crc32 in Node 20.15 / 22.2: an independent implementation to check ours against.
  const zlibCrc32 = (zlib as { crc32?: (data: string) => number }).crc32;
  it.skipIf(!zlibCrc32)('agrees with node:zlib crc32 on every generated key', () => {
    for (let i = 0; i < 500; i++) {
      const { body, checksum } = parseKey(generateKey('acme', 'live'))!;
      let n = zlibCrc32!(body);
      let digits = '';
      for (let d = 0; d < 6; d++, n = Math.floor(n / 62)) digits = BASE62[n % 62] + digits;
      expect(checksum).toBe(digits);
    }
  });

  it('makes keys of a fixed length whose checksum holds, for keygen and for the prefix-crc32 rule check', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateKey('acme', 'live');
      expect(key).toMatch(/^acme_live_[0-9A-Za-z]{49}$/);
      expect(key).toHaveLength(keyLength('acme', 'live'));
      expect(isValidKey(key)).toBe(true);
      expect(validators['prefix-crc32']!(key)).toBe(true);
    }
  });

  it('carries at least 256 bits: 43 base62 characters from a uniform source', () => {
    expect(BODY_LENGTH * Math.log2(62)).toBeGreaterThanOrEqual(256);
    expect(KEY_BITS).toBeGreaterThanOrEqual(256);
    expect(parseKey(generateKey('acme', 'test'))!.body).toHaveLength(43);
  });

  it('draws every base62 character equally often (no modulo bias)', () => {
    // 2,000 keys = 86,000 body characters over 62 values. A plain `byte % 62` gives the first 8 characters
    // 25% more weight: chi-square in the thousands. Uniform draws stay below 130 (61 degrees of freedom,
    // p < 1e-7), so this fails only for a biased generator.
    const counts = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < 2000; i++) {
      for (const ch of parseKey(generateKey('acme', 'live'))!.body) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        total++;
      }
    }
    expect(counts.size).toBe(62);
    const expected = total / 62;
    let chi = 0;
    for (const n of counts.values()) chi += (n - expected) ** 2 / expected;
    expect(chi).toBeLessThan(130);
  });

  it('never repeats a key', () => {
    const keys = new Set(Array.from({ length: 5000 }, () => generateKey('acme', 'live')));
    expect(keys.size).toBe(5000);
  });

  it('rejects every key with one body or checksum character changed', () => {
    const key = generateKey('acme', 'live');
    const lookAlikes = oneCharacterChanged(key, 'acme_live_'.length);
    expect(lookAlikes).toHaveLength(49);
    for (const k of lookAlikes) {
      expect(isValidKey(k)).toBe(false);
      expect(validators['prefix-crc32']!(k)).toBe(false);
    }
  });

  it('rejects keys of the wrong shape', () => {
    const key = generateKey('acme', 'live');
    expect(isValidKey(key.slice(0, -1))).toBe(false);
    expect(isValidKey(`${key}0`)).toBe(false);
    expect(isValidKey(key.replace('acme_', 'ACME_'))).toBe(false);
    expect(isValidKey(key.replace('acme_live_', 'acme-live-'))).toBe(false);
  });
});
