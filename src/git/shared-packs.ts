import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readEntryHeader } from './pack-file.js';
import { parsePackIndex, type PackIndex } from './pack-index.js';
import { countBlobEntries } from './walk-pack.js';

/** A pack and its index read into shared memory: every scanner thread reads the same bytes, none copies them. */
export interface SharedPack {
  path: string;
  pack: SharedArrayBuffer;
  idx: SharedArrayBuffer;
}

/** Packs read for a history audit, or why the audit should read through `git cat-file` instead. */
export type SharedPacks = { packs: SharedPack[] } | { reason: string };

/**
 * Read the packs into shared memory, once, if it is worth it: they must fit in `maxBytes` (they are held
 * whole, since a delta's base can be anywhere in its pack), and most of their blobs must be deltas, whose
 * copy instructions plan the rescans. A pack whose blobs are mostly stored whole (fast-import writes such
 * packs) gains nothing over the cat-file path, which plans rescans by comparing versions.
 * A pack that cannot be parsed is left out: its blobs are read through `git cat-file`.
 */
export function loadSharedPacks(paths: readonly string[], maxBytes: number): SharedPacks {
  const packs: SharedPack[] = [];
  let total = 0;
  let whole = 0;
  let deltas = 0;
  const usable: string[] = [];
  for (const path of paths) {
    const idxPath = `${path.slice(0, -5)}.idx`;
    total += statSync(path).size + statSync(idxPath).size;
    if (total > maxBytes) return { reason: `packs larger than ${maxBytes >> 20} MiB` };
    try {
      const counts = countBlobsInFile(path, parsePackIndex(readFileSync(idxPath), idxPath));
      whole += counts.whole;
      deltas += counts.deltas;
      usable.push(path);
    } catch {
      // Left to git cat-file, which reports what it cannot read.
    }
  }
  if (deltas < whole) return { reason: 'most blobs are stored whole' };
  // Read only now: a pack never used should not weigh on the cat-file path's memory.
  for (const path of usable) packs.push({ path, pack: readShared(path), idx: readShared(`${path.slice(0, -5)}.idx`) });
  return packs.length > 0 ? { packs } : { reason: 'no pack could be parsed' };
}

/** Header room: a type-and-size varint (at most 10 bytes for 64-bit sizes) and a base id or offset. */
const HEADER_BYTES = 64;
const CHUNK_BYTES = 1 << 20;

/** countBlobEntries over a pack file read in chunks, in offset order: headers only, never the whole pack. */
function countBlobsInFile(path: string, index: PackIndex): { whole: number; deltas: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let chunk = Buffer.alloc(0);
    let chunkStart = 0;
    return countBlobEntries(index, (offset) => {
      if (offset < chunkStart || offset + HEADER_BYTES > chunkStart + chunk.length) {
        chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - offset));
        chunkStart = offset;
        let at = 0;
        while (at < chunk.length) {
          const got = readSync(fd, chunk, at, chunk.length - at, offset + at);
          if (got === 0) break;
          at += got;
        }
        chunk = chunk.subarray(0, at);
      }
      return readEntryHeader(chunk, offset, path, chunkStart);
    }, size, path);
  } finally {
    closeSync(fd);
  }
}

/** A shared pack as buffers, with its index parsed (throws a GitError when the index is not a v2 index). */
export function openSharedPack(shared: SharedPack): { pack: Buffer; index: PackIndex } {
  return { pack: Buffer.from(shared.pack), index: parsePackIndex(Buffer.from(shared.idx), `${shared.path.slice(0, -5)}.idx`) };
}

function readShared(path: string): SharedArrayBuffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = new SharedArrayBuffer(size);
    const view = new Uint8Array(buffer);
    for (let at = 0; at < size; ) {
      const got = readSync(fd, view, at, size - at, at);
      if (got === 0) break;
      at += got;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}
