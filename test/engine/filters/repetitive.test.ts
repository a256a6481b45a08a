import { describe, expect, it } from 'vitest';
import { isRepetitive } from '../../../src/engine/filters/repetitive.js';
import { fakeToken } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('repetitive filter', () => {
  it.each([
    ['api_key = "0123456789abcdef0123456789abcdef"'],
    ['token: abcabcabcabcabcabcabcabc'],
    ['secret_key = "qwertyuiopasdfgh"'],
    ['SECRET_TOKEN=aaaaaaaabbbbbbbbaaaaaaaa'],
    ['access_key: A1B2C3D4E5F6G7H8I9J0'],
    ['api_key = "a1b2c3d4e5f6g7h8"'],
  ])('drops the low-information value in %s', (text) => {
    const result = check(isRepetitive, text);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('drops a typed run inside a generic value, but leaves provider-format tokens to their rule', () => {
    const result = check(isRepetitive, `API_TOKEN=tok-12345678-${fakeToken(24)}`);
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });
});

describe('repetitive filter: typed sequences in provider formats', () => {
  it('drops a provider-format value that is mostly one typed sequence', () => {
    const result = check(isRepetitive, 'aws_access_key_id = AKIA0123456789ABCDEF');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });
});

describe('repetitive filter: binary encodings', () => {
  it('keeps an OpenSSH private key body, whose zero bytes encode as runs of A', () => {
    const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA2IJjGh8AxeqA41YTClGeVGKymgLhxQeB6ftuDGzNCcgAAAJBDIqxPQyKs';
    expect(isRepetitive({ secret: body, line: '', lineOffset: 0, path: 'id_ed25519', rule: { spec: {} } as never })).toBeUndefined();
  });
});
