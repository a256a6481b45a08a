import type { CandidateFilter } from './candidate.js';

/**
 * `leakguard:allow` anywhere on the secret's line, in whatever comment syntax the file uses,
 * suppresses findings on that line. `leakguard:allow rule-id[,rule-id]` limits it to those rules.
 */
const MARKER = /leakguard:allow(?:[ \t]+([a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)*))?/;

/**
 * Other scanners' markers, honoured so that a repository moving to leakguard keeps its reviewed
 * suppressions: gitleaks, detect-secrets, trufflehog, bandit (B105/B106 hard-coded passwords), and
 * the common `notsecret`.
 */
const PEER_MARKER = /gitleaks:allow|pragma:\s*allowlist[ -]secret|trufflehog:ignore|#\s*nosec\b|\bnot-?secret\b|\bnosecret\b/i;

export const isAllowedInline: CandidateFilter = ({ line, rule }) => {
  if (PEER_MARKER.test(line)) return 'another scanner\'s allow marker on the line';
  const m = MARKER.exec(line);
  if (!m) return undefined;
  if (m[1] && !m[1].split(',').includes(rule.id)) return undefined;
  return 'leakguard:allow on the line';
};
