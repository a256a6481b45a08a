import { describe, expect, it } from 'vitest';
import { startsAtKeyword } from '../../../src/engine/rules/starts-at-keyword.js';

describe('rules anchored at their keywords', () => {
  it('anchors a rule whose regex opens with words every keyword starts with', () => {
    expect(startsAtKeyword('(?i)(?<name>(?:token|key)[\\w.-]{0,40})=(?<secret>\\w+)', ['token=', 'key ', 'tokens'])).toBe(true);
    expect(startsAtKeyword('(?i)(?:jira|confluence)[\\w.-]{0,20}=(?<secret>\\w{24})', ['jira', 'confluence'])).toBe(true);
    // A short provider name that must start a word still starts every match at its keyword.
    expect(startsAtKeyword('(?i)(?:(?<![a-z0-9])okta)[\\w.-]{0,25}?=(?<secret>00\\w{40})', ['okta'])).toBe(true);
    expect(startsAtKeyword('(?i)(?:(?<![a-z0-9])jira|confluence)[\\w.-]{0,20}=(?<secret>\\w{24})', ['jira', 'confluence'])).toBe(true);
    // After a word boundary, and with a `+` in a word (a URL scheme).
    expect(startsAtKeyword("\\b(?:https|http|git\\+https|git\\+http|ssh)://[^\\s:@]{1,100}:(?<secret>[^\\s@]{3,200})@", ['https://', 'http://', 'git+http', 'ssh://'])).toBe(true);
  });

  it('does not anchor when a keyword starts elsewhere, the words are optional, or the regex opens otherwise', () => {
    expect(startsAtKeyword('(?i)(?:checkout|cko)[\\w]{0,20}=(?<secret>\\w+)', ['checkout', 'sk_'])).toBe(false);
    expect(startsAtKeyword('(?:token|key)?=(?<secret>\\w+)', ['token'])).toBe(false);
    expect(startsAtKeyword('\\b(?<secret>ghp_[A-Za-z0-9]{36})', ['ghp_'])).toBe(false);
    expect(startsAtKeyword('(?:a.c|b)x(?<secret>\\w+)', ['abc'])).toBe(false);
  });

  it('anchors a rule whose regex opens with a literal that begins with every keyword', () => {
    expect(startsAtKeyword("://[^\\s:@]{0,64}:(?<secret>[^\\s@]{3,128})@(?<name>[\\w.-]{1,253})", ['://'])).toBe(true);
    expect(startsAtKeyword('\\.azconfig\\.io;Id=[\\w-]+;Secret=(?<secret>[A-Za-z0-9+/=]{40,})', ['.azconfig.io'])).toBe(true);
    expect(startsAtKeyword('(?i)PuTTY-User-Key-File-[23]: (?<secret>.+)', ['putty-user-k'])).toBe(true);
    // After a word boundary or a lookbehind, which consume nothing.
    expect(startsAtKeyword('\\bcurl\\b[^\\n]{0,300}?[ \\t]-u (?<secret>\\S+)', ['curl'])).toBe(true);
    expect(startsAtKeyword('(?<![A-Za-z0-9+/%])AAAAAAAAAAAAAAAAAAAAA(?<secret>[A-Za-z0-9%]{60,120})', ['AAAAAAAAAAAA'])).toBe(true);
    expect(startsAtKeyword('(?<![\\w(])abc(?<secret>\\w+)', ['abcd'])).toBe(false);
  });

  it('does not anchor on a literal that a match may skip or that is shorter than a keyword', () => {
    // A top-level alternative matches without the literal.
    expect(startsAtKeyword('://(?<secret>\\w+)@x|token=(?<t>\\w+)', ['://'])).toBe(false);
    // The literal's last character is optional.
    expect(startsAtKeyword('abc?d(?<secret>\\w+)', ['abcd'])).toBe(false);
    // A keyword longer than the literal: a match need not continue with the rest of it.
    expect(startsAtKeyword(':/[\\w/]+(?<secret>\\w+)', ['://'])).toBe(false);
  });
});
