import type { CandidateFilter } from './candidate.js';

/**
 * Regex source text: in `(?<secret>AGE-SECRET-KEY-1[...]{58})` the name `secret` is a named capture
 * group, not an assignment, and what follows it is a pattern. Rule files, scanners and validators are
 * full of these.
 */
const NAMED_GROUP_BEFORE = /\(\?<[A-Za-z_]\w{0,40}>["'`]?$/;

export const isRegexSource: CandidateFilter = ({ line, lineOffset }) =>
  NAMED_GROUP_BEFORE.test(line.slice(Math.max(0, lineOffset - 48), lineOffset)) ? 'regex named group' : undefined;
