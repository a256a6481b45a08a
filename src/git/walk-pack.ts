import { GitError } from '../engine/errors.js';
import { applyDelta } from './apply-delta.js';
import { inflateEntry, OBJ_OFS_DELTA, OBJ_REF_DELTA, readEntryHeader, type PackEntryHeader } from './pack-file.js';
import { packBytesInMemory, type PackBytes } from './pack-bytes.js';
import type { PackIndex } from './pack-index.js';

/** An object rebuilt from a pack, with the delta that made it (if any) and the object it was made from. */
export interface PackObject {
  /** 20-byte id (a view into the index: copy it to keep it). */
  oid: Buffer;
  /** Its position in the index's sorted ids. */
  at: number;
  type: number;
  data: Buffer;
  /** For a delta: its inflated instructions and the base object's id and content. */
  delta?: Buffer;
  baseOid?: Buffer;
  /** The base's position in the index's sorted ids. */
  baseAt?: number;
  base?: Buffer;
}

/** Entries the walk could not rebuild: REF_DELTA bases that are not in this pack (a thin pack). */
export interface PackWalkResult {
  unresolved: Buffer[];
}

/**
 * Rebuild the objects of one pack, each exactly once, as index-pack does: deltas form trees under their
 * whole (undeltified) roots, walked depth first, so a base is at hand when its deltas are applied and is
 * rarely inflated twice. Memory is the bases with children left on the current path, at most `stackBytes`
 * of them held (git caps chain depth at 4095, `gc --aggressive` uses 250: holding every level of a deep
 * chain of a large file is what the bound prevents); a dropped base is rebuilt if another child needs it.
 * Only trees whose root type is in `types` are walked: a delta has its root's type, so the others are
 * skipped without inflating anything.
 */
/**
 * Delta trees are independent, so threads can share a pack: trees are handed out one at a time,
 * heaviest first, to whichever thread asks next (say, through a shared counter), so that threads
 * finish together however uneven the trees.
 */
export interface RootClaims {
  /**
   * The position (heaviest first) of the next tree to walk; `count` or more ends the walk. `weight` is
   * the whole walk's estimated work, the same for every thread, so a thread can decline a small walk.
   */
  next(count: number, weight: number): number;
}

/**
 * `want` (by index position) narrows the walk to the objects wanted and the delta bases they are rebuilt
 * from: a tree or branch of a tree holding none of them is not inflated at all (a scoped audit of one
 * branch, or a pack holding unreachable garbage, reads only what it needs). Unwanted bases are visited too.
 */
export interface WalkOptions {
  /** Labels errors. */
  name?: string;
  claims?: RootClaims;
  /** By index position: see above. */
  want?: (at: number) => boolean;
  /** Bases' contents held at most (see below). */
  stackBytes?: number;
  /** Told the size of every object the walk inflates or rebuilds, visited or not (large-buffer-reclaimer.ts). */
  onBuffer?: (bytes: number) => void;
}

export function walkPack(pack: Buffer | PackBytes, index: PackIndex, types: ReadonlySet<number>, visit: (object: PackObject) => void, options: WalkOptions = {}): PackWalkResult {
  const { name = 'pack', claims, want, stackBytes = STACK_BYTES, onBuffer } = options;
  const bytes = Buffer.isBuffer(pack) ? packBytesInMemory(pack) : pack;
  // A header is at most 30 bytes: a type-and-size varint (10 for 64-bit sizes) and a base id (20).
  const readHeader = (offset: number) => readEntryHeader(bytes.range(offset, Math.min(bytes.length, offset + 32), true), offset, name, offset);
  const { n, order, types: entryTypes, sizes, baseOf, childStart, children, unresolved, end, header } = packForest(index, readHeader, bytes.length, name);
  const oidAt = (k: number): Buffer => index.oids.subarray(order[k]! * 20, order[k]! * 20 + 20);
  let roots: number[] = [];
  for (let k = 0; k < n; k++) {
    const type = entryTypes[k]!;
    if (type !== OBJ_OFS_DELTA && type !== OBJ_REF_DELTA && types.has(type)) roots.push(k);
  }
  const needed = want ? neededEntries(roots, childStart, children, (k) => want(order[k]!)) : undefined;
  if (needed) roots = roots.filter((k) => needed[k] === 1);
  const isNeeded = (k: number): boolean => !needed || needed[k] === 1;
  const inflated = (k: number) => {
    const h = header(k);
    const out = inflateEntry(bytes.range(h.dataOffset, end(k)), { ...h, dataOffset: 0 }, end(k) - h.dataOffset, name);
    onBuffer?.(out.length);
    return out;
  };
  const applied = (base: Buffer, delta: Buffer) => {
    const out = applyDelta(base, delta);
    onBuffer?.(out.length);
    return out;
  };
  // Depth-first with an explicit stack of (position, content, next child to visit). A base stays on the
  // stack only while it has children left to rebuild, and the contents held stay under stackBytes:
  // above it the shallowest are dropped, and rebuilt from their nearest held ancestor (or their root)
  // should another child need them. A 12 MB file in a 30-deep chain otherwise held every version.
  const stack: StackEntry[] = [];
  let held = 0;
  const hold = (entry: StackEntry) => {
    stack.push(entry);
    held += entry.data!.length;
    for (let i = 0; held > stackBytes && i < stack.length - 1; i++) {
      const e = stack[i]!;
      if (e.data) {
        held -= e.data.length;
        e.data = undefined;
      }
    }
  };
  const rebuild = (target: number): Buffer => {
    const path: number[] = [];
    let data: Buffer | undefined;
    for (let k = target; ; k = baseOf[k]!) {
      const kept = k === target ? undefined : stack.find((e) => e.k === k)?.data;
      if (kept) {
        data = kept;
        break;
      }
      path.push(k);
      if (baseOf[k]! < 0) break; // the tree's root, stored whole
    }
    data ??= inflated(path.pop()!);
    while (path.length > 0) data = applied(data, inflated(path.pop()!));
    return data;
  };
  const weight = (k: number) => treeWeight(k, sizes, childStart, children, isNeeded);
  for (const root of claims ? claimedRoots(roots, claims, weight) : roots) {
    const type = entryTypes[root]!;
    const data = inflated(root);
    visit({ oid: oidAt(root), at: order[root]!, type, data });
    stack.length = 0;
    held = 0;
    hold({ k: root, data, next: childStart[root]! });
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const last = childStart[top.k + 1]!;
      while (top.next < last && !isNeeded(children[top.next]!)) top.next++;
      if (top.next === last) {
        held -= top.data?.length ?? 0;
        stack.pop();
        continue;
      }
      const child = children[top.next++]!;
      if (!top.data) {
        top.data = rebuild(top.k);
        held += top.data.length;
      }
      const base = top.data;
      const delta = inflated(child);
      const childData = applied(base, delta);
      visit({ oid: oidAt(child), at: order[child]!, type, data: childData, delta, baseOid: oidAt(top.k), baseAt: order[top.k]!, base });
      // A base with no child left is done with: dropped before its child's subtree, not after.
      while (top.next < last && !isNeeded(children[top.next]!)) top.next++;
      if (top.next === last) {
        held -= top.data.length;
        stack.pop();
      }
      if (childStart[child] !== childStart[child + 1]) hold({ k: child, data: childData, next: childStart[child]! });
    }
  }
  return { unresolved };
}

/** A base on the walk's stack: its content (undefined once dropped to bound memory) and its next child. */
interface StackEntry {
  k: number;
  data: Buffer | undefined;
  next: number;
}

/** Bases' contents a walk holds at most, beyond the one in use (see walkPack). */
const STACK_BYTES = 32 * 1024 * 1024;

/** A pack's entries in pack order and its delta trees (each delta under its base), built from headers only. */
export interface PackForest {
  n: number;
  /** Index position of the entry at each pack-order position. */
  order: Int32Array;
  /**
   * Each entry's type and inflated size, in columns: a header object per entry cost ~10 MB per scanning
   * thread on a pack of 160,000 objects.
   */
  types: Uint8Array;
  sizes: Float64Array;
  /** Each delta's base as a pack-order position (-1: a whole object, or a base outside the pack). */
  baseOf: Int32Array;
  /** Children of position k: children[childStart[k] .. childStart[k + 1]). */
  childStart: Int32Array;
  children: Int32Array;
  unresolved: Buffer[];
  /** Where entry k's data ends. */
  end(k: number): number;
  /** Entry k's header (what inflating it needs), made when asked for. */
  header(k: number): PackEntryHeader;
}

/** `readHeader` is called for every entry, in increasing offset order; `packLength` is the .pack's size. */
export function packForest(index: PackIndex, readHeader: (offset: number) => PackEntryHeader, packLength: number, name = 'pack'): PackForest {
  const n = index.count;
  // Entries in pack order: each ends where the next begins; the last before the 20-byte trailer.
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => index.offsets[a]! - index.offsets[b]!);
  const sortedOffsets = new Float64Array(n);
  for (let k = 0; k < n; k++) sortedOffsets[k] = index.offsets[order[k]!]!;
  const end = (k: number): number => (k + 1 < n ? sortedOffsets[k + 1]! : packLength - 20);
  const types = new Uint8Array(n);
  const sizes = new Float64Array(n);
  const dataOffsets = new Float64Array(n);

  // Each delta's base as a position in pack order; children stored compactly (counting sort).
  const baseOf = new Int32Array(n).fill(-1);
  const unresolved: Buffer[] = [];
  for (let k = 0; k < n; k++) {
    const h = readHeader(sortedOffsets[k]!);
    types[k] = h.type;
    sizes[k] = h.size;
    dataOffsets[k] = h.dataOffset;
    if (h.type === OBJ_OFS_DELTA) baseOf[k] = positionOf(sortedOffsets, h.baseOffset!);
    else if (h.type === OBJ_REF_DELTA) {
      const i = index.find(h.baseOid!);
      baseOf[k] = i < 0 ? -1 : positionOf(sortedOffsets, index.offsets[i]!);
      if (i < 0) unresolved.push(index.oids.subarray(order[k]! * 20, order[k]! * 20 + 20));
    }
    if ((h.type === OBJ_OFS_DELTA || h.type === OBJ_REF_DELTA) && baseOf[k] === -2) throw new GitError(`${name}: entry at ${h.offset} names a base that is not an entry`);
  }
  const childStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) if (baseOf[k]! >= 0) childStart[baseOf[k]! + 1]!++;
  for (let k = 0; k < n; k++) childStart[k + 1]! += childStart[k]!;
  const children = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let k = 0; k < n; k++) if (baseOf[k]! >= 0) children[fill[baseOf[k]!]!++] = k;

  const header = (k: number): PackEntryHeader => ({ offset: sortedOffsets[k]!, type: types[k]!, size: sizes[k]!, dataOffset: dataOffsets[k]! });
  return { n, order, types, sizes, baseOf, childStart, children, unresolved, end, header };
}

/** 1 for each entry that is wanted or is the base (at any depth) of one that is, in the trees under `roots`. */
function neededEntries(roots: number[], childStart: Int32Array, children: Int32Array, wanted: (k: number) => boolean): Uint8Array {
  const needed = new Uint8Array(childStart.length - 1);
  const preorder: number[] = [];
  for (const root of roots) {
    const stack = [root];
    while (stack.length > 0) {
      const k = stack.pop()!;
      preorder.push(k);
      for (let c = childStart[k]!; c < childStart[k + 1]!; c++) stack.push(children[c]!);
    }
  }
  // Children come after their base in pre-order, so walking it backwards settles them first.
  for (let i = preorder.length - 1; i >= 0; i--) {
    const k = preorder[i]!;
    if (needed[k] === 1 || wanted(k)) {
      needed[k] = 1;
      continue;
    }
    for (let c = childStart[k]!; c < childStart[k + 1]!; c++) {
      if (needed[children[c]!] === 1) {
        needed[k] = 1;
        break;
      }
    }
  }
  return needed;
}

/** Trees as `claims` hands them out, heaviest first (every thread sorts them alike). */
function* claimedRoots(roots: number[], claims: RootClaims, weight: (k: number) => number): Generator<number> {
  const weighted = roots.map((k) => ({ k, w: weight(k) })).sort((a, b) => b.w - a.w || a.k - b.k);
  const total = weighted.reduce((sum, r) => sum + r.w, 0);
  for (;;) {
    const i = claims.next(weighted.length, total);
    if (i >= weighted.length) return;
    yield weighted[i]!.k;
  }
}

/** A tree's work, roughly: its root's size once per object rebuilt in it (versions of a file are about that big). */
function treeWeight(root: number, sizes: Float64Array, childStart: Int32Array, children: Int32Array, isNeeded: (k: number) => boolean): number {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const k = stack.pop()!;
    count++;
    for (let c = childStart[k]!; c < childStart[k + 1]!; c++) if (isNeeded(children[c]!)) stack.push(children[c]!);
  }
  return sizes[root]! * count + 256;
}

/** Position of `offset` among the sorted entry offsets, or -2 if no entry starts there. */
function positionOf(sorted: Float64Array, offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -2;
}

