import { inflateSync } from 'node:zlib';
import { GitError } from '../engine/errors.js';

/**
 * Object entries of a version 2 .pack file (https://git-scm.com/docs/gitformat-pack#_pack_pack_files_have_the_following_format).
 * Each entry is a header of type and inflated size, then (for deltas) the base's whereabouts, then one
 * zlib stream. The header packs the type in bits 4-6 of the first byte and the size in 7-bit groups,
 * least significant first: 4 bits from the first byte, 7 from each following byte while the top bit is set.
 */

/** Entry types as the pack stores them; 5 is reserved, 0 invalid. */
export const OBJ_COMMIT = 1;
export const OBJ_TREE = 2;
export const OBJ_BLOB = 3;
export const OBJ_TAG = 4;
export const OBJ_OFS_DELTA = 6;
export const OBJ_REF_DELTA = 7;

/** An entry's header: what it is, how big it inflates to, where its zlib stream starts. */
export interface PackEntryHeader {
  offset: number;
  type: number;
  /** Inflated size: the object's for a whole object, the delta's (instructions) for a delta. */
  size: number;
  /** Start of the zlib stream. */
  dataOffset: number;
  /** OFS_DELTA: the base entry's offset in the same pack. */
  baseOffset?: number;
  /** REF_DELTA: the base object's id (20 bytes), in this pack or (thin packs only) elsewhere. */
  baseOid?: Buffer;
}

/** Object type names as `git cat-file` prints them. */
export const TYPE_NAMES: Record<number, string> = { [OBJ_COMMIT]: 'commit', [OBJ_TREE]: 'tree', [OBJ_BLOB]: 'blob', [OBJ_TAG]: 'tag' };

/**
 * Read the header of the entry at `offset`. `name` only labels errors. `pack` may hold only part of the
 * pack, starting at pack offset `bufferStart` (offsets in the header stay the pack's).
 */
export function readEntryHeader(pack: Buffer, offset: number, name = 'pack', bufferStart = 0): PackEntryHeader {
  let at = offset - bufferStart;
  let c = byteAt(pack, at++, name);
  const type = (c >> 4) & 7;
  let size = c & 15;
  let shift = 4;
  while (c & 0x80) {
    c = byteAt(pack, at++, name);
    size += (c & 0x7f) * 2 ** shift; // not `<<`: sizes may pass 2^31
    shift += 7;
  }
  if (type === OBJ_OFS_DELTA) {
    // The distance back to the base: big-endian 7-bit groups where each continuation adds one before
    // shifting, so that every distance has exactly one encoding.
    c = byteAt(pack, at++, name);
    let distance = c & 0x7f;
    while (c & 0x80) {
      c = byteAt(pack, at++, name);
      distance = (distance + 1) * 128 + (c & 0x7f);
    }
    if (distance <= 0 || distance > offset) throw new GitError(`${name}: entry at ${offset} names a delta base outside the pack`);
    return { offset, type, size, dataOffset: at + bufferStart, baseOffset: offset - distance };
  }
  if (type === OBJ_REF_DELTA) {
    if (at + 20 > pack.length) throw new GitError(`${name}: entry at ${offset} is truncated`);
    // A view into a whole pack; a copy out of a part, which is read over.
    const baseOid = bufferStart === 0 ? pack.subarray(at, at + 20) : Buffer.from(pack.subarray(at, at + 20));
    return { offset, type, size, dataOffset: at + 20 + bufferStart, baseOid };
  }
  if (type < OBJ_COMMIT || type > OBJ_TAG) throw new GitError(`${name}: entry at ${offset} has invalid type ${type}`);
  return { offset, type, size, dataOffset: at + bufferStart };
}

/**
 * Inflate an entry's zlib stream, which lies in [header.dataOffset, end): `end` is the next entry's
 * offset (or the trailer's), so the input holds nothing else; zlib would ignore trailing bytes anyway.
 * The inflated length must equal the header's size.
 */
export function inflateEntry(pack: Buffer, header: PackEntryHeader, end: number, name = 'pack'): Buffer {
  let out: Buffer;
  try {
    // One output chunk of the known size: no concatenation of 16 KiB chunks (64 is zlib's minimum).
    out = inflateSync(pack.subarray(header.dataOffset, end), { chunkSize: Math.max(64, header.size) });
  } catch (error) {
    throw new GitError(`${name}: entry at ${header.offset} does not inflate (${(error as Error).message}); run \`git fsck\``);
  }
  if (out.length !== header.size) throw new GitError(`${name}: entry at ${header.offset} inflates to ${out.length} bytes, not ${header.size}`);
  return out;
}

function byteAt(pack: Buffer, at: number, name: string): number {
  const c = pack[at];
  if (c === undefined) throw new GitError(`${name}: an entry header runs past the end of the pack`);
  return c;
}
