import { describe, expect, it } from 'vitest';
import { validators } from '../../src/engine/checksum.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function flip(text: string, at: number): string {
  return text.slice(0, at) + BASE62[(BASE62.indexOf(text[at]!) + 1) % 62] + text.slice(at + 1);
}

describe('CRC32 tokens (GitHub and npm)', () => {
  it('accepts generated tokens of every GitHub prefix and npm, and rejects each with one character changed', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
      const token = fakeGithubToken(prefix);
      const check = validators[prefix === 'npm_' ? 'npm-crc32' : 'github-crc32']!;
      expect(check(token)).toBe(true);
      expect(check(flip(token, 10))).toBe(false);
      expect(check(flip(token, token.length - 1))).toBe(false);
    }
  });
});

describe('pem', () => {
  const body = (lines: string[]) => `\n${lines.join('\n')}\n`;
  const der = ['MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Z5bBS9cxKbAMtNIv2E5kxC9K', 'ZpV5MzH6RQa1Yv8kq+dJT1n0c4r9Xh0G2d9wNNxvU3Hq8L1sYkQm7b2EwR5tZxCf'];

  it('accepts DER, OpenSSH and OpenPGP bodies, also inside escaped string literals', () => {
    expect(validators.pem!(body(der))).toBe(true);
    expect(validators.pem!(body(['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'QyNTUxOQAAACDk3QmZ8rR2t5Vv1XbWq9L0pYc7nE4sT6hJ2gK8uA1fNwAAAJjJ9Lx2yfS8']))).toBe(true);
    expect(validators.pem!(body(['Version: GnuPG v2', '', 'lQOYBGXk2pQBCADT4k9q2Zx8LmW7vB3nR5tY1cH6sJ0dF8gK2pQ4wE7uI9oP3aS5', 'zX1cV6bN8mL0kJ2hG4fD7sA9qW3eR5tY1cH6sJ0dF8gK2pQ4wE7uI9oP3aS5zX1c', '=Xk2p']))).toBe(true);
    expect(validators.pem!(`\\n${der[0]}\\n" +\n  "${der[1]}\\n`)).toBe(true);
  });

  it('rejects filler: too short, hex, repeated chunks, a body that is not a key structure', () => {
    expect(validators.pem!(body(['MIIEpAIBAAKCAQEA3Tz2mr7SZiAM']))).toBe(false);
    expect(validators.pem!(body(['0b3d576ba5a108c3b7374142bfd029920b3d576ba5a108c3b7374142bfd0299', '20b3d576ba5a108c3b7374142bfd02992']))).toBe(false);
    expect(validators.pem!(body([`${der[0]}${der[0]}`]))).toBe(false);
    expect(validators.pem!(body(['Zm9vYmFyYmF6cXV4eHl6enlYV1ZVVFNSUVBPTk1MS0pJSEdGRURDQkFhYmNkZWZnaGlq', 'Zm9vYmFy']))).toBe(false);
  });

  it('pem-base64: decodes a base64 PEM key and checks its body', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${der.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
    expect(validators['pem-base64']!(Buffer.from(pem).toString('base64'))).toBe(true);
    expect(validators['pem-base64']!(Buffer.from(pem.replace('MIIEpAIB', 'ZIIEpAIB')).toString('base64'))).toBe(false);
  });
});

describe('jwt', () => {
  it('accepts a token whose header and payload are JSON and rejects a one-character change in the header', () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const token = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: 'svc-7', iat: 1716239022 })}.Qm8Tz2Lw5Xv9Kb3Np7Rc1Hd4Fs6Ja0Ye2Uo5Ri8Pt1`;
    expect(validators.jwt!(token)).toBe(true);
    expect(validators.jwt!(`eyK${token.slice(3)}`)).toBe(false);
  });
});
