import { isAscii } from 'node:buffer';
import type { Finding } from '../engine/types.js';
import { keywordLevel, type RescanMargins } from './rescan-margins.js';

/**
 * Most commits change a few lines of a file: its new blob shares long runs with the blob it replaced.
 * When one of the pair has been scanned, the other needs only its changes rescanned: findings within a
 * margin of a change (the widest window of the rules whose keywords occur in the pair) come from the
 * rescan, which also reads a margin of context beyond them; all others are the partner's, with lines
 * shifted. The result is the blob's complete list of findings, as a full scan would give, for a fraction
 * of the work.
 */

/** Below this size, or when the ranges to rescan are more than this share of the blob, scan it whole. */
export const MIN_BYTES = 4 * 1024;
const MAX_SHARE = 0.75;

/** A run of identical bytes: `length` bytes at `x` in the new blob and at `p` in the partner. */
export interface Segment {
  x: number;
  p: number;
  length: number;
}

/** What to scan of blob `x` given a partner scanned before: byte offsets only (lines are counted lazily). */
export interface RescanPlan {
  /**
   * Where x's findings come from the rescan: every change, widened to whole lines, plus the margin each
   * side (on line boundaries). Elsewhere a finding is more than its rule's window away from any change,
   * so it is the partner's. Disjoint, in order.
   */
  zones: { start: number; end: number }[];
  /**
   * Byte ranges of x to scan: each zone plus the margin again each side, so that a finding inside a
   * zone has its whole window scanned (whether or not the change touches it). Disjoint, in order.
   */
  ranges: { start: number; end: number }[];
  /** Identical runs shared with the partner, in order in both blobs. */
  segments: Segment[];
}

/** Bytes a resync probe takes from the new blob, and how far it looks for them in the partner. */
const PROBE = 48;
const SEARCH_WINDOW = 256 * 1024;
const RESYNC_TRIES = 16;

/**
 * Length of the common run of a[i..] and b[j..]: native compares of growing blocks (most pairs share
 * long runs), narrowed by halving at the first difference, then bytes. Compares take offsets, so no
 * views are allocated.
 */
export function commonRun(a: Buffer, i: number, b: Buffer, j: number): number {
  const n = Math.min(a.length - i, b.length - j);
  let k = 0;
  let block = 4096;
  while (block >= 64) {
    if (k + block <= n && b.compare(a, i + k, i + k + block, j + k, j + k + block) === 0) {
      k += block;
      if (block < 1 << 20) block *= 2;
    } else block >>= 1;
    if (k + block > n && block >= 64) block = Math.max(32, 1 << (31 - Math.clz32(Math.max(1, n - k))));
  }
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

/** A rescan plan for x (undefined: scan it whole), and x's keyword level for when x is a partner itself. */
export interface PairPlan {
  plan: RescanPlan | undefined;
  /** An upper bound of the highest margin level whose keywords occur in x; undefined when not worked out. */
  level: number | undefined;
}

/**
 * Plan a partial rescan of `x` against `partner`, or none when scanning x whole is the better deal.
 * `partnerLevel` bounds the partner's keyword level (see keywordLevel): x's own is then bounded by it and
 * by the changed bytes, since a keyword in x lies in a shared run (so is in the partner) or overlaps a change.
 */
export function planRescan(x: Buffer, partner: Buffer, margins: RescanMargins, partnerLevel: () => number): PairPlan {
  if (x.length < MIN_BYTES || partner.length < MIN_BYTES) return { plan: undefined, level: undefined };
  return planFromSegments(x, partner, matchSegments(x, partner), margins, partnerLevel);
}

/**
 * planRescan with the identical runs already known (say, from the copy instructions of a git delta):
 * `segments` must be in order in both blobs and each run byte-identical. `partnerLevel` may instead be
 * the pair's level itself (the higher of both blobs' exact levels), when their keyword hits are known.
 */
export function planFromSegments(x: Buffer, partner: Buffer, segments: Segment[], margins: RescanMargins, partnerLevel: (() => number) | number): PairPlan {
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
  let level = typeof partnerLevel === 'number' ? partnerLevel : partnerLevel();
  const reach = margins.longestKeyword;
  for (const [a, b] of changes) {
    if (level === margins.chars.length - 1 || typeof partnerLevel === 'number') break;
    level = Math.max(level, keywordLevel(margins, x, Math.max(0, a - reach), Math.min(x.length, b + reach)));
  }
  // Windows count UTF-16 units: in bytes that is the same for ASCII text, at most three times more otherwise.
  const margin = (isAscii(x) && isAscii(partner) ? 1 : 3) * margins.chars[level]!;
  const zones: { start: number; end: number }[] = [];
  const ranges: { start: number; end: number }[] = [];
  let total = 0;
  const add = (list: { start: number; end: number }[], start: number, end: number): number => {
    const last = list[list.length - 1];
    if (last && start <= last.end) {
      const grown = Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
      return grown;
    }
    list.push({ start, end });
    return end - start;
  };
  for (const [a, b] of changes) {
    const zoneStart = lineStart(x, lineStart(x, a) - margin);
    const zoneEnd = lineEnd(x, lineEnd(x, b) + margin);
    add(zones, zoneStart, zoneEnd);
    total += add(ranges, lineStart(x, zoneStart - margin), lineEnd(x, zoneEnd + margin));
    if (total > x.length * MAX_SHARE) return { plan: undefined, level };
  }
  return { plan: { zones, ranges, segments }, level };
}

/** Start of the line holding byte `at` (0 before the start). */
function lineStart(x: Buffer, at: number): number {
  return at <= 0 ? 0 : x.lastIndexOf(10, at - 1) + 1;
}

/** End (just after the LF) of the line holding the byte before `at`: `at` itself when it starts a line. */
function lineEnd(x: Buffer, at: number): number {
  if (at >= x.length) return x.length;
  if (at <= 0 || x[at - 1] === 10) return Math.max(0, at);
  const nl = x.indexOf(10, at);
  return nl === -1 ? x.length : nl + 1;
}

/** The rescanned ranges' and zones' lines and a line map of the runs: counted only for blobs with findings. */
export interface PlanLines {
  /** 1-based line of each range's start, and the line just after its end, in x. */
  ranges: { startLine: number; endLine: number }[];
  /** The same for each zone. */
  zones: { startLine: number; endLine: number }[];
  /** Per run: first line in x and in the partner (of the bytes at `x` and `p`), and the partner's line of its last byte. */
  segments: { xLine: number; pLine: number; pEndLine: number }[];
}

/**
 * One sweep over x for every offset whose line is needed, and over the partner only between runs: a run's
 * bytes are the same in both, so its line count is too. (Counting each list in its own pass over both blobs
 * read about four times as many bytes; in a history whose every version has a finding somewhere, that was
 * a tenth of the scan.)
 */
export function planLines(plan: RescanPlan, x: Uint8Array, partner: Uint8Array): PlanLines {
  const offsets: number[] = [];
  for (const r of plan.ranges) offsets.push(r.start, r.end);
  for (const z of plan.zones) offsets.push(z.start, z.end);
  for (const s of plan.segments) offsets.push(s.x, s.x + s.length);
  const sorted = Float64Array.from(offsets).sort();
  const lineOf = new Map<number, number>();
  // Most blobs hold no CR: their lines are LFs only, and a second search per stretch is saved.
  const xCr = x.indexOf(13) !== -1;
  const pCr = partner.indexOf(13) !== -1;
  let pos = 0;
  let line = 1;
  for (const offset of sorted) {
    line += countLines(x, pos, offset, xCr);
    pos = offset;
    lineOf.set(offset, line);
  }
  const ranges = plan.ranges.map((r) => ({ startLine: lineOf.get(r.start)!, endLine: lineOf.get(r.end)! }));
  const zones = plan.zones.map((z) => ({ startLine: lineOf.get(z.start)!, endLine: lineOf.get(z.end)! }));
  let pPos = 0;
  let pLine = 1;
  const segments = plan.segments.map((s) => {
    pLine += countLines(partner, pPos, s.p, pCr);
    const start = pLine;
    // A run's bytes are the same in both blobs, and so are its line breaks, bar a last CR: whether it
    // ends a line depends on the byte after the run, which may differ.
    const last = s.x + s.length - 1;
    const crEnds = (bytes: Uint8Array, at: number) => (bytes[at] === 13 && bytes[at + 1] !== 10 ? 1 : 0);
    pLine += lineOf.get(s.x + s.length)! - lineOf.get(s.x)! - crEnds(x, last) + crEnds(partner, s.p + s.length - 1);
    pPos = s.p + s.length;
    // The line of the run's last byte: a run ending with a line break does not hold the line after it
    // (when x ends there, no zone covers that line, and a partner finding on it would land past x's end).
    const endsLine = partner[s.p + s.length - 1] === 10 || crEnds(partner, s.p + s.length - 1) === 1;
    return { xLine: lineOf.get(s.x)!, pLine: start, pEndLine: endsLine ? pLine - 1 : pLine };
  });
  return { ranges, zones, segments };
}

/**
 * x's findings: those of the rescanned ranges (each scanned as if it started at line 1, so shifted here)
 * that start in a zone, plus the partner's that fall in a shared run and, mapped into x, start outside
 * every zone (so farther than their rule's window from any change: same text, same context). Findings
 * scanned outside the zones are dropped: there the partner's are complete, and the scan's may lack context.
 * `path` and `blobId` become x's.
 */
export function mergeFindings(lines: PlanLines, scanned: readonly (readonly Finding[])[], partner: readonly Finding[], path: string, blobId: string): Finding[] {
  const out: Finding[] = [];
  const inZone = (line: number) => lines.zones.some((z) => line >= z.startLine && line < z.endLine);
  for (const f of partner) {
    const s = lines.segments.find((seg) => f.line >= seg.pLine && f.line <= seg.pEndLine);
    if (!s) continue;
    const line = f.line - s.pLine + s.xLine;
    if (!inZone(line)) out.push({ ...f, path, blobId, line, endLine: f.endLine - s.pLine + s.xLine });
  }
  scanned.forEach((found, k) => {
    const base = lines.ranges[k]!.startLine - 1;
    for (const f of found) if (inZone(f.line + base)) out.push({ ...f, line: f.line + base, endLine: f.endLine + base });
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Line breaks in bytes[start, end) as the locator counts them (engine/locate.ts): each LF, and each CR
 * not followed by a LF (looked up past `end` too, so that counts add up across adjacent stretches: a
 * CRLF split between two is counted once, at its LF). `hasCr` says whether the blob holds a CR at all.
 */
export function countLines(bytes: Uint8Array, start: number, end: number, hasCr = true): number {
  // Native searches: a byte loop over every version of a long file was a visible share of history's CPU.
  // The view ends at `end`, so a search never runs on past it (a long line would make that quadratic).
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(end, bytes.byteLength));
  let n = 0;
  for (let i = b.indexOf(10, start); i !== -1; i = b.indexOf(10, i + 1)) n++;
  if (hasCr) for (let i = b.indexOf(13, start); i !== -1; i = b.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) n++;
  return n;
}
