import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/engine/index.js';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';

const scanner = createScanner(loadBuiltinRules());
const found = (path: string, text: string) => scanner.scan({ path, text }).map((f) => `${f.line} ${f.ruleId} ${f.secret}`);

/** Kubernetes and its tools refer to a Secret by its object name; the name is not the credential. */
describe('object-name filter: Secret references in YAML', () => {
  it('reports nothing for Secret names in cert-manager, ingress, webhook and Helm values manifests', () => {
    const manifests = [
      'apiVersion: cert-manager.io/v1',
      'kind: Issuer',
      'metadata:',
      '  name: ca-issuer',
      'spec:',
      '  ca:',
      '    secretName: my-ca-1',
      '---',
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingWebhookConfiguration',
      'metadata:',
      '  annotations:',
      '    cert-manager.io/inject-ca-from: default/my-ca-1',
      'webhooks:',
      '  - name: policy.shop.dev',
      '    clientConfig:',
      '      service: { name: policy-webhook, namespace: default }',
      '    tls:',
      '      secret: my-ca-1',
      '      caSecret: webhook-ca-2',
      '',
    ].join('\n');
    expect(found('deploy/webhook.yaml', manifests)).toEqual([]);
    const values = ['redis:', '  auth:', '    enabled: true', '    existingSecret: redis-auth-2', '    existingSecretPasswordKey: redis-password', 'ingress:', '  tls:', '    secret: shop-tls-v2', ''].join('\n');
    expect(found('charts/shop/values.yaml', values)).toEqual([]);
  });

  it('reports nothing for the same references in a README that shows the manifest', () => {
    const readme = ['## TLS', '', 'Reference the certificates by their Secret names:', '', '```yaml', 'extraVolumes:', '  - secret: my-ca-1', '  - secret: my-ca-2', '```', ''].join('\n');
    expect(found('charts/redmine/README.md', readme)).toEqual([]);
    // Not in source code, where a name is no clue to what `secret` holds.
    expect(found('app/settings.py', 'secret = "my-ca-1"\n')).toEqual(['1 generic-password my-ca-1']);
  });

  it('still reports a generated value under a secret key, and weak passwords where they are credentials', () => {
    expect(found('deploy/webhook.yaml', 'tls:\n  secret: k3j9x-q2vz8\n')).toEqual(['2 generic-password k3j9x-q2vz8']);
    // A Secret's own values are the credentials, however they are written.
    const secret = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db-creds', 'type: Opaque', 'stringData:', '  password: blue-pass-1', '  secret: my-ca-1', ''].join('\n');
    expect(found('deploy/db-secret.yaml', secret).map((f) => f.split(' ')[1])).toEqual(['kubernetes-secret-value', 'kubernetes-secret-value']);
    // A tool's credential store keeps what the user typed.
    expect(found('site/sftp-config.json', '{\n  "host": "files.shop-assets.net",\n  "password": "blue-pass-1"\n}')).toEqual(['3 editor-sftp-password blue-pass-1']);
  });
});
