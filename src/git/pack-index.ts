import { GitError } from '../engine/errors.js';

/**
 * A pack's .idx file, version 2: object ids in sorted order with where each object starts in the .pack.
 * Layout (https://git-scm.com/docs/gitformat-pack#_version_2_pack_idx_files_support_packs_larger_than_4_gib_and):
 * magic `\377tOc`, version 2, a 256-entry fan-out table (entry N counts the ids whose first byte is <= N),
 * the sorted 20-byte ids, one CRC32 per object, one 4-byte offset per object (most significant bit set:
 * the rest indexes a table of 8-byte offsets that follows, for packs over 2 GiB), then two checksums.
 */
export interface PackIndex {
  /** Objects in the pack. */
  count: number;
  /** Object `i`'s id: 20 bytes at `i * 20`, in sorted order. */
  oids: Buffer;
  /** Object `i`'s byte offset in the .pack (a double: 8-byte offsets stay exact below 2^53). */
  offsets: Float64Array;
  /** Object `i`'s CRC32 of its packed bytes (header and compressed data) as index-pack computed it. */
  crcs: Uint32Array;
  /** Position of `oid` (20 bytes) in the sorted ids, or -1. */
  find(oid: Buffer): number;
}

const MAGIC = 0xff744f63;
const HASH = 20;
const FANOUT_AT = 8;

/** Parse a version 2 .idx (SHA-1 repositories). `name` only labels errors. */
export function parsePackIndex(buf: Buffer, name = 'pack index'): PackIndex {
  if (buf.length < FANOUT_AT + 256 * 4 || buf.readUInt32BE(0) !== MAGIC || buf.readUInt32BE(4) !== 2) {
    throw new GitError(`${name}: not a version 2 pack index; run \`git index-pack\` on its pack, or scan without the pack reader`);
  }
  const count = buf.readUInt32BE(FANOUT_AT + 255 * 4);
  const oidsAt = FANOUT_AT + 256 * 4;
  const crcsAt = oidsAt + count * HASH;
  const smallAt = crcsAt + count * 4;
  const largeAt = smallAt + count * 4;
  if (buf.length < largeAt + 2 * HASH) throw new GitError(`${name}: truncated (${count} objects need more than ${buf.length} bytes)`);
  const offsets = new Float64Array(count);
  const crcs = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    crcs[i] = buf.readUInt32BE(crcsAt + i * 4);
    const small = buf.readUInt32BE(smallAt + i * 4);
    if (small & 0x80000000) {
      const at = largeAt + (small & 0x7fffffff) * 8;
      if (at + 8 > buf.length - 2 * HASH) throw new GitError(`${name}: 8-byte offset ${small & 0x7fffffff} is outside the file`);
      offsets[i] = buf.readUInt32BE(at) * 2 ** 32 + buf.readUInt32BE(at + 4);
    } else offsets[i] = small;
  }
  const oids = buf.subarray(oidsAt, crcsAt);
  const fanout = (byte: number): number => (byte < 0 ? 0 : buf.readUInt32BE(FANOUT_AT + byte * 4));
  function find(oid: Buffer): number {
    let lo = fanout(oid[0]! - 1);
    let hi = fanout(oid[0]!);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = oids.compare(oid, 0, HASH, mid * HASH, mid * HASH + HASH);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  return { count, oids, offsets, crcs, find };
}
