import { describe, expect, it } from 'vitest';
import { isStandIn } from '../../../src/engine/filters/stand-in-name.js';
import { fakePassword, fakeToken } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('stand-in-name filter', () => {
  it.each(['fake_secret_key', 'exampleToken', 'DUMMY_API_KEY', 'mockSecretKey'])('drops a value assigned to %s', (name) => {
    const result = check(isStandIn, `${name} = "${fakeToken(32)}"`);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops a dictionary word where a password should be, in any rule', () => {
    const result = check(isStandIn, 'proxy-url: "http://proxyuser:proxypass@proxy.company.com:3128"');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('keeps the same values under ordinary names', () => {
    expect(check(isStandIn, `api_token = "${fakeToken(32)}"`).builtin).toEqual(['generic-api-key']);
    expect(check(isStandIn, `proxy-url: "http://proxyuser:${fakePassword()}@proxy.company.com:3128"`).builtin.length).toBe(1);
  });
});

describe('stand-in-name filter: PEM blocks', () => {
  it('drops a private key body assigned to an example name', () => {
    const line = "exampleCert = '-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ";
    const at = line.indexOf('\\nb3Bl');
    expect(isStandIn({ secret: line.slice(at), line, lineOffset: at, path: 'a.py', rule: { spec: {} } as never })).toBe('assigned to a stand-in name');
  });
});
