import { describe, expect, it } from 'vitest';
import { createScanner, parseRuleFile, RuleError } from '../../../src/engine/index.js';
import { fakeGithubToken } from '../../helpers/fake-secrets.js';

const RULE = (extra: string) => `
[[rules]]
id = "gh-strict"
name = "GitHub token, checksum required"
description = "d"
regex = '''\\b(?<secret>ghp_[A-Za-z0-9]{36})\\b'''
keywords = ["ghp_"]
validate = "github-crc32"
${extra}
examples = ["x"]
`;

function problemsOf(text: string): string[] {
  try {
    parseRuleFile(text, 'custom.toml');
  } catch (error) {
    if (error instanceof RuleError) return error.problems;
    throw error;
  }
  return [];
}

describe('require_valid', () => {
  it('drops matches whose check fails instead of reporting them at low confidence', () => {
    const token = fakeGithubToken();
    const lookAlike = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const text = `a = "${token}"\nb = "${lookAlike}"\n`;
    const lenient = createScanner(parseRuleFile(RULE(''), 'custom.toml')).scan({ path: 'x.txt', text });
    expect(lenient.map((f) => [f.line, f.confidence])).toEqual([[1, 'high'], [2, 'low']]);
    const strict = createScanner(parseRuleFile(RULE('require_valid = true'), 'custom.toml')).scan({ path: 'x.txt', text });
    expect(strict.map((f) => [f.line, f.confidence])).toEqual([[1, 'high']]);
  });

  it('must be a boolean and needs a validate check', () => {
    expect(problemsOf(RULE('require_valid = "yes"'))).toEqual([
      'custom.toml: rule "gh-strict": "require_valid" must be true or false, with "validate" naming the check',
    ]);
    expect(problemsOf(RULE('require_valid = true').replace('validate = "github-crc32"', ''))).toHaveLength(1);
    expect(problemsOf(RULE('require_valid = false'))).toEqual([]);
  });
});
