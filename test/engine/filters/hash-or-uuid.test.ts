import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isHashOrUuid } from '../../../src/engine/filters/hash-or-uuid.js';
import { fakeHex } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('hash-or-uuid filter', () => {
  it('drops commit hashes and digests a generic rule took for tokens', () => {
    for (const text of [`deploy_token = "${fakeHex(40)}"  # commit sha`, `build_token: ${fakeHex(64)} # digest`]) {
      const result = check(isHashOrUuid, text);
      expect(result.builtin, text).toEqual([]);
      expect(result.dropped, text).toBeGreaterThan(0);
    }
  });

  it('still reports a UUID or hash assigned to a password or secret', () => {
    expect(check(isHashOrUuid, `client_secret: "${randomUUID()}"`).builtin).toEqual(['generic-password']);
    expect(check(isHashOrUuid, `DB_PASSWORD=${fakeHex(32)}`).builtin).toEqual(['generic-password']);
  });
});
