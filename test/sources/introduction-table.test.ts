import { describe, expect, it } from 'vitest';
import type { CommitInfo } from '../../src/engine/types.js';
import type { Introduction } from '../../src/git/log-introductions.js';
import { createIntroductionTable } from '../../src/sources/introduction-table.js';

const commit = (n: number): CommitInfo => ({ sha: String(n).repeat(40), authorName: 'Ann', authorEmail: 'ann@example.com', date: '2024-01-02T03:04:05Z', summary: `c${n}` });
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('createIntroductionTable', () => {
  it('gives back every introduction as it was added, per blob and in walk order, and numbers blobs by first sight', () => {
    const [c1, c2, c3] = [commit(1), commit(2), commit(3)];
    const walk: Introduction[] = [
      { seq: 0, commit: c1, path: 'a.txt', oid: A, previous: C },
      { seq: 1, commit: c1, path: 'b.txt', oid: B },
      { seq: 2, commit: c2, path: 'copy/a.txt', oid: A },
      { seq: 3, commit: c3, path: 'a.txt', oid: C },
      { seq: 4, commit: c3, path: 'again/b.txt', oid: B, previous: A },
    ];
    const table = createIntroductionTable();
    expect(walk.map((intro) => table.add(intro))).toEqual([0, 1, 0, 2, 1]);
    expect(table.blobs).toBe(3);
    expect([0, 1, 2].map((b) => [table.oid(b), table.firstPath(b)])).toEqual([[A, 'a.txt'], [B, 'b.txt'], [C, 'a.txt']]);
    expect(table.introductionsOf(0)).toEqual([walk[0], walk[2]]);
    expect(table.introductionsOf(1)).toEqual([walk[1], walk[4]]);
    expect(table.introductionsOf(2)).toEqual([walk[3]]);
    expect(table.introductionsOf(0)[0]!.commit).toBe(c1);
    expect(table.introductionsWhere((b) => b !== 1)).toEqual([walk[0], walk[2], walk[3]]);
  });

  it('knows a blob only once it is introduced, not when it is only named as the one replaced', () => {
    const table = createIntroductionTable();
    table.add({ seq: 0, commit: commit(1), path: 'a.txt', oid: A, previous: C });
    expect(table.has(A)).toBe(true);
    expect(table.has(C)).toBe(false);
    expect(table.has(B)).toBe(false);
  });

  it('holds more introductions than its columns start with', () => {
    const table = createIntroductionTable();
    const c = commit(4);
    for (let i = 0; i < 5000; i++) table.add({ seq: i, commit: c, path: `f${i % 7}`, oid: (i % 3000).toString(16).padStart(40, '0') });
    expect(table.blobs).toBe(3000);
    expect(table.introductionsOf(5).map((intro) => intro.seq)).toEqual([5, 3005]);
    expect(table.introductionsWhere(() => true)).toHaveLength(5000);
  });
});
