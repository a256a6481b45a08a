import { GitError } from '../engine/errors.js';

/**
 * Git's delta encoding (https://git-scm.com/docs/gitformat-pack#_deltified_representation): the base's
 * size and the result's size as little-endian 7-bit varints, then instructions. An instruction byte with
 * the top bit set copies from the base: bits 0-3 say which of 4 offset bytes follow, bits 4-6 which of 3
 * size bytes (little-endian, absent bytes zero; size 0 means 0x10000). A byte 1-127 inserts that many
 * literal bytes that follow it. Byte 0 is reserved.
 */

/** One instruction: a copy of `length` base bytes from `from`, or an insert of `length` delta bytes from `from`. */
export interface DeltaOp {
  copy: boolean;
  /** Base offset (copy) or delta offset (insert). */
  from: number;
  length: number;
}

/** A parsed delta: the sizes it declares and where its instructions start. */
export interface DeltaHeader {
  baseSize: number;
  resultSize: number;
  opsAt: number;
}

export function readDeltaHeader(delta: Buffer): DeltaHeader {
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    let c: number;
    do {
      const b = delta[at++];
      if (b === undefined) throw new GitError('delta header is truncated');
      c = b;
      value += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return value;
  };
  const baseSize = varint();
  const resultSize = varint();
  return { baseSize, resultSize, opsAt: at };
}

/** Call `op` for each instruction in order, with the result offset it writes at. Validates bounds. */
export function forEachDeltaOp(delta: Buffer, header: DeltaHeader, op: (copy: boolean, from: number, length: number, to: number) => void): void {
  let at = header.opsAt;
  let to = 0;
  while (at < delta.length) {
    const c = delta[at++]!;
    if (c & 0x80) {
      let from = 0;
      let length = 0;
      if (c & 0x01) from = delta[at++]!;
      if (c & 0x02) from |= delta[at++]! << 8;
      if (c & 0x04) from |= delta[at++]! << 16;
      if (c & 0x08) from = (from | 0) + delta[at++]! * 2 ** 24;
      if (c & 0x10) length = delta[at++]!;
      if (c & 0x20) length |= delta[at++]! << 8;
      if (c & 0x40) length |= delta[at++]! << 16;
      if (length === 0) length = 0x10000;
      if (at > delta.length || from + length > header.baseSize || to + length > header.resultSize) throw new GitError('delta copies outside its base or result');
      op(true, from, length, to);
      to += length;
    } else if (c !== 0) {
      if (at + c > delta.length || to + c > header.resultSize) throw new GitError('delta inserts past its end');
      op(false, at, c, to);
      at += c;
      to += c;
    } else throw new GitError('delta has the reserved instruction 0');
  }
  if (to !== header.resultSize) throw new GitError(`delta writes ${to} bytes, not the ${header.resultSize} it declares`);
}

/** The object a delta makes of `base`. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  const header = readDeltaHeader(delta);
  if (header.baseSize !== base.length) throw new GitError(`delta expects a ${header.baseSize}-byte base, got ${base.length} bytes`);
  const out = Buffer.allocUnsafe(header.resultSize);
  forEachDeltaOp(delta, header, (copy, from, length, to) => {
    if (copy) base.copy(out, to, from, from + length);
    else delta.copy(out, to, from, from + length);
  });
  return out;
}
