import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { base64, fakePassword, fakeToken } from '../helpers/fake-generic.js';

const scanner = createScanner(loadBuiltinRules());
const scan = (text: string, path = 'deploy/secret.yaml') => scanner.scan({ path, text }).map((f) => [f.ruleId, f.secret, f.line]);

describe('Kubernetes Secret values', () => {
  it('reports a weak, word-like value: in a Secret it is still the cluster password', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: heketi\ndata:\n  # echo -n mypassword | base64\n  key: ${base64('mypassword')}\n`;
    expect(scan(text)).toEqual([['kubernetes-secret-value', 'mypassword', 7]]);
    expect(scan(`kind: Secret\nstringData:\n  rconPassword: hunter2\n`)).toEqual([['kubernetes-secret-value', 'hunter2', 3]]);
  });

  it('reads the manifest whatever the order of kind and data, quoting and block scalars', () => {
    const password = fakePassword();
    expect(scan(`apiVersion: v1\ndata:\n  extra: "${base64(password)}"\nkind: "secret"\n`)).toEqual([['kubernetes-secret-value', password, 3]]);
    expect(scan(`kind: Secret\nstringData:\n  config: |-\n    [default]\n    token=${password}\n`)).toEqual([['kubernetes-secret-value', `[default]\\ntoken=${password}`, 4]]);
  });

  it('reports a Docker config by its auth entry, and skips one whose auth is a template', () => {
    const auth = base64(`deploy:${fakePassword()}`);
    const config = (a: string) => base64(JSON.stringify({ auths: { 'registry.example.test': { auth: a } } }));
    expect(scan(`kind: Secret\ndata:\n  .dockerconfigjson: ${config(auth)}\n`)).toHaveLength(1);
    expect(scan(`kind: Secret\ndata:\n  .dockercfg: ${base64('{"https://registry.example.test/v1/":{"auth":"opensesame"}}')}\n`)).toEqual([['kubernetes-secret-value', 'opensesame', 3]]);
    expect(scan(`kind: Secret\ndata:\n  .dockerconfigjson: ${config('{{ .Values.auth }}')}\n`)).toEqual([]);
    expect(scan(`kind: Secret\ndata:\n  .dockerconfigjson: ${base64('{"auths":{}}')}\n`)).toEqual([]);
  });

  it('reports binary data (a keystore) at its base64 text', () => {
    const keystore = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, ...Array.from({ length: 40 }, (_, i) => (i * 37) % 256)]).toString('base64');
    expect(scan(`kind: Secret\ndata:\n  truststore.jks: ${keystore}\n`)).toEqual([['kubernetes-secret-value', keystore, 3]]);
  });

  it('lets a provider rule name a value it recognises', () => {
    const token = `glpat-${fakeToken(20)}`;
    expect(scan(`kind: Secret\nstringData:\n  GITLAB: ${token}\n`).map((f) => f[0])).not.toContain('kubernetes-secret-value');
  });

  it('skips empty, short and templated values, account names, and documents that are not a Secret', () => {
    expect(scan(`kind: Secret\ndata:\n  htpasswd: ""\n  extra: ${base64('bar\n')}\n  username: ${base64('deploy-user')}\n  DB_HOST: ${base64('db.internal.example')}\n`)).toEqual([]);
    expect(scan(`kind: Secret\nstringData:\n  password: "\${DB_PASSWORD}"\n  token: {{ .Values.token }}\n`)).toEqual([]);
    const external = `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: my-secrets-manager-secret\n`;
    const secret = `apiVersion: v1\nkind: Secret\nstringData:\n  token: ${'${TOKEN}'}\n`;
    expect(scan(`${external}---\n${secret}`)).toEqual([]);
    expect(scan(`kind: ConfigMap\ndata:\n  log_level: verbose-debugging\n`)).toEqual([]);
  });

  it('skips Service Binding metadata and account names written as one word, but not the password beside them', () => {
    const password = fakePassword();
    const binding = `kind: Secret\ntype: servicebinding.io/mysql\nstringData:\n  type: "mysql-server"\n  provider: "bitnami-charts"\n  apiAddress: tcp://10.0.0.7:5705\n  storageaccountname: acmebackups01\n  password: "${password}"\n`;
    expect(scan(binding)).toEqual([['kubernetes-secret-value', password, 8]]);
  });
});

describe('Kubernetes Secret values inside other encodings', () => {
  it('reports the real value when a base64-encoded manifest also holds a masked one', () => {
    const secretKey = fakeToken(40);
    const manifest = `apiVersion: v1\ndata:\n  aws_access_key_id: ${base64('AKIAXXXXXXXXXXXXXXXX')}\n  aws_secret_access_key: ${base64(secretKey)}\nkind: Secret\n`;
    expect(scanner.scan({ path: 'notes.txt', text: `# kube secret\n${base64(manifest)}\n` }).map((f) => f.secret)).toEqual([secretKey]);
  });

  it('does not report a JWT cut after its header', () => {
    expect(scan(`kind: Secret\ndata:\n  bearerToken: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXV"\n`)).toEqual([]);
  });
});
