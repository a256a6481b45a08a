import type { CandidateFilter } from './candidate.js';

/**
 * Masked values: what a secret looks like after a UI, a log or a person hid it (`****abcd`,
 * `sk_live_••••`, `xxxxxxxx`, `XXXX-XXXX`). Nothing is left to leak.
 */
const MASK_RUN = /[*•●·#]{4,}|[xX]{6,}|\.{6,}|_{6,}/;

export const isMaskedValue: CandidateFilter = ({ secret, rule, encoded }) => {
  if (MASK_RUN.test(secret)) return 'masked value';
  // Truncated for display: `27BZdTpuIl9u...pE+SpU4C2vQSY=`, `sk_live_…abcd`, leakguard's own `ghp_...wXyZ`.
  // A JWT cut after its header (`eyJhbGciOi...` with no dot) is a truncated example, not a token.
  if (rule.spec.strength !== undefined && /^eyJ[\w-]{10,}$/.test(secret) && !secret.includes('.')) return 'truncated JWT';
  // The same under a Kubernetes Secret's data, where the decoded header (`{"alg":"HS256","typ":"JW`) is the value.
  if (rule.spec.declaredSecret && encoded !== undefined && /^["']?eyJ[\w-]{10,}["']?$/.test(encoded) && /^\{"(?:alg|typ|kid)"/.test(secret)) return 'truncated JWT';
  if (/[A-Za-z0-9_-](?:\.{3}|…)[A-Za-z0-9]/.test(secret) || /^(?:\.{3}|…)|(?:\.{3}|…)$/.test(secret)) return 'truncated value';
  // Mostly mask characters with a few visible ones: x-x-x-x groups, "XXXX-XXXX-1234".
  const masked = secret.replace(/[^*xX•#.-]/g, '').length;
  if (secret.length >= 8 && masked / secret.length >= 0.75 && /[*xX•#]{3}/.test(secret)) return 'masked value';
  return undefined;
};
