import { describe, expect, it } from 'vitest';
import { createCacheRing } from '../../src/sources/history-cache-ring.js';

describe('createCacheRing', () => {
  it('keeps the most recent blobs that fit, overwriting the oldest first, and wraps around', () => {
    const evicted: string[] = [];
    const ring = createCacheRing(100, (oid) => evicted.push(oid));
    expect([ring.place('a', 40), ring.place('b', 40)]).toEqual([0, 40]);
    // 'c' does not fit after 'b': it wraps to the start and overwrites 'a' only.
    expect(ring.place('c', 30)).toBe(0);
    expect(evicted).toEqual(['a']);
    expect([ring.has('a'), ring.has('b'), ring.has('c')]).toEqual([false, true, true]);
    // 'd' reaches into 'b': 'b' goes, and it is the oldest left.
    expect(ring.place('d', 30)).toBe(30);
    expect(evicted).toEqual(['a', 'b']);
    // Wrapping again: what is left after the write position ('nothing') then 'c' at the start.
    expect(ring.place('e', 50)).toBe(0);
    expect(evicted).toEqual(['a', 'b', 'c', 'd']);
    expect(ring.offsetOf('e')).toBe(0);
  });

  it('refuses a blob larger than the ring, and one already held', () => {
    const ring = createCacheRing(100);
    expect(ring.place('big', 101)).toBe(-1);
    expect(ring.place('a', 10)).toBe(0);
    expect(ring.place('a', 10)).toBe(-1);
    expect(ring.has('big')).toBe(false);
  });

  it('gives two rings fed the same blobs the same contents (how the main thread mirrors a worker)', () => {
    const a = createCacheRing(1000);
    const b = createCacheRing(1000);
    for (let i = 0; i < 500; i++) {
      const size = (i * 37) % 300;
      expect(a.place(`o${i}`, size)).toBe(b.place(`o${i}`, size));
    }
    for (let i = 0; i < 500; i++) expect(a.has(`o${i}`)).toBe(b.has(`o${i}`));
  });
});
