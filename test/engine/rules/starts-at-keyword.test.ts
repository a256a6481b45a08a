import { describe, expect, it } from 'vitest';
import { startsAtKeyword } from '../../../src/engine/rules/starts-at-keyword.js';

describe('rules anchored at their keywords', () => {
  it('anchors a rule whose regex opens with words every keyword starts with', () => {
    expect(startsAtKeyword('(?i)(?<name>(?:token|key)[\\w.-]{0,40})=(?<secret>\\w+)', ['token=', 'key ', 'tokens'])).toBe(true);
    expect(startsAtKeyword('(?i)(?:jira|confluence)[\\w.-]{0,20}=(?<secret>\\w{24})', ['jira', 'confluence'])).toBe(true);
    // A short provider name that must start a word still starts every match at its keyword.
    expect(startsAtKeyword('(?i)(?:(?<![a-z0-9])okta)[\\w.-]{0,25}?=(?<secret>00\\w{40})', ['okta'])).toBe(true);
    expect(startsAtKeyword('(?i)(?:(?<![a-z0-9])jira|confluence)[\\w.-]{0,20}=(?<secret>\\w{24})', ['jira', 'confluence'])).toBe(true);
  });

  it('does not anchor when a keyword starts elsewhere, the words are optional, or the regex opens otherwise', () => {
    expect(startsAtKeyword('(?i)(?:checkout|cko)[\\w]{0,20}=(?<secret>\\w+)', ['checkout', 'sk_'])).toBe(false);
    expect(startsAtKeyword('(?:token|key)?=(?<secret>\\w+)', ['token'])).toBe(false);
    expect(startsAtKeyword('\\b(?<secret>ghp_[A-Za-z0-9]{36})', ['ghp_'])).toBe(false);
    expect(startsAtKeyword('(?:a.c|b)x(?<secret>\\w+)', ['abc'])).toBe(false);
  });
});
