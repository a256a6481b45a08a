import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { createScanner } from '../../../src/engine/index.js';
import { expandExample } from '../../../src/engine/rules/expand-example.js';
import { fakeGithubToken } from '../../helpers/fake-secrets.js';

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

  it('reports a token whose checksum fails at low confidence, and the same token with a valid checksum at high', () => {
    const scanner = createScanner(loadBuiltinRules().filter((r) => r.id === 'github-pat'));
    const good = fakeGithubToken('ghp_');
    const bad = `${good.slice(0, 10)}${good[10] === 'a' ? 'b' : 'a'}${good.slice(11)}`;
    const [passed] = scanner.scan({ path: 'ci.env', text: `GITHUB_TOKEN=${good}\n` });
    const [failed] = scanner.scan({ path: 'ci.env', text: `GITHUB_TOKEN=${bad}\n` });
    expect(passed?.confidence).toBe('high');
    expect(failed?.confidence).toBe('low');
  });
});
