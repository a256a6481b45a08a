import type { CandidateFilter } from './candidate.js';

/**
 * Integrity and checksum hashes: lockfiles pin every dependency by a hash of its contents
 * (package-lock.json and yarn.lock `integrity`, pnpm-lock `resolution`, go.sum `h1:`, Cargo.lock and
 * poetry.lock `checksum`/`hash`, Gemfile.lock, composer.lock `shasum`), and HTML pins scripts with
 * Subresource Integrity (`integrity="sha384-..."`). They are public and change with every release.
 * Only hash-shaped values are dropped: a lockfile can still leak a token inside a registry URL.
 */
const LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lock|go\.sum|go\.work\.sum|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|Gemfile\.lock|composer\.lock|Podfile\.lock|Package\.resolved|packages\.lock\.json|flake\.lock|gradle\.lockfile|mix\.lock|pubspec\.lock|deno\.lock|[^/]*\.lock)$/;
const CREDENTIAL_CONTEXT = /token|auth|passw|secret|[?&]key=/i;
const SRI = /^(?:sha(?:1|256|384|512)-)[A-Za-z0-9+/]{20,}={0,2}$/;
const GO_SUM = /^h1:[A-Za-z0-9+/]{43}=$/;
const HASH_SHAPED = /^(?:sha(?:1|256|384|512)[-:])?(?:[0-9a-f]{32,128}|[A-Za-z0-9+/]{27,88}={0,2})$/;
const HASH_CONTEXT = /\b(?:integrity|checksum|shasum|sha(?:1|256|384|512)?|hash|digest|h1|sum|resolved|resolution)\b["']?\s*[:=]?\s*["']?$/i;

export const isIntegrityHash: CandidateFilter = ({ secret, line, lineOffset, path }) => {
  if (SRI.test(secret) || GO_SUM.test(secret)) return 'integrity hash';
  // In a lockfile, a hash-shaped value is a checksum unless the line names it a credential
  // (`?token=` in a registry URL, `_authToken`).
  if (LOCKFILE.test(path) && HASH_SHAPED.test(secret) && !CREDENTIAL_CONTEXT.test(line.slice(0, lineOffset))) return 'lockfile checksum';
  if (HASH_SHAPED.test(secret) && HASH_CONTEXT.test(line.slice(Math.max(0, lineOffset - 40), lineOffset))) return 'integrity hash';
  return undefined;
};
