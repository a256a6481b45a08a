import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validators } from '../../../src/engine/checksum.js';

/** A PyPI-format token: a version-2 macaroon (location, identifier, one caveat, signature). Fake. */
function fakePypiToken(host = 'pypi.org'): string {
  const field = (type: number, data: Buffer) => Buffer.concat([Buffer.from([type, data.length]), data]);
  const id = Buffer.from(JSON.stringify({ nonce: randomBytes(16).toString('hex'), version: 1 }));
  const caveat = Buffer.from('{"permissions": "user", "version": 1}');
  const body = Buffer.concat([Buffer.from([2]), field(1, Buffer.from(host)), field(2, id), Buffer.from([0]), field(2, caveat), Buffer.from([0, 0]), field(6, randomBytes(32))]);
  return `pypi-${body.toString('base64url')}`;
}
const check = validators['pypi-macaroon']!;

describe('pypi-macaroon', () => {
  it('accepts generated tokens for pypi.org and test.pypi.org', () => {
    expect(fakePypiToken()).toMatch(/^pypi-AgEIcHlwaS5vcmc/);
    expect(check(fakePypiToken())).toBe(true);
    expect(check(fakePypiToken('test.pypi.org'))).toBe(true);
  });

  it('rejects a token whose location is changed by one character', () => {
    const token = fakePypiToken();
    // "pypi-AgEIcHlwaS5vcmc": the 8th character after the prefix encodes part of "pypi.org".
    const changed = `${token.slice(0, 12)}${token[12] === 'w' ? 'x' : 'w'}${token.slice(13)}`;
    expect(check(changed)).toBe(false);
  });

  it('rejects another host, a bad version byte and a truncated token', () => {
    expect(check(fakePypiToken('evil.example'))).toBe(false);
    const token = fakePypiToken();
    expect(check(`pypi-B${token.slice(6)}`)).toBe(false);
    expect(check(token.slice(0, 30))).toBe(false);
  });
});
