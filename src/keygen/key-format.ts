import { base62, crc32 } from '../engine/crc32.js';

/**
 * The format of keys made by `leakguard keygen` (documented in README.md, "Issuing API keys"):
 *
 *   <prefix>_<env>_<body><checksum>
 *
 * - prefix, env: 2 to 16 characters, a lowercase letter then lowercase letters or digits;
 * - body: 43 characters of base62 (`0-9A-Za-z`), each equally likely: 43 * log2(62) = 256.03 bits;
 * - checksum: CRC-32 (IEEE, the zlib polynomial) of the 43 body characters as ASCII, written as
 *   6 base62 digits, most significant first, left-padded with `0` (62^6 > 2^32).
 *
 * This is GitHub's token scheme with a longer body: a scanner can tell a real key from a look-alike
 * offline, and the engine's `prefix-crc32` check (engine/checksum.ts) verifies it.
 */
export const BODY_LENGTH = 43;
export const CHECKSUM_LENGTH = 6;
/** Characters after `<prefix>_<env>_`: body and checksum. */
export const TAIL_LENGTH = BODY_LENGTH + CHECKSUM_LENGTH;
/** Bits of randomness a key carries: every body character is one of 62, uniformly. */
export const KEY_BITS = BODY_LENGTH * Math.log2(62);

/** What a prefix or an environment name may look like. */
export const NAME_PATTERN = /^[a-z][a-z0-9]{1,15}$/;

export interface KeyParts {
  prefix: string;
  env: string;
  body: string;
  checksum: string;
}

/** The checksum of a body: its CRC-32 in 6 base62 digits. */
export function keyChecksum(body: string): string {
  return base62(crc32(body), CHECKSUM_LENGTH);
}

export function formatKey(prefix: string, env: string, body: string): string {
  return `${prefix}_${env}_${body}${keyChecksum(body)}`;
}

/** Length of every key with this prefix and environment. */
export function keyLength(prefix: string, env: string): number {
  return prefix.length + env.length + 2 + TAIL_LENGTH;
}

/** Split a key into its parts when its shape is right (the checksum is not checked here). */
export function parseKey(key: string): KeyParts | undefined {
  const m = /^([a-z][a-z0-9]{1,15})_([a-z][a-z0-9]{1,15})_([0-9A-Za-z]{49})$/.exec(key);
  if (!m) return undefined;
  const tail = m[3]!;
  return { prefix: m[1]!, env: m[2]!, body: tail.slice(0, BODY_LENGTH), checksum: tail.slice(BODY_LENGTH) };
}

/** True when the key has the right shape and its checksum matches its body. */
export function isValidKey(key: string): boolean {
  const parts = parseKey(key);
  return parts !== undefined && keyChecksum(parts.body) === parts.checksum;
}
