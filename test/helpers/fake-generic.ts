import { randomBytes, randomInt } from 'node:crypto';

/** Random strings for generic-detection tests, made fresh for each run (never real secrets). */
export function randomFrom(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const HEX = '0123456789abcdef';
export const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A base62 token for syntax tests: no character repeats (up to 62 characters), so its entropy is
 * as high as its length allows and no test depends on luck. Acceptance of ordinary random tokens,
 * repeats included, is measured statistically in strength.test.ts.
 */
export function fakeToken(length = 32): string {
  const pool = BASE62.split('');
  let out = '';
  for (let i = 0; i < length; i++) {
    if (pool.length === 0) pool.push(...BASE62.split(''));
    out += pool.splice(randomInt(pool.length), 1)[0];
  }
  return /[0-9]/.test(out) && /[a-z]/.test(out) && /[A-Z]/.test(out) ? out : fakeToken(length);
}

export function fakeHex(length = 40): string {
  return randomFrom(HEX, length);
}

/** A person-style password: letters, digits and a symbol, 10 characters. */
export function fakePassword(): string {
  return `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 4)}${randomFrom('23456789', 2)}${randomFrom('!+-', 1)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 1)}`;
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function randomBase64(bytes = 30): string {
  return randomBytes(bytes).toString('base64');
}
