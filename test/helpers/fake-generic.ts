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

/** A base62 token that certainly mixes digits and both cases (so no test depends on luck). */
export function fakeToken(length = 32): string {
  return `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 1)}${randomFrom('23456789', 1)}${randomFrom(BASE62, length - 3)}`;
}

export function fakeHex(length = 40): string {
  return randomFrom(HEX, length);
}

/** A person-style password: letters, digits and a symbol, 10 characters. */
export function fakePassword(): string {
  return `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 4)}${randomFrom('23456789', 2)}${randomFrom('!#%+-', 1)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 1)}`;
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function randomBase64(bytes = 30): string {
  return randomBytes(bytes).toString('base64');
}
