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

  it('drops a URL password that repeats the URL’s user name, as a service’s default account does', () => {
    const result = check(isStandIn, 'DATABASE_URL: postgres://postgres:postgres@localhost:5432/app_test');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
    expect(check(isStandIn, 'BROKER_URL=amqp://rabbit:rabbit@mq.internal.example.net:5672').builtin).toEqual([]);
    expect(check(isStandIn, `DATABASE_URL: postgres://postgres:${fakePassword()}@localhost:5432/app_test`).builtin.length).toBe(1);
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

describe('stand-in-name filter: armour and file names', () => {
  const rule = { spec: {} } as never;
  it('drops keys armoured as examples and keys kept in files named as stand-ins', () => {
    const line = '-----BEGIN EXAMPLE PRIVATE KEY-----';
    expect(isStandIn({ secret: 'MHcCAQEEIOBTJquL6mcqlzzrsd6wBA', line, lineOffset: line.length, path: 'k.pem', rule })).toBe('armour says it is an example');
    expect(isStandIn({ secret: 'MHcCAQEEIOBTJquL6mcqlzzrsd6wBA', line: '', lineOffset: 0, path: 'certs/dummy.key', rule })).toBe('in a key file named as a stand-in');
    expect(isStandIn({ secret: 'MHcCAQEEIOBTJquL6mcqlzzrsd6wBA', line: '', lineOffset: 0, path: 'certs/server.key', rule })).toBeUndefined();
  });
});
