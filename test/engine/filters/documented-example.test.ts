import { describe, expect, it } from 'vitest';
import { isDocumentedExample } from '../../../src/engine/filters/documented-example.js';
import { base64, fakeToken } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('documented-example filter', () => {
  it.each([
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['secret_key = "HFYp7dGQhQ7G03juqw373JlSw8K/K7MDENG/bPxRfiCY"'],
    ['// seed = "SUAKYRHVIOREXV7EUZTBHUHL7NUMHPMAS7QMDU3GTIUWEI5LDNOXD43IZY"'],
  ])('drops the documentation key in %s', (text) => {
    const result = check(isDocumentedExample, text);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it("drops Google Authenticator's key URI example secret, also with characters added, and keeps other TOTP seeds", () => {
    for (const text of ['"totp": "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"', '"totp": "JBSWY3DPEHPK3PXPDEVGH"', 'public const string AuthenticatorKey = "JBSWY3DPEHPK3PXP";', 'TOTPURL: "totp://example.com?secret=NBSWY3DPEHPK3PXQ&issuer=ORY"']) {
      const result = check(isDocumentedExample, text, 'seeds/ciphers.json');
      expect(result.builtin, text).toEqual([]);
      expect(result.dropped, text).toBeGreaterThan(0);
    }
    expect(check(isDocumentedExample, '"totp": "otpauth://totp/Acme:alice@acme.io?secret=KRUGKIDROVUWG2ZAMJZG653OEBTG66BA&issuer=Acme"', 'seeds/ciphers.json').builtin).not.toEqual([]);
  });

  it('drops a generic value whose base64 decoding says EXAMPLE', () => {
    const result = check(isDocumentedExample, `api_key = "${base64(`EXAMPLE${fakeToken(40)}`)}"`);
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops an AWS session token marked EXAMPLE in the middle, as in the STS examples', () => {
    const result = check(isDocumentedExample, '"SessionToken": "IQoJb3JpZ2luX2VjEOz////////////////////wEXAMPLEtMSJHMEUCIDoKK3JH9uGQE1z0sINr5M4jk+Na8KHDcCYRVjJCZEvOAiEA3OvJGtw1EcViOleS2vhs8VdCKFJQWPQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it("drops HTTP Basic's specification example credentials, but not other Basic credentials", () => {
    for (const pair of ['Aladdin:open sesame', 'aladdin:opensesame']) {
      const result = check(isDocumentedExample, `"authorization": "Basic ${base64(pair)}"`);
      expect(result.builtin, pair).toEqual([]);
      expect(result.dropped, pair).toBeGreaterThan(0);
    }
    expect(check(isDocumentedExample, `"authorization": "Basic ${base64(`aladdin:${fakeToken(16)}`)}"`).builtin).not.toEqual([]);
  });

  it("drops JWT.io's example claims whatever the signature, but not another token with the same header", () => {
    const header = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
    const demo = `${header}.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.`;
    for (const text of [`"password=${demo}"`, `session_token: ${demo}${fakeToken(43)}`]) {
      const result = check(isDocumentedExample, text);
      expect(result.builtin, text).toEqual([]);
      expect(result.dropped, text).toBeGreaterThan(0);
    }
    const own = `${header}.${base64(JSON.stringify({ sub: 'svc-billing', iat: 1732300000 })).replace(/=+$/, '')}.${fakeToken(43)}`;
    expect(check(isDocumentedExample, `session_token: ${own}`).builtin).not.toEqual([]);
  });
});
