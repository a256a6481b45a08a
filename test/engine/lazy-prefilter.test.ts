import { describe, expect, it } from 'vitest';
import { createLazyPrefilter } from '../../src/engine/lazy-prefilter.js';
import { createPrefilter } from '../../src/engine/prefilter.js';

const hitsOf = (found: { count: number; keyword: Int32Array; end: Int32Array }) =>
  [...found.keyword.subarray(0, found.count)].map((k, i) => [k, found.end[i]]);

describe('lazy keyword prefilter', () => {
  it('gives the automaton’s hits in the automaton’s order while it searches each keyword with indexOf', () => {
    const keywords = ['secret', 'client_secret', 'cret', 'ghp_', 'akia', 'token', 'api_key', 'key', 'ab', 'abab', 'xoxb-'];
    const pieces = ['SECRET', 'client_', 'cret', 'ghp_', 'AKIA', 'tok', 'en', 'api_', 'key', 'ab', 'x', 'xoxb-', ' ', '\n', '\u00e9', '\u65e5', 'K', '_', '\u{1F511}'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const lazy = createLazyPrefilter(keywords, { buildAfterChars: Number.MAX_SAFE_INTEGER });
    const automaton = createPrefilter(keywords);
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += pieces[Math.floor(random() * pieces.length)];
      const expected = hitsOf(automaton.search(text));
      expect(hitsOf(lazy.search(text))).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('builds the automaton once enough text has been searched, with the same results', () => {
    const p = createLazyPrefilter(['token'], { buildAfterChars: 10 });
    expect(p.search('a token').count).toBe(1);
    expect(p.search('another TOKEN and token').count).toBe(2);
    expect(p.search('tok\u00e9en token').count).toBe(1);
  });

  it('moves to the automaton after many short texts, not only after many characters, with the same results', () => {
    // 450 one-line files searched keyword by keyword cost five times the automaton's build.
    const keywords = ['token', 'secret', 'ghp_'];
    const counting = createLazyPrefilter(keywords, { buildAfterChars: 1000, charsPerSearch: 100 });
    const automaton = createPrefilter(keywords);
    const texts = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `token=${i} SECRET ghp_` : `line ${i}`));
    for (const text of texts) expect(hitsOf(counting.search(text))).toEqual(hitsOf(automaton.search(text)));
    expect(hitsOf(counting.search('x token'))).toEqual([[0, 7]]);
  });
});
