import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { createScanner } from '../../../src/engine/index.js';
import { expandExample } from '../../../src/engine/rules/expand-example.js';

// A rule with an offline check reports its own examples at high confidence: the examples are built
// to the provider's format, so a failing check here means the check or the example is wrong.
const rules = loadBuiltinRules().filter((rule) => rule.validate);

describe('built-in rules with offline validation', () => {
  it('exist for the checksummed and structured formats', () => {
    expect(rules.map((r) => r.validate).sort()).toEqual(expect.arrayContaining(['bech32', 'github-crc32', 'jwt', 'npm-crc32', 'pem', 'pypi-macaroon']));
  });

  for (const rule of rules) {
    it(`${rule.id}: its examples pass "${rule.validate}" (confidence high)`, () => {
      const scanner = createScanner([rule]);
      for (const example of rule.examples) {
        const findings = scanner.scan({ path: 'example.txt', text: expandExample(example) });
        expect(findings.map((f) => f.confidence)).toContain('high');
      }
    });
  }
});
