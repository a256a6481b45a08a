import { describe, expect, it } from 'vitest';
import { isRegexSource } from '../../../src/engine/filters/regex-source.js';
import { check } from './harness.js';

const rule = { spec: {} } as never;

describe('regex-source filter', () => {
  it('drops what follows a named capture group (?<secret>...) in a rule file', () => {
    const line = `"regex":"\\\\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\\\b"`;
    const secret = 'AGE-SECRET-KEY-1';
    expect(isRegexSource({ secret, line, lineOffset: line.indexOf(secret), path: 'rules.json', rule })).toBe('regex named group');
  });

  it('is what keeps the built-in password rule quiet on a rule definition', () => {
    const text = `{"id":"x","regex":"\\\\b(?<secret>sk-admin01-[A-Za-z0-9_-]{93}AA)"}\n`;
    const result = check(isRegexSource, text, 'rules.json');
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.builtin).toEqual([]);
  });

  it('keeps an XML element <secret>value</secret>', () => {
    const line = '<secret>Zq8xW3vR7tY2uI9oP4aS</secret>';
    const secret = 'Zq8xW3vR7tY2uI9oP4aS';
    expect(isRegexSource({ secret, line, lineOffset: line.indexOf(secret), path: 'a.xml', rule })).toBeUndefined();
  });

  it.each([
    ["key_or_pass = r'(?:key|pwd|password|pass|token)'"],
    ["password = r'([a-f0-9]{48}(?![a-f0-9]))'"],
  ])('drops a pattern assigned where a credential could be: %s', (text) => {
    const result = check(isRegexSource, text, 'src/detectors/vendor.py');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('keeps a password with brackets or braces that is not a pattern', () => {
    expect(check(isRegexSource, 'DB_PASSWORD="Qm4[vT9]x{w2}!"', 'deploy/.env').builtin).toEqual(['generic-password']);
  });

  it('drops a value that runs into the closing slash of a regex literal', () => {
    const result = check(isRegexSource, 'assert_match(/password: hunter7/, db_config)', 'test/config_test.rb');
    expect(result.builtin).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
    expect(check(isRegexSource, 'password: hunter7/', 'deploy/config.yaml').builtin).toEqual(['generic-password']);
  });
});
