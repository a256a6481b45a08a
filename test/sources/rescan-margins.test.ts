import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { decoders } from '../../src/engine/decode.js';
import { keywordLevel, rescanMargins } from '../../src/sources/rescan-margins.js';

describe('rescanMargins', () => {
  it('takes the margins from the built-in rules and decoders: most rules narrow, PEM keys and Kubernetes Secrets wide', () => {
    const builtin = rescanMargins([...loadBuiltinRules().map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
    expect(builtin.chars[0]).toBeLessThanOrEqual(1300);
    expect(builtin.chars.at(-1)).toBeGreaterThanOrEqual(16384 + 16384);
    expect(keywordLevel(builtin, Buffer.from('int main(void) { return 0; }\n'))).toBe(0);
    expect(keywordLevel(builtin, Buffer.from('-----BEGIN RSA PRIVATE KEY-----\n'))).toBe(builtin.chars.length - 1);
  });

  it('finds keywords in any case, at the very start and end of the text and of a range, and nowhere else', () => {
    const m = rescanMargins([{ keywords: ['narrow'], before: 100, after: 500 }, { keywords: ['Mid-Word'], before: 64, after: 2000 }, { keywords: ['PRIVATE KEY'], before: 64, after: 9000 }], [1200, 4096]);
    expect(m.chars).toHaveLength(3);
    expect(keywordLevel(m, Buffer.from('mid-word'))).toBe(1);
    expect(keywordLevel(m, Buffer.from('xx MID-WORD and a Private Key'))).toBe(2);
    expect(keywordLevel(m, Buffer.from('private keY'))).toBe(2);
    expect(keywordLevel(m, Buffer.from('private ke'))).toBe(0);
    expect(keywordLevel(m, Buffer.from('narrow words only'))).toBe(0);
    const text = Buffer.from('.....mid-word.....');
    expect(keywordLevel(m, text, 5, 13)).toBe(1);
    expect(keywordLevel(m, text, 6, 18)).toBe(0);
    expect(keywordLevel(m, text, 0, 12)).toBe(0);
  });
});
