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
