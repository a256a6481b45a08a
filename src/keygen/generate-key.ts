import { createHash } from 'node:crypto';
import { randomBase62 } from '../engine/rules/expand-example.js';
import { BODY_LENGTH, formatKey } from './key-format.js';

/**
 * A new key `<prefix>_<env>_<body><checksum>`. The body comes from node:crypto's CSPRNG with
 * rejection sampling (randomBase62), so each of its 43 characters is uniform over 62: 256 bits.
 */
export function generateKey(prefix: string, env: string): string {
  return formatKey(prefix, env, randomBase62(BODY_LENGTH));
}

/** SHA-256 of the key's ASCII bytes in lowercase hex: what the server stores instead of the key. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
