import { randomBytes } from 'node:crypto';
import { BASE62, base62, crc32 } from '../crc32.js';

/**
 * Examples for providers with checksums cannot be written down once: they are generated when the
 * examples run. `@@crc32:PREFIX@@` becomes PREFIX + 30 random base62 characters + their CRC32 in
 * 6 base62 digits (GitHub's and npm's format); `@@crc32:PREFIX:N@@` uses N random characters.
 */
const GENERATOR = /@@crc32:([A-Za-z0-9_-]*)(?::(\d{1,3}))?@@/g;

export function expandExample(example: string): string {
  return example.replace(GENERATOR, (_, prefix: string, length?: string) => {
    const random = randomBase62(length ? Number(length) : 30);
    return `${prefix}${random}${base62(crc32(random), 6)}`;
  });
}

export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: rejecting bytes above it keeps every character equally likely.
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}
