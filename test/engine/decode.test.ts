import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { base64, fakePassword, fakeToken } from '../helpers/fake-generic.js';

const scanner = createScanner(loadBuiltinRules());
const plain = createScanner(loadBuiltinRules(), { decode: false });

/** Line and column (1-based) of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('decoding', () => {
  it('finds a password inside a Kubernetes Secret data field and reports it at the base64 text', () => {
    const password = fakePassword();
    const encoded = base64(password);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: ${base64('app')}\n  db-password: ${encoded}\n`;
    const found = scanner.scan({ path: 'k8s/secret.yaml', text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ secret: password, ...where(text, encoded), endColumn: where(text, encoded).column + encoded.length });
    expect(found[0]!.snippet).not.toContain(encoded);
    expect(plain.scan({ path: 'k8s/secret.yaml', text }).map((f) => f.secret)).not.toContain(password);
  });

  it('treats every value of a Secret as secret, whatever its key, in data and stringData', () => {
    const a = fakePassword();
    const b = fakeToken(28);
    const text = `kind: Secret\ndata:\n  extra: ${base64(a)}\nstringData:\n  settings: "${b}"\n`;
    expect(scanner.scan({ path: 's.yaml', text }).map((f) => f.secret)).toEqual([a, b]);
  });

  it('finds credentials in a .dockerconfigjson, two encodings deep', () => {
    const password = fakePassword();
    const config = JSON.stringify({ auths: { 'registry.example.com': { auth: base64(`deploy:${password}`) } } });
    const encoded = base64(config);
    const text = `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${encoded}\n`;
    const found = scanner.scan({ path: 'pull-secret.yaml', text });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.line === 4)).toBe(true);
  });

  it('finds a URL password inside a percent-encoded query string, at the encoded text', () => {
    const password = 'Qm4vT9x' + fakeToken(6);
    const url = encodeURIComponent(`postgres://app:${password}@db.internal:5432/app`);
    const text = `redirect=https://dash.example.com/connect?dsn=${url}&x=1`;
    const found = scanner.scan({ path: 'notes.txt', text });
    expect(found.map((f) => f.secret)).toContain(password);
    expect(found[0]!.column).toBeLessThanOrEqual(text.indexOf(url) + 1);
  });

  it('finds a secret base64-encoded twice under an ordinary name, triggered by the encoded name', () => {
    const password = fakePassword();
    const text = `config: ${base64(base64(`user_secret="${password}"`))}\n`;
    expect(scanner.scan({ path: 'app.yml', text }).map((f) => f.secret)).toContain(password);
    expect(plain.scan({ path: 'app.yml', text }).map((f) => f.secret)).not.toContain(password);
  });

  it('stops after two levels of encoding (bounded depth)', () => {
    const password = fakePassword();
    const thrice = base64(`data:\n  x_b64: ${base64(`password=${base64(password)}`)}`);
    const found = scanner.scan({ path: 'a.yaml', text: `kind: Secret\ndata:\n  blob_b64: ${thrice}\n` });
    expect(found.map((f) => f.secret)).not.toContain(password);
  });

  it('decodes only near its trigger and within a budget (bounded memory)', () => {
    const password = fakePassword();
    const filler = Array.from({ length: 1500 }, (_, i) => `  k${i}: ${base64(`v${i}=${'x'.repeat(900)}`)}`);
    const secretLine = `  extra: ${base64(password)}`;
    const first = ['kind: Secret', 'data:', secretLine, ...filler].join('\n');
    const last = ['kind: Secret', 'data:', ...filler, secretLine].join('\n');
    expect(scanner.scan({ path: 'a.yaml', text: first }).map((f) => f.secret)).toContain(password);
    expect(scanner.scan({ path: 'a.yaml', text: last }).map((f) => f.secret)).not.toContain(password);
  });
});
