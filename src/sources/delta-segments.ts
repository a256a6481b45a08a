import { forEachDeltaOp, readDeltaHeader } from '../git/apply-delta.js';
import type { Segment } from './history-incremental.js';

/** Above this many copies, keep the in-order ones greedily instead of choosing the best chain. */
const MAX_CHAIN_COPIES = 512;

/**
 * The identical runs of a blob and its delta base, read off the delta's copy instructions instead of
 * comparing the two (a copy of `length` bytes from base offset `p` to result offset `x` is such a run).
 * history-incremental.ts needs runs in order in both blobs; git copies from anywhere in the base (a
 * repeated line, a moved block), so only an in-order chain of copies is kept, the one covering the most
 * bytes; the others count as changes, which costs a wider rescan, never a wrong finding. Adjacent copies
 * (git splits long copies at 64 KiB) are joined.
 */
export function deltaSegments(delta: Buffer): Segment[] {
  return inOrderChain(deltaCopies(delta));
}

/** Every copy of a delta, in order of the result; copies that continue one another in both blobs joined. */
export function deltaCopies(delta: Buffer): Segment[] {
  const copies: Segment[] = [];
  forEachDeltaOp(delta, readDeltaHeader(delta), (copy, from, length, to) => {
    if (!copy) return;
    const last = copies[copies.length - 1];
    if (last && last.x + last.length === to && last.p + last.length === from) last.length += length;
    else copies.push({ x: to, p: from, length });
  });
  return copies;
}

/** The in-order runs deltaSegments keeps of a delta's copies (from deltaCopies). */
export function inOrderChain(copies: Segment[]): Segment[] {
  return copies.length > MAX_CHAIN_COPIES ? greedyChain(copies) : heaviestChain(copies);
}


/** Copies are in order of x already; keep those whose base ranges follow one another, by most bytes. */
function heaviestChain(copies: Segment[]): Segment[] {
  const n = copies.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  // The pairwise loop reads typed arrays, not the copies' fields: a third of the time on tmux's deltas.
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = copies[i]!.p;
    ends[i] = copies[i]!.p + copies[i]!.length;
  }
  let top = -1;
  for (let i = 0; i < n; i++) {
    const length = ends[i]! - starts[i]!;
    const start = starts[i]!;
    let b = length;
    let from = -1;
    for (let j = 0; j < i; j++) {
      if (ends[j]! <= start && best[j]! + length > b) {
        b = best[j]! + length;
        from = j;
      }
    }
    best[i] = b;
    prev[i] = from;
    if (top === -1 || b > best[top]!) top = i;
  }
  const chain: Segment[] = [];
  for (let i = top; i !== -1; i = prev[i]!) chain.push(copies[i]!);
  return chain.reverse();
}

function greedyChain(copies: Segment[]): Segment[] {
  const chain: Segment[] = [];
  let pEnd = 0;
  for (const c of copies) {
    if (c.p >= pEnd) {
      chain.push(c);
      pEnd = c.p + c.length;
    }
  }
  return chain;
}
