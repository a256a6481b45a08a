import { secretNameKind } from '../secret-name.js';
import type { CandidateFilter } from './candidate.js';
import { isStoredCredential } from './credential-context.js';

/**
 * Identifiers that look random but name things: git commit SHAs, UUIDs, and hex digests (MD5, SHA-1,
 * SHA-256, SHA-512). A generic rule accepts a value for looking random, so these are its typical false
 * alarm (`token_id`, `build_token: <commit sha>`). Provider rules are left alone: their format already
 * says what the value is (some providers' keys are UUIDs). A hash or UUID assigned to a password or
 * secret name is still reported: then it is the secret.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/;
const SHA_CONTEXT = /\b(?:commit|sha|rev|revision|ref|hash|digest|checksum|etag|md5|sha1|sha256|uuid|guid|id)\b/i;

export const isHashOrUuid: CandidateFilter = (candidate) => {
  const { rule, secret, name, line, lineOffset } = candidate;
  if (rule.spec.strength === undefined) return undefined;
  // A credential store's password field (or a URL's) says what the value is: a UUID there is the password.
  if (isStoredCredential(candidate)) return undefined;
  if (name !== undefined && secretNameKind(name) === 'password') return undefined;
  if (UUID.test(secret)) return 'UUID';
  if (!HEX_DIGEST.test(secret)) return undefined;
  // A bare hex value named like a token could be one (many APIs issue hex keys): only drop it when
  // the line (its name, or a comment after it) says it is a hash or a commit.
  const around = line.slice(Math.max(0, lineOffset - 80), lineOffset) + line.slice(lineOffset + secret.length, lineOffset + secret.length + 80);
  if (SHA_CONTEXT.test(around) || /^\s*[0-9a-f]{40}\b/.test(line)) return 'hash or commit id';
  return undefined;
};
