import { isAscii } from 'node:buffer';
import type { Finding } from '../engine/types.js';

/**
 * Most commits change a few lines of a file: its new blob shares a long prefix and suffix with the blob it
 * replaced. When one of the pair has been scanned, the other needs only the changed middle scanned, plus
 * a margin on both sides so a secret (and the context window a rule looks at) crossing the edit is seen
 * whole; findings in the shared prefix and suffix are the partner's, with suffix lines shifted. The result
 * is the blob's complete list of findings, as a full scan would give, for a fraction of the work.
 */

/**
 * Default bytes of unchanged text rescanned on each side of an edit. The history scan passes its own,
 * from the rules: whatever a finding depends on lies within its rule's window (before + after, each
 * widened by at most a line reach of 1024), so a finding farther than that from every change is the same
 * in both blobs.
 */
export const RESCAN_MARGIN = 16 * 1024;
/** Below this size, or when the ranges to rescan are more than this share of the blob, scan it whole. */
const MIN_BYTES = 8 * 1024;
const MAX_SHARE = 0.85;

/** The margin the rules need, in characters: their widest window plus a line reach on each side. */
export function rescanMargin(windows: readonly { before?: number; after?: number }[]): number {
  const widest = Math.max(256 + 512, ...windows.map((w) => (w.before ?? 256) + (w.after ?? 512)));
  return widest + 2 * 1024;
}

/** A run of identical bytes: `length` bytes at `x` in the new blob and at `p` in the partner. */
export interface Segment {
  x: number;
  p: number;
  length: number;
}

/** What to scan of blob `x` given a partner scanned before: byte offsets only (lines are counted lazily). */
export interface RescanPlan {
  /** Byte ranges of x to scan: every change plus RESCAN_MARGIN each side, on line boundaries, disjoint, in order. */
  ranges: { start: number; end: number }[];
  /** Identical runs shared with the partner, in order in both blobs. */
  segments: Segment[];
}

/** Bytes a resync probe takes from the new blob, and how far it looks for them in the partner. */
const PROBE = 48;
const SEARCH_WINDOW = 256 * 1024;
const RESYNC_TRIES = 16;

/** Length of the common run of a[i..] and b[j..] (native block compares, then bytes). */
export function commonRun(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  const n = Math.min(a.length - i, b.length - j);
  let k = 0;
  const block = 4096;
  while (k + block <= n && Buffer.compare(a.subarray(i + k, i + k + block), b.subarray(j + k, j + k + block)) === 0) k += block;
  while (k < n && a[i + k] === b[j + k]) k++;
  return k;
}

/**
 * Identical runs of x and p, found greedily: extend a run while bytes agree; at a difference, take a
 * probe from one of the next lines of x and look for it ahead in p (a native search) to resynchronise.
 * Every run is verified byte for byte, so a poor alignment costs speed, never correctness.
 */
export function matchSegments(x: Buffer, p: Buffer): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < p.length) {
    const run = commonRun(x, i, p, j);
    if (run > 0) {
      segments.push({ x: i, p: j, length: run });
      i += run;
      j += run;
      continue;
    }
    let found = false;
    // Probes at line starts further and further ahead (64 bytes, 128, 256, ...), so an inserted block of
    // any size is stepped over in a few tries; a deletion is found ahead in p.
    for (let t = 0; t < RESYNC_TRIES && !found; t++) {
      const nl = x.indexOf(10, i + (t === 0 ? 0 : 32 << t));
      if (nl === -1 || nl + 1 + PROBE > x.length) break;
      const k = nl + 1;
      const at = p.subarray(j, j + SEARCH_WINDOW).indexOf(x.subarray(k, k + PROBE));
      if (at !== -1) {
        i = k;
        j += at;
        found = true;
      }
    }
    if (!found) break;
  }
  return segments;
}

/** Plan a partial rescan of `x` against `partner`, or undefined when scanning x whole is the better deal. */
export function planRescan(x: Buffer, partner: Buffer, marginChars = RESCAN_MARGIN): RescanPlan | undefined {
  if (x.length < MIN_BYTES || partner.length < MIN_BYTES) return undefined;
  // Windows count UTF-16 units: in bytes that is the same for ASCII text, at most three times more otherwise.
  const margin = isAscii(x) && isAscii(partner) ? marginChars : 3 * marginChars;
  const segments = matchSegments(x, partner);
  // Changes are the gaps between runs (in x, possibly empty for a pure deletion), and the ends.
  const changes: [number, number][] = [];
  let xe = 0;
  let pe = 0;
  for (const s of segments) {
    if (s.x > xe || s.p > pe) changes.push([xe, s.x]);
    xe = s.x + s.length;
    pe = s.p + s.length;
  }
  if (xe < x.length || pe < partner.length) changes.push([xe, x.length]);
  const ranges: { start: number; end: number }[] = [];
  let total = 0;
  for (const [a, b] of changes) {
    let start = Math.max(0, a - margin);
    start = start === 0 ? 0 : x.lastIndexOf(10, start - 1) + 1;
    let end = Math.min(x.length, b + margin);
    if (end < x.length) {
      const nl = x.indexOf(10, end);
      end = nl === -1 ? x.length : nl + 1;
    }
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) {
      total += Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
    } else {
      ranges.push({ start, end });
      total += end - start;
    }
    if (total > x.length * MAX_SHARE) return undefined;
  }
  return { ranges, segments };
}

/** The rescanned ranges' first lines and a line map of the runs: counted only for blobs with findings. */
export interface PlanLines {
  /** 1-based line of each range's start, and the line just after its end, in x. */
  ranges: { startLine: number; endLine: number }[];
  /** Per run: first line in x and in the partner (of the bytes at `x` and `p`), and the partner's last line. */
  segments: { xLine: number; pLine: number; pEndLine: number }[];
}

export function planLines(plan: RescanPlan, x: Uint8Array, partner: Uint8Array): PlanLines {
  const lineAt = (bytes: Uint8Array) => {
    let pos = 0;
    let line = 1;
    return (offset: number) => {
      line += countLines(bytes, pos, offset);
      pos = offset;
      return line;
    };
  };
  const inX = lineAt(x);
  const ranges = plan.ranges.map((r) => ({ startLine: inX(r.start), endLine: inX(r.end) }));
  const segX = lineAt(x);
  const segP = lineAt(partner);
  const segments = plan.segments.map((s) => ({ xLine: segX(s.x), pLine: segP(s.p), pEndLine: segP(s.p + s.length) }));
  return { ranges, segments };
}

/**
 * x's findings: those of the rescanned ranges (each scanned as if it started at line 1, so shifted here),
 * plus the partner's that fall in a shared run and, mapped into x, outside every rescanned range (so more
 * than the margin from any change: same text, same context). `path` and `blobId` become x's.
 */
export function mergeFindings(lines: PlanLines, scanned: readonly (readonly Finding[])[], partner: readonly Finding[], path: string, blobId: string): Finding[] {
  const out: Finding[] = [];
  const rescanned = (line: number) => lines.ranges.some((r) => line >= r.startLine && line < r.endLine);
  for (const f of partner) {
    const s = lines.segments.find((seg) => f.line >= seg.pLine && f.line <= seg.pEndLine);
    if (!s) continue;
    const line = f.line - s.pLine + s.xLine;
    if (!rescanned(line)) out.push({ ...f, path, blobId, line, endLine: f.endLine - s.pLine + s.xLine });
  }
  scanned.forEach((found, k) => {
    const base = lines.ranges[k]!.startLine - 1;
    for (const f of found) out.push({ ...f, line: f.line + base, endLine: f.endLine + base });
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Number of LF bytes in bytes[start, end). */
export function countLines(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i] === 10) n++;
  return n;
}
