import { describe, expect, it } from 'vitest';
import { checkRuleExamples, parseRuleFile } from '../../../src/engine/index.js';

const rule = (extra: string) => `
[[rules]]
id = "acme-key"
name = "Acme key"
description = "Grants access to Acme."
regex = '''\\b(?<secret>acme_[a-z0-9]{20})\\b'''
keywords = ["acme_"]
entropy = 3.0
${extra}
`;

describe('checkRuleExamples', () => {
  it('fails a rule that has no examples', () => {
    const failures = checkRuleExamples(parseRuleFile(rule(''), 'x.toml'));
    expect(failures.map((f) => f.problem)).toEqual([expect.stringContaining('has no examples')]);
  });

  it('fails a positive example the rule does not report', () => {
    const failures = checkRuleExamples(parseRuleFile(rule(`examples = ["acme_short"]`), 'x.toml'));
    expect(failures[0]?.problem).toContain('examples[0] is not reported');
  });

  it('fails a negative example the rule reports, showing it redacted', () => {
    const failures = checkRuleExamples(parseRuleFile(rule(`examples = ["k = acme_k3j9x8q2m7v4b1n6c5z0"]\nnegative_examples = ["acme_p9w8o7i6u5y4t3r2e1q0"]`), 'x.toml'));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.problem).toContain('negative_examples[0] is reported (acme_...e1q0');
  });

  it('passes a rule whose examples behave', () => {
    expect(checkRuleExamples(parseRuleFile(rule(`examples = ["k = acme_k3j9x8q2m7v4b1n6c5z0"]\nnegative_examples = ["acme_xxxxxxxxxxxxxxxxxxxx"]`), 'x.toml'))).toEqual([]);
  });
});
