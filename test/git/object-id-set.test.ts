import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createObjectIdSet } from '../../src/git/object-id-set.js';

const id = (n: number) => createHash('sha1').update(String(n)).digest('hex');

describe('createObjectIdSet', () => {
  it('adds each id once, answers has(), and keeps them all while growing', () => {
    const set = createObjectIdSet(4);
    for (let i = 0; i < 50_000; i++) expect(set.add(id(i))).toBe(true);
    for (let i = 0; i < 50_000; i += 7) expect(set.add(id(i))).toBe(false);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 13) expect(set.has(id(i))).toBe(true);
    for (let i = 50_000; i < 50_100; i++) expect(set.has(id(i))).toBe(false);
  });

  it('handles an id whose leading bits are all zero', () => {
    const set = createObjectIdSet();
    const zero = `${'0'.repeat(24)}${'a'.repeat(16)}`;
    expect(set.has(zero)).toBe(false);
    expect(set.add(zero)).toBe(true);
    expect(set.add(zero)).toBe(false);
    expect(set.has(zero)).toBe(true);
    expect(set.size).toBe(1);
  });
});
