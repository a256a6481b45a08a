import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { checkRuleExamples } from '../../../src/engine/index.js';

// Every built-in rule's examples run through a one-rule scanner (prefilter, regex, entropy, filters).
const rules = loadBuiltinRules();

describe('built-in rules', () => {
  it('load and validate', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  for (const rule of rules) {
    it(`${rule.id}: reports its examples and none of its negative examples`, () => {
      expect(checkRuleExamples([rule])).toEqual([]);
    });
  }
});
