import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/engine/index.js';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';

const scanner = createScanner(loadBuiltinRules());
const found = (path: string, text: string) => scanner.scan({ path, text }).map((f) => `${f.line} ${f.ruleId} ${f.secret}`);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A Secret manifest whose data holds `weak` (base64) and `plain` (stringData). */
const manifest = (weak: string, plain: string) =>
  ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'data:', `  password: ${b64(weak)}`, 'stringData:', `  api-token: ${plain}`].join('\n');

describe('illustrated-secret filter: Secret manifests shown in docs and tests', () => {
  it('drops weak values of a Secret shown in a README, docs page or test fixture', () => {
    const text = `# Deploying\n\nCreate the secret:\n\n\`\`\`yaml\n${manifest('password123', 'changeme-please')}\n\`\`\`\n`;
    expect(found('README.md', text)).toEqual([]);
    expect(found('docs/deploy/database.md', text)).toEqual([]);
    expect(found('test/fixtures/secret.yaml', manifest('hunter2hunter2', 'admin-admin'))).toEqual([]);
  });

  it('still reports the same weak values in a manifest that deploys them', () => {
    expect(found('deploy/secret.yaml', manifest('password123', 'changeme-please'))).toEqual([
      '7 kubernetes-secret-value password123',
      '9 kubernetes-secret-value changeme-please',
    ]);
  });

  it('still reports a random-looking value pasted into docs or tests', () => {
    const real = 'Zq8vN3rT6wLp2XyK9bQe4Hs7';
    expect(found('README.md', manifest(real, 'changeme-please'))).toEqual([`7 kubernetes-secret-value ${real}`]);
    expect(found('test/secret.yaml', manifest('password123', real))).toEqual([`9 kubernetes-secret-value ${real}`]);
  });

  it('drops a value that names itself in a documented manifest, and keeps it in a deployed one', () => {
    expect(found('docs/middlewares/ratelimit.md', manifest('password123', 'mysecret12345678'))).toEqual([]);
    expect(found('deploy/secret.yaml', manifest('password123', 'mysecret12345678'))).toContain('9 kubernetes-secret-value mysecret12345678');
  });
});

describe('declared Secrets: public material', () => {
  it('drops the certificate of a TLS Secret and keeps its private key', () => {
    const cert = ['-----BEGIN CERTIFICATE-----', 'MIIB9TCCAWACAQAwgbgxGTAXBgNVBAoMEFF1b1ZhZGlzIExpbWl0ZWQxHDAaBgNV', '-----END CERTIFICATE-----'].join('\n');
    const text = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: web-tls', 'type: kubernetes.io/tls', 'data:', `  tls.crt: ${b64(cert)}`, `  api-token: ${b64('Zq8vN3rT6wLp2XyK9bQe4Hs7')}`].join('\n');
    expect(found('deploy/tls.yaml', text).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['8 kubernetes-secret-value']);
    // In stringData, as a block scalar.
    const plain = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: tls', 'stringData:', '  ca: |-', ...cert.split('\n').map((l) => `    ${l}`), '  token: Zq8vN3rT6wLp2XyK9bQe4Hs7'].join('\n');
    expect(found('deploy/tls.yaml', plain).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['10 kubernetes-secret-value']);
  });
});

