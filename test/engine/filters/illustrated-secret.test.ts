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
});
