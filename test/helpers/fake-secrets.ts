import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { base62, crc32 } from '../../src/engine/crc32.js';
import { shannonEntropy } from '../../src/engine/entropy.js';

/** A GitHub-format token with a valid checksum, made fresh for each test (never a real token). */
export function fakeGithubToken(prefix = 'ghp_'): string {
  const random = randomBase62(30);
  return `${prefix}${random}${base62(crc32(random), 6)}`;
}

/** An AWS-format access key id (fake: random body). */
export function fakeAwsKeyId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let body = '';
  // About 1 draw in 7,000 repeats itself enough to fall under the rule's entropy floor (3 bits) or to read
  // as typed (`...KUUU`): draw again, so that no test fails by chance.
  do {
    body = '';
    for (let i = 0; i < 16; i++) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  } while (/(.)\1\1/.test(body) || shannonEntropy(`AKIA${body}`) < 3.3);
  return `AKIA${body}`;
}

