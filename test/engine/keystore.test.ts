import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { createScanner } from '../../src/engine/index.js';
import { binaryKeystoreText, keystoreKind, readKeystore } from '../../src/engine/keystore.js';
import { fakeCertificateDer, fakeJceks, fakeJks, fakePkcs12, fakeTruststore } from '../helpers/fake-keystores.js';
import { tempDir } from '../helpers/temp-repo.js';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-help'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status !== undefined && (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

describe('binary keystores', () => {
  it('recognises PKCS#12, JKS with a private key and JCEKS with a secret key by their structure', () => {
    expect(keystoreKind(fakePkcs12())).toBe('pkcs12');
    expect(keystoreKind(fakeJks())).toBe('jks');
    expect(keystoreKind(fakeJceks())).toBe('jceks');
  });

  it('leaves truststores, certificates, truncated stores and other binaries alone', () => {
    expect(keystoreKind(fakeTruststore())).toBeUndefined();
    expect(keystoreKind(fakeCertificateDer())).toBeUndefined();
    const p12 = fakePkcs12();
    expect(keystoreKind(p12.subarray(0, p12.length - 10))).toBeUndefined(); // DER length no longer the file's
    expect(keystoreKind(fakeJks().subarray(0, 200))).toBeUndefined(); // an entry runs past the end
    expect(keystoreKind(Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'))).toBeUndefined(); // PNG
    expect(keystoreKind(Buffer.concat([Buffer.from('feedfeed00000002', 'hex'), Buffer.alloc(32)]))).toBeUndefined(); // magic, no entries
  });

  it('reports a store that opens with a published default password, not one sealed with its own', () => {
    expect(readKeystore(fakePkcs12('notasecret'))).toEqual({ kind: 'pkcs12', defaultPassword: 'notasecret' });
    expect(readKeystore(fakeJks('changeit'))).toEqual({ kind: 'jks', defaultPassword: 'changeit' });
    expect(readKeystore(fakeJceks(''))).toEqual({ kind: 'jceks', defaultPassword: '' });
    expect(readKeystore(fakePkcs12('Vq7!mN2xLp-own'))).toEqual({ kind: 'pkcs12', defaultPassword: undefined });
    expect(binaryKeystoreText(fakePkcs12('Vq7!mN2xLp-own'))).toBeUndefined();
    expect(binaryKeystoreText(fakeJks('Vq7!mN2xLp-own'))).toBeUndefined();
  });

  it('reports a keystore through the scanner as text the keystore rule reads', () => {
    const scanner = createScanner(loadBuiltinRules());
    const found = scanner.scan({ path: 'certs/server.p12', text: binaryKeystoreText(fakePkcs12())! });
    expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual([['keystore-file', 1, 1]]);
    expect(binaryKeystoreText(fakeTruststore())).toBeUndefined();
  });

  it.skipIf(!has('openssl') || !has('keytool'))('recognises stores made by openssl and keytool', () => {
    const dir = tempDir();
    const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: 'ignore' });
    run('openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '1', '-subj', '/CN=test');
    run('openssl', 'pkcs12', '-export', '-in', 'c.pem', '-inkey', 'k.pem', '-out', 'a.p12', '-passout', 'pass:changeit');
    run('openssl', 'pkcs12', '-export', '-in', 'c.pem', '-inkey', 'k.pem', '-out', 'own.p12', '-passout', 'pass:Vq7!mN2xLp-own');
    const store = (type: string, file: string) => run('keytool', '-genkeypair', '-alias', 'k', '-keyalg', 'RSA', '-keysize', '2048', '-dname', 'CN=t', '-storepass', 'changeit', '-keypass', 'changeit', '-keystore', file, '-storetype', type);
    store('JKS', 'a.jks');
    store('JCEKS', 'a.jceks');
    run('keytool', '-importcert', '-noprompt', '-alias', 'c', '-file', 'c.pem', '-storepass', 'changeit', '-keystore', 'trust.jks', '-storetype', 'JKS');
    const kind = (file: string) => keystoreKind(readFileSync(join(dir, file)));
    expect([kind('a.p12'), kind('a.jks'), kind('a.jceks'), kind('trust.jks')]).toEqual(['pkcs12', 'jks', 'jceks', undefined]);
    // openssl 3 MACs with HMAC-SHA256: the default password is found, and a password of its own is not guessed.
    expect(readKeystore(readFileSync(join(dir, 'a.p12')))?.defaultPassword).toBe('changeit');
    expect(readKeystore(readFileSync(join(dir, 'own.p12')))?.defaultPassword).toBeUndefined();
    expect(readKeystore(readFileSync(join(dir, 'a.jks')))?.defaultPassword).toBe('changeit');
  });
});
