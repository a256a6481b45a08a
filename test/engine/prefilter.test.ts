import { describe, expect, it } from 'vitest';
import { createPrefilter } from '../../src/engine/prefilter.js';

function hits(keywords: string[], text: string): [string, number][] {
  const found = createPrefilter(keywords).search(text);
  const out: [string, number][] = [];
  for (let i = 0; i < found.count; i++) out.push([keywords[found.keyword[i]!]!, found.end[i]!]);
  return out;
}

describe('keyword prefilter', () => {
  it('finds every keyword case-insensitively with its end position', () => {
    expect(hits(['ghp_', 'akia'], 'x AKIAabc ghp_123 Ghp_')).toEqual([['akia', 6], ['ghp_', 14], ['ghp_', 22]]);
  });

  it('finds overlapping keywords and keywords inside others', () => {
    const found = hits(['secret', 'client_secret', 'cret'], 'client_secret=').sort();
    expect(found).toEqual([['client_secret', 13], ['cret', 13], ['secret', 13]]);
  });

  it('resets on non-ASCII characters and finds nothing in unrelated text', () => {
    expect(hits(['token'], 'tok\u00e9en tokén')).toEqual([]);
    expect(hits(['token'], 'a'.repeat(10000))).toEqual([]);
  });

  it('records many hits beyond its initial capacity', () => {
    expect(hits(['ab'], 'ab '.repeat(1000))).toHaveLength(1000);
  });
});

describe('keyword prefilter before and after the automaton is built', () => {
  it('gives the same hits in the same order from indexOf search (small inputs) and from the automaton', () => {
    const keywords = ['secret', 'client_secret', 'cret', 'ghp_', 'akia', 'token', 'api_key', 'key', 'ab', 'abab', 'xoxb-'];
    const alphabet = ['SECRET', 'client_', 'cret', 'ghp_', 'AKIA', 'tok', 'en', 'api_', 'key', 'ab', 'x', 'xoxb-', ' ', '\n', '\u00e9', '\u65e5', 'K', '_'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const lazy = createPrefilter(keywords, { buildAfterChars: Number.MAX_SAFE_INTEGER });
    const eager = createPrefilter(keywords, { buildAfterChars: 0 });
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const a = lazy.search(text);
      const b = eager.search(text);
      expect(a.count).toBe(b.count);
      expect([...a.keyword.subarray(0, a.count)]).toEqual([...b.keyword.subarray(0, b.count)]);
      expect([...a.end.subarray(0, a.count)]).toEqual([...b.end.subarray(0, b.count)]);
    }
  });

  it('switches to the automaton once enough text has been searched, with the same results', () => {
    const p = createPrefilter(['token'], { buildAfterChars: 10 });
    expect(p.search('a token').count).toBe(1);
    expect(p.search('another TOKEN and token').count).toBe(2);
    expect(p.search('token').count).toBe(1);
  });
});
