import type { CandidateFilter } from './candidate.js';

/**
 * Regex source text: in `(?<secret>AGE-SECRET-KEY-1[...]{58})` the name `secret` is a named capture
 * group, not an assignment, and what follows it is a pattern. Rule files, scanners and validators are
 * full of these.
 */
const NAMED_GROUP_BEFORE = /\(\?<[A-Za-z_]\w{0,40}>["'`]?$/;

/**
 * A value that is itself a pattern: `password = r'([a-f0-9]{48}(?![a-f0-9]))'`, `key_or_pass =
 * '(?:key|pwd|password)'`. Group syntax, a character class with a quantifier, or an escape class with
 * one: no generated token contains these, and a person's password hardly ever does.
 */
const PATTERN_SYNTAX = /\(\?(?:[:!=]|<[!=])|\[[^\]\s]{1,40}\](?:\{\d{1,4}(?:,\d{0,4})?\}|[+*])|\\[dwsSbB](?:[+*?]|\{\d)/;

/** A regex literal left open before the value: `assert_match(/password: `, `text =~ /secret=`. */
const OPEN_REGEX_LITERAL = /(?:^|[\s(,=!~&|])\/(?:[^/\\\n]|\\.)*$/;

export const isRegexSource: CandidateFilter = ({ secret, line, lineOffset, rule }) => {
  if (NAMED_GROUP_BEFORE.test(line.slice(Math.max(0, lineOffset - 48), lineOffset))) return 'regex named group';
  if (rule.spec.strength !== undefined && PATTERN_SYNTAX.test(secret)) return 'a regular expression, not a value';
  // `assert_match(/password: postgres/, config)`: the value runs into the literal's closing slash.
  if (rule.spec.strength !== undefined && secret.endsWith('/') && OPEN_REGEX_LITERAL.test(line.slice(0, lineOffset))) return 'inside a regex literal';
  return undefined;
};
