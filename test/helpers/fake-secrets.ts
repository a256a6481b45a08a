import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { base62, crc32 } from '../../src/engine/crc32.js';

/** A GitHub-format token with a valid checksum, made fresh for each test (never a real token). */
export function fakeGithubToken(prefix = 'ghp_'): string {
  const random = randomBase62(30);
  return `${prefix}${random}${base62(crc32(random), 6)}`;
}

/** An AWS-format access key id (fake: random body). */
export function fakeAwsKeyId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let body = '';
  for (let i = 0; i < 16; i++) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `AKIA${body}`;
}
