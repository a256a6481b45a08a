import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { namedFileValues } from '../../src/engine/named-file.js';
import { fakePassword, fakeToken } from '../helpers/fake-generic.js';

const scanner = createScanner(loadBuiltinRules());

describe('files named after a credential', () => {
  it('reports the value of a secret file at its line', () => {
    const password = fakePassword();
    const found = scanner.scan({ path: 'deploy/secrets/db_password', text: `# database\n${password}\n` });
    expect(found.map((f) => [f.secret, f.line, f.column])).toEqual([[password, 2, 1]]);
  });

  it('reads tokens and client secrets kept in .txt or dotted files', () => {
    const token = fakeToken(32);
    expect(scanner.scan({ path: 'ci/github.token', text: token }).map((f) => f.secret)).toEqual([token]);
    expect(scanner.scan({ path: 'client_secret.txt', text: token }).map((f) => f.secret)).toEqual([token]);
  });

  it('takes a credential extension as the name, whatever words the stem holds, unless it says stand-in', () => {
    const token = fakeToken(44);
    expect(scanner.scan({ path: 'conf/url-pattern.password', text: `# service\n${token}\n` }).map((f) => [f.secret, f.line])).toEqual([[token, 2]]);
    expect(scanner.scan({ path: 'conf/api-form.clientSecret', text: token }).map((f) => f.secret)).toEqual([token]);
    expect(scanner.scan({ path: 'conf/example.password', text: token })).toEqual([]);
  });

  it('takes a compound extension ending in a credential word as the name', () => {
    const token = fakeToken(44);
    expect(scanner.scan({ path: 'conf/pattern.sometoken', text: `# a secret file\n${token}\n` }).map((f) => [f.secret, f.line])).toEqual([[token, 2]]);
    expect(scanner.scan({ path: 'ci/registry.deploy_password', text: token }).map((f) => f.secret)).toEqual([token]);
    expect(scanner.scan({ path: 'conf/app.apiSecret', text: token }).map((f) => f.secret)).toEqual([token]);
    // Not credential names: a tokenizer, a linter's config, a word that merely ends in "pass", a PEM key file.
    for (const path of ['models/vocab.tokenizer', 'src/tokens.ts', '.secretlintrc', 'conf/firewall.bypass', 'conf/list.nextPageToken', 'certs/server.key']) {
      expect(namedFileValues(path, token), path).toEqual([]);
    }
  });

  it("reports Rails' master key files, which decrypt config/credentials.yml.enc", () => {
    // Fixed rather than random: 1 random hex key in 100 falls under the entropy bar by design.
    const key = '9c4e1a7f3b2d6e8a0f5c7b9d1e3a5c2f';
    expect(scanner.scan({ path: 'web/config/master.key', text: `${key}\n` }).map((f) => [f.secret, f.line])).toEqual([[key, 1]]);
    expect(scanner.scan({ path: 'config/credentials/production.key', text: key }).map((f) => f.secret)).toEqual([key]);
    expect(scanner.scan({ path: 'keys/master.key', text: key })).toEqual([]);
  });

  it('leaves other files and large files alone', () => {
    expect(namedFileValues('src/password-reset.ts', 'export const x = 1;')).toEqual([]);
    expect(namedFileValues('db_password', 'x'.repeat(5000))).toEqual([]);
    expect(scanner.scan({ path: 'README.md', text: fakeToken(32) })).toEqual([]);
  });
});
