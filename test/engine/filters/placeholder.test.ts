import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../../src/engine/filters/placeholder.js';
import { check } from './harness.js';

describe('placeholder filter', () => {
  it.each([
    ['API_KEY = "your-api-key-here"'],
    ['token: <API_KEY>'],
    ['secret = ${SECRET_VALUE}'],
    ['  api_key: "{{.Values.apiKey}}"'],
    ['const token = process.env.API_TOKEN_VALUE;'],
    ['secret = os.environ["APP_SECRET_VALUE"]'],
    ['token: ${{secrets.DEPLOY_TOKEN}}'],
    ["secret_key = '%(secret_key)s'"],
    ['api_key = @api.key.value@'],
    ['api_key = "dummy-key-for-tests"'],
    ['DB_PASSWORD=changeme123'],
    ['connection-string: mongodb://DB_USER:DB_PASSWORD@mongodb:27017'],
    ['signing_key = "hmac:#{SecureRandom.hex(32)}"'],
  ])('drops the stand-in in %s', (text) => {
    const result = check(isPlaceholder, text);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops an Authorization: Basic header whose user:password is a stand-in pair, in any rule', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    for (const pair of ['example:example', 'bar:foo', 'admin:changeme']) {
      const result = check(isPlaceholder, `curl -H "Authorization: Basic ${b64(pair)}" https://api.example.net/`);
      expect(result.builtin, pair).toEqual([]);
      expect(result.dropped, pair).toBeGreaterThan(0);
    }
    expect(check(isPlaceholder, `curl -H "Authorization: Basic ${b64('deploy:q8Zt2Lw5Xv9Kb')}" https://api.example.net/`).builtin).toEqual(['http-basic-auth-header']);
  });

  it('drops weak default passwords in tests but reports them in configuration', () => {
    expect(check(isPlaceholder, 'DB_PASSWORD=admin123', 'test/fixtures/.env').reported).toEqual([]);
    expect(check(isPlaceholder, 'DB_PASSWORD=admin123', 'deploy/.env').reported).toEqual(['generic-password']);
  });

  it('drops a weak default shown in a comment, but not a real-looking value there', () => {
    const result = check(isPlaceholder, '##   CASSANDRA_PASSWORD: test123', 'charts/db/values.yaml');
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
    expect(check(isPlaceholder, '#   CASSANDRA_PASSWORD: Qm4vT9!xw2', 'charts/db/values.yaml').builtin).toEqual(['generic-password']);
  });

  it('keeps real-looking values', () => {
    expect(isPlaceholder({ secret: 'Qm4vT9!xw2', line: '', lineOffset: 0, path: 'a', rule: { spec: { strength: 'password' } } as never })).toBeUndefined();
  });
});

describe('placeholder filter: password hashes', () => {
  const hash = '$apr1$tp8Gk2bm$Qw8ncd72Lx9Zq3xLm9TvR2';
  const rule = { spec: {} } as never;
  it('treats a password hash in documentation or tests as an example of the format', () => {
    for (const path of ['docs/htpasswd.md', 'README.adoc', 'test/fixtures/users.htpasswd']) {
      expect(isPlaceholder({ secret: hash, line: `admin:${hash}`, lineOffset: 6, path, rule }), path).toBe('password hash in documentation or tests');
    }
  });

  it('reports it anywhere else', () => {
    expect(isPlaceholder({ secret: hash, line: `admin:${hash}`, lineOffset: 6, path: 'deploy/.htpasswd', rule })).toBeUndefined();
  });
});

