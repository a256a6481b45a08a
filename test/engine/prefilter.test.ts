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

  it('agrees with a naive search for hundreds of keywords over mixed text (character classes, 16-bit table)', () => {
    const alphabet = 'abcdefgh_-.AB0123';
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    const keywords = [...new Set(Array.from({ length: 400 }, () => word(2 + rnd(8)).toLowerCase()))];
    const text = Array.from({ length: 3000 }, () => (rnd(10) === 0 ? 'zé\n' : word(1 + rnd(6)))).join(' ');
    const expected: [string, number][] = [];
    const lower = text.toLowerCase();
    for (let end = 1; end <= text.length; end++) {
      for (const k of keywords) if (end >= k.length && lower.startsWith(k, end - k.length)) expected.push([k, end]);
    }
    const sortHits = (h: [string, number][]) => h.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(sortHits(hits(keywords, text))).toEqual(sortHits(expected));
  });
  it('finds keywords across the middle of long texts, searched in two passes, in order of end then length', () => {
    const keywords = ['secret_key', 'key', 'token', 'ghp_', 'y_to'];
    for (let n = 2048; n < 2200; n += 7) {
      for (let at = (n >> 1) - 12; at <= (n >> 1) + 2; at++) {
        const filler = 'x'.repeat(n);
        const text = `${filler.slice(0, at)}SECRET_KEY_TOKEN${filler.slice(at + 16)}`;
        const expected: [string, number][] = [];
        const lower = text.toLowerCase();
        for (let end = 1; end <= text.length; end++) {
          const here = keywords.filter((k) => end >= k.length && lower.startsWith(k, end - k.length)).sort((a, b) => b.length - a.length);
          for (const k of here) expected.push([k, end]);
        }
        expect(hits(keywords, text)).toEqual(expected);
      }
    }
  });
});
