import { describe, expect, it } from 'vitest';
import { isPublicKey } from '../../../src/engine/filters/public-key.js';
import { randomBase64 } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('public-key filter', () => {
  it('drops SSH public keys', () => {
    const key = `AAAAB3NzaC1yc2EAAAADAQABAAABAQ${randomBase64(120).replace(/=+$/, '')}`;
    const result = check(isPublicKey, `deploy_token=${key}`);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops values inside a certificate block', () => {
    const result = check(isPublicKey, `-----BEGIN CERTIFICATE----- token=${randomBase64(48)}`);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops a base64-encoded certificate assigned to a key-like name, but not an encoded private key', () => {
    const pem = (kind: string) => `-----BEGIN ${kind}-----\n${randomBase64(240)}\n-----END ${kind}-----\n`;
    const cert = Buffer.from(pem('CERTIFICATE')).toString('base64');
    const result = check(isPublicKey, `cluster_auth_base64 = "${cert}"`, 'modules/cluster/main.tf');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
    const key = Buffer.from(pem('RSA PRIVATE KEY')).toString('base64');
    expect(check(isPublicKey, `client_auth_key = "${key}"`, 'modules/cluster/main.tf').builtin).not.toEqual([]);
  });
});
