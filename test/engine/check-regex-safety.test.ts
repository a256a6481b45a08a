import { describe, expect, it } from 'vitest';
import { findBacktrackingRisk } from '../../src/engine/rules/check-regex-safety.js';

describe('findBacktrackingRisk', () => {
  it.each(['(a+)+b', '(\\w*)*x', '(?:[a-z]+\\.)+com', '(\\w{1,5})+!', '(x|\\d+){2,}'])('rejects %s', (re) => {
    expect(findBacktrackingRisk(re)).toMatch(/backtrack/);
  });

  it.each(['ghp_[A-Za-z0-9]{36}', '(?:AKIA|ASIA)[A-Z2-7]{16}', '(?:-[a-z]{2,10}){0,3}', '(?<secret>[a-f0-9]{32})', '[(+*]+', '\\(a+\\)+', '(?:ab){2,}'])('accepts %s', (re) => {
    expect(findBacktrackingRisk(re)).toBeUndefined();
  });
});
