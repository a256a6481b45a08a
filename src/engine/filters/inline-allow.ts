import type { CandidateFilter } from './candidate.js';

/**
 * `leakguard:allow` anywhere on the secret's line, in whatever comment syntax the file uses,
 * suppresses findings on that line. `leakguard:allow rule-id[,rule-id]` limits it to those rules.
 */
const MARKER = /leakguard:allow(?:[ \t]+([a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)*))?/;

export const isAllowedInline: CandidateFilter = ({ line, rule }) => {
  const m = MARKER.exec(line);
  if (!m) return undefined;
  if (m[1] && !m[1].split(',').includes(rule.id)) return undefined;
  return 'leakguard:allow on the line';
};
