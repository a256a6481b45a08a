import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { packBytesFromFile, packBytesInMemory, type PackBytes } from './pack-bytes.js';
import { OBJ_BLOB, OBJ_OFS_DELTA, OBJ_REF_DELTA, readEntryHeader } from './pack-file.js';
import { parsePackIndex, type PackIndex } from './pack-index.js';

/**
 * A pack and its index read into shared memory: every scanner thread reads the same bytes, none copies
 * them. Without `pack`, each thread reads the pack from its file (packs too large to hold).
 */
export interface SharedPack {
  path: string;
  pack?: SharedArrayBuffer;
  idx: SharedArrayBuffer;
}

/** Packs read for a history audit, or why the audit should read through `git cat-file` instead. */
export type SharedPacks = { packs: SharedPack[] } | { reason: string };

/**
 * Read the packs into shared memory, once, if it is worth it: they must fit in `maxBytes`, and are held
 * whole up to `holdBytes` (past that, each thread reads them from their files), and their blobs must be mostly deltas, whose
 * copy instructions plan the rescans, and files large enough for that to pay (both judged from a sample of
 * entry headers, see sampleEntryTypes and MIN_MEAN_FILE_BYTES). A pack whose blobs are mostly stored whole (fast-import writes such
 * packs) gains nothing over the cat-file path, which plans rescans by comparing versions.
 * A pack that cannot be parsed is left out: its blobs are read through `git cat-file`. `force` skips the
 * judgement of speed (what the packs hold), not the memory bound.
 */
export function loadSharedPacks(paths: readonly string[], maxBytes: number, force = false, holdBytes = maxBytes): SharedPacks {
  const packs: SharedPack[] = [];
  let total = 0;
  let whole = 0;
  let wholeBytes = 0;
  let deltas = 0;
  const usable: string[] = [];
  for (const path of paths) {
    const idxPath = `${path.slice(0, -5)}.idx`;
    total += statSync(path).size + statSync(idxPath).size;
    if (total > maxBytes) return { reason: `packs larger than ${maxBytes >> 20} MiB` };
    try {
      const counts = sampleEntryTypes(path, parsePackIndex(readFileSync(idxPath), idxPath));
      whole += counts.whole;
      wholeBytes += counts.wholeBytes;
      deltas += counts.deltas;
      usable.push(path);
    } catch {
      // Left to git cat-file, which reports what it cannot read.
    }
  }
  if (!force && whole > deltas / 2) return { reason: 'most blobs are stored whole' };
  if (!force && wholeBytes < MIN_MEAN_FILE_BYTES * whole) return { reason: 'files are small' };
  // Read only now: a pack never used should not weigh on the cat-file path's memory.
  const hold = total <= holdBytes;
  for (const path of usable) packs.push({ path, ...(hold && { pack: readShared(path) }), idx: readShared(`${path.slice(0, -5)}.idx`) });
  return packs.length > 0 ? { packs } : { reason: 'no pack could be parsed' };
}

/**
 * Below this mean size of a file's first version (a delta tree's root blob), the cat-file path is as fast:
 * a blob under 4 KiB is scanned whole either way (history-incremental.ts), so deltas save little, while
 * the pack path must walk the whole history before it reads anything. Measured (alternated runs): tmux,
 * mean 14 KB, 20-35% faster from packs; expressjs/express (3.8 KB) and the synthetic history repacked with
 * deltas (5.7 KB), 5-15% slower.
 */
const MIN_MEAN_FILE_BYTES = 8 * 1024;

/** Headers sampled per pack: enough to tell "mostly whole blobs" from "mostly deltas" at a few ms. */
const SAMPLE = 4096;
/** Header room: a type-and-size varint (at most 10 bytes for 64-bit sizes) and a base id or offset. */
const HEADER_BYTES = 32;

/**
 * Entry types of a sample of a pack's entries (every k-th by offset): whole blobs and deltas, scaled to
 * the whole pack. Deltas are not followed to their root (that needs every header, about 0.1 s on a
 * 150,000-object pack), so a delta counts whatever its type: where blobs are deltas, whole blobs (one per
 * file, roughly) are few beside them; a pack storing every blob version whole has more whole blobs than
 * half its deltas (which are then mostly trees).
 */
function sampleEntryTypes(path: string, index: PackIndex): { whole: number; wholeBytes: number; deltas: number } {
  const offsets = Float64Array.from(index.offsets).sort();
  const step = Math.max(1, Math.floor(offsets.length / SAMPLE));
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  let whole = 0;
  let wholeBytes = 0;
  let deltas = 0;
  try {
    for (let k = 0; k < offsets.length; k += step) {
      const got = readSync(fd, header, 0, HEADER_BYTES, offsets[k]!);
      const { type, size } = readEntryHeader(header.subarray(0, got), offsets[k]!, path, offsets[k]!);
      if (type === OBJ_BLOB) {
        whole += step;
        wholeBytes += step * size;
      }
      else if (type === OBJ_OFS_DELTA || type === OBJ_REF_DELTA) deltas += step;
    }
  } finally {
    closeSync(fd);
  }
  return { whole, wholeBytes, deltas };
}

/**
 * A shared pack's bytes (in memory, or its file opened: close it), with its index parsed (throws a
 * GitError when the index is not a v2 index).
 */
export function openSharedPack(shared: SharedPack): { pack: PackBytes; index: PackIndex } {
  const index = parsePackIndex(Buffer.from(shared.idx), `${shared.path.slice(0, -5)}.idx`);
  return { pack: shared.pack ? packBytesInMemory(Buffer.from(shared.pack)) : packBytesFromFile(shared.path), index };
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
