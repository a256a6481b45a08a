import { describe, expect, it } from 'vitest';
import { isDocumentedExample } from '../../../src/engine/filters/documented-example.js';
import { base64, fakeToken } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('documented-example filter', () => {
  it.each([
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['secret_key = "HFYp7dGQhQ7G03juqw373JlSw8K/K7MDENG/bPxRfiCY"'],
  ])('drops the documentation key in %s', (text) => {
    const result = check(isDocumentedExample, text);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
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
});
