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
});
