import { describe, expect, it } from 'vitest';
import { applyDelta, forEachDeltaOp, readDeltaHeader } from '../../src/git/apply-delta.js';

describe('applyDelta', () => {
  it('copies base ranges and inserts literals as the instructions say', () => {
    const base = Buffer.from('0123456789abcdef');
    // sizes 16 -> 9; copy offset 10 size 4 ("abcd"); insert "XY"; copy offset 0 size 3 ("012").
    const delta = Buffer.from([16, 9, 0x80 | 0x01 | 0x10, 10, 4, 2, 0x58, 0x59, 0x80 | 0x10, 3]);
    expect(applyDelta(base, delta).toString()).toBe('abcdXY012');
    const ops: [boolean, number, number, number][] = [];
    forEachDeltaOp(delta, readDeltaHeader(delta), (...op) => ops.push(op));
    expect(ops).toEqual([[true, 10, 4, 0], [false, 6, 2, 4], [true, 0, 3, 6]]);
  });

  it('reads multi-byte sizes and offsets, and a copy size of 0 as 0x10000', () => {
    const base = Buffer.alloc(0x30000);
    for (let i = 0; i < base.length; i++) base[i] = i & 0xff;
    // base size 0x30000 = varint [0x80, 0x80, 0x0c]; result 0x10000 = [0x80, 0x80, 0x04].
    // copy from offset 0x010203 (bytes 03 02 01) with no size bytes: size 0x10000.
    const delta = Buffer.from([0x80, 0x80, 0x0c, 0x80, 0x80, 0x04, 0x80 | 0x07, 0x03, 0x02, 0x01]);
    const out = applyDelta(base, delta);
    expect(out.equals(base.subarray(0x010203, 0x020203))).toBe(true);
  });

  it('rejects a delta for another base, one that copies outside the base, and the reserved instruction', () => {
    expect(() => applyDelta(Buffer.from('abc'), Buffer.from([4, 1, 1, 0x41]))).toThrow(/4-byte base/);
    expect(() => applyDelta(Buffer.from('abc'), Buffer.from([3, 2, 0x91, 2, 2]))).toThrow(/outside its base/);
    expect(() => applyDelta(Buffer.from('abc'), Buffer.from([3, 1, 0]))).toThrow(/reserved/);
  });
});
