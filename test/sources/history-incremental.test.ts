import { describe, expect, it } from 'vitest';
import { matchSegments, planRescan, RESCAN_MARGIN } from '../../src/sources/history-incremental.js';

const file = (n: number, edit: (i: number) => string | undefined = () => undefined) =>
  Buffer.from(Array.from({ length: n }, (_, i) => edit(i) ?? `line ${i} some ordinary text here`).join('\n') + '\n');

describe('planRescan', () => {
  it('rescans only around each of several edits, on line boundaries', () => {
    const before = file(20_000);
    const after = file(20_000, (i) => (i === 5000 ? 'changed' : i === 15000 ? 'changed too' : undefined));
    const plan = planRescan(after, before)!;
    expect(plan.ranges).toHaveLength(2);
    for (const r of plan.ranges) {
      expect(r.start === 0 || after[r.start - 1] === 10).toBe(true);
      expect(after[r.end - 1]).toBe(10);
      expect(r.end - r.start).toBeLessThan(2 * RESCAN_MARGIN + 200);
    }
    const at5000 = after.indexOf('changed');
    expect(plan.ranges[0]!.start).toBeLessThan(at5000 - RESCAN_MARGIN + 1);
    expect(plan.ranges[0]!.end).toBeGreaterThan(at5000 + RESCAN_MARGIN);
  });

  it('keeps every shared run byte-identical, including across an insertion', () => {
    const before = file(10_000);
    const after = Buffer.concat([before.subarray(0, 100_000), Buffer.from('inserted line\n'.repeat(50)), before.subarray(100_000)]);
    const segments = matchSegments(after, before);
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect(after.subarray(s.x, s.x + s.length).equals(before.subarray(s.p, s.p + s.length))).toBe(true);
    expect(segments.reduce((n, s) => n + s.length, 0)).toBeGreaterThan(before.length - 1000);
  });

  it('scans small or mostly rewritten blobs whole', () => {
    expect(planRescan(file(10), file(10, (i) => (i === 3 ? 'x' : undefined)))).toBeUndefined();
    expect(planRescan(file(5000), file(5000, (i) => `other ${i}`))).toBeUndefined();
  });
});
