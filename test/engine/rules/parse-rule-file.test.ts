import { describe, expect, it } from 'vitest';
import { parseRuleFile, RuleError } from '../../../src/engine/index.js';

function problemsOf(text: string): string[] {
  try {
    parseRuleFile(text, 'custom.toml');
  } catch (error) {
    if (error instanceof RuleError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseRuleFile', () => {
  it('reports every problem at once, each with the file and rule id', () => {
    const problems = problemsOf(`
[[rules]]
id = "Bad Id"
name = "x"
regex = "abc"
keywords = []
entropy = 9

[[rules]]
id = "second"
name = "Second"
description = "d"
regex = "(?<secret>x"
keywords = ["xx"]
`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^custom\.toml: rule "Bad Id": "id" must be kebab-case/),
        expect.stringMatching(/^custom\.toml: rule "Bad Id": "description" is required/),
        expect.stringMatching(/^custom\.toml: rule "Bad Id": "regex" must have a named group/),
        expect.stringMatching(/^custom\.toml: rule "Bad Id": "keywords" needs at least one keyword/),
        expect.stringMatching(/^custom\.toml: rule "Bad Id": "entropy" must be a number between 0 and 8/),
        expect.stringMatching(/^custom\.toml: rule "second": "regex" does not compile/),
      ]),
    );
  });

  it('rejects a regex that would backtrack catastrophically', () => {
    const problems = problemsOf(`
[[rules]]
id = "redos"
name = "ReDoS"
description = "d"
regex = '''key=(?<secret>(a+)+b)'''
keywords = ["key="]
examples = ["key=aab"]
`);
    expect(problems).toEqual([expect.stringContaining('can backtrack catastrophically')]);
  });

  it('reports invalid TOML with the file name', () => {
    expect(problemsOf('[[rules]\nid=')).toEqual([expect.stringMatching(/^custom\.toml: not valid TOML/)]);
  });

  it('rejects unknown fields and unknown validators', () => {
    const problems = problemsOf(`
[[rules]]
id = "x-key"
name = "X"
description = "d"
regex = '(?<secret>xk_[a-z]{10})'
keywords = ["xk_"]
validate = "nope"
colour = "red"
`);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('unknown field "colour"'), expect.stringContaining('"validate" names no known check')]));
  });
});
