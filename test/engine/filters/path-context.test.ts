import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/engine/index.js';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { fakeGithubToken } from '../../helpers/fake-secrets.js';
import { fakeToken } from '../../helpers/fake-generic.js';

const scanner = createScanner(loadBuiltinRules());
const found = (path: string, text: string) => scanner.scan({ path, text }).map((f) => `${f.ruleId} ${f.secret}`);

/** An SDK's documented request examples, as aws-sdk ships them beside each API description. */
function apiExamples(values: { password: string; newPassword: string; temporary: string; token?: string }): string {
  return [
    '{',
    '  "version": "1.0",',
    '  "examples": {',
    '    "ChangePassword": [',
    '      {',
    '        "input": {',
    `          "NewPassword": "${values.newPassword}",`,
    `          "OldPassword": "${values.password}"`,
    '        },',
    '        "comments": {},',
    '        "description": "The following command changes the password for the current IAM user.",',
    '        "id": "change-password-1",',
    '        "title": "To change the password for your IAM user"',
    '      }',
    '    ],',
    '    "AdminCreateUser": [',
    '      {',
    '        "input": {',
    `          "TemporaryPassword": "${values.temporary}",`,
    '          "Username": "testuser"',
    ...(values.token ? ['        },', '        "output": {', `          "GitHubToken": "${values.token}"`] : []),
    '        }',
    '      }',
    '    ]',
    '  }',
    '}',
    '',
  ].join('\n');
}

describe('path context: files named as examples', () => {
  const weak = { password: 'SomeKindOfPassword123!@#', newPassword: 'PassWordMustBeAtLeast6Chars.', temporary: 'This-is-my-test-99!' };

  it('treats a plural examples file (aws-sdk *.examples.json) as illustration: self-describing passwords are not reported', () => {
    expect(found('node_modules/aws-sdk/apis/iam-2010-05-08.examples.json', apiExamples(weak))).toEqual([]);
    expect(found('config/settings.samples.json', apiExamples(weak))).toEqual([]);
  });

  it('reports the same values in an ordinary file, and real tokens and random values in an examples file', () => {
    expect(found('config/iam-users.json', apiExamples(weak)).length).toBeGreaterThan(0);
    const token = fakeGithubToken();
    const random = `${fakeToken(19)}!7`;
    const file = apiExamples({ ...weak, password: random, token });
    expect(found('node_modules/aws-sdk/apis/iam-2010-05-08.examples.json', file).sort()).toEqual([`generic-password ${random}`, `github-pat ${token}`].sort());
  });
});
