import type { Finding } from '../engine/types.js';

/**
 * Most commits change a few lines of a file: its new blob shares a long prefix and suffix with the blob it
 * replaced. When one of the pair has been scanned, the other needs only the changed middle scanned, plus
 * a margin on both sides so a secret (and the context window a rule looks at) crossing the edit is seen
 * whole; findings in the shared prefix and suffix are the partner's, with suffix lines shifted. The result
 * is the blob's complete list of findings, as a full scan would give, for a fraction of the work.
 */

/** Bytes of unchanged text rescanned on each side of an edit: at least a secret's length plus the widest rule window. */
export const RESCAN_MARGIN = 16 * 1024;
/** Below this size, or when the middle to rescan is more than this share of the blob, scan it whole. */
const MIN_BYTES = 8 * 1024;
const MAX_SHARE = 0.5;

/** What to scan of blob `x` given a partner blob scanned before: byte offsets only (lines are counted lazily). */
export interface RescanPlan {
  /** Byte range of x to scan (start at a line start, inside the shared prefix). */
  start: number;
  end: number;
  /** Where x's range end falls in the partner (the shared suffix starts there in both). */
  endPartner: number;
}

/** Line numbers of a plan's boundaries, counted only when some finding needs mapping. */
export interface PlanLines {
  /** 1-based line of `start` (the same line in both blobs). */
  startLine: number;
  /** First line after the rescanned range, in x and in the partner. */
  endLineX: number;
  endLinePartner: number;
}

/** Length of the common prefix of two buffers (native block compares, then bytes). */
export function commonPrefix(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  const block = 4096;
  while (i + block <= n && Buffer.compare(a.subarray(i, i + block), b.subarray(i, i + block)) === 0) i += block;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Length of the common suffix of two buffers, at most `limit`. */
export function commonSuffix(a: Uint8Array, b: Uint8Array, limit: number): number {
  const n = Math.min(a.length, b.length, limit);
  let i = 0;
  const block = 4096;
  while (i + block <= n && Buffer.compare(a.subarray(a.length - i - block, a.length - i), b.subarray(b.length - i - block, b.length - i)) === 0) i += block;
  while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Number of LF bytes in bytes[start, end). */
export function countLines(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i] === 10) n++;
  return n;
}

/** Plan a partial rescan of `x` against `partner`, or undefined when scanning x whole is the better deal. */
export function planRescan(x: Uint8Array, partner: Uint8Array): RescanPlan | undefined {
  if (x.length < MIN_BYTES || partner.length < MIN_BYTES) return undefined;
  const prefix = commonPrefix(x, partner);
  const suffix = commonSuffix(x, partner, Math.min(x.length, partner.length) - prefix);
  let start = Math.max(0, prefix - RESCAN_MARGIN);
  // Start at a line start so columns stay right; the line is inside the shared prefix.
  const lineStart = start === 0 ? 0 : x.lastIndexOf(10, start - 1) + 1;
  start = lineStart;
  let endX = Math.min(x.length, x.length - suffix + RESCAN_MARGIN);
  // End just after a line end, at the same distance from the end in both blobs (inside the shared suffix).
  if (endX < x.length) {
    const nl = x.indexOf(10, endX);
    endX = nl === -1 ? x.length : nl + 1;
  }
  if (endX - start > x.length * MAX_SHARE) return undefined;
  const endPartner = partner.length - (x.length - endX);
  if (endPartner < start) return undefined;
  return { start, end: endX, endPartner };
}

/** Count the plan's boundary lines (a pass over both blobs: done only for blobs with findings). */
export function planLines(plan: RescanPlan, x: Uint8Array, partner: Uint8Array): PlanLines {
  const startLine = 1 + countLines(x, 0, plan.start);
  return { startLine, endLineX: startLine + countLines(x, plan.start, plan.end), endLinePartner: startLine + countLines(partner, plan.start, plan.endPartner) };
}

/**
 * x's findings: those of the rescanned range (scanned as if it started at line 1, so shifted here), plus
 * the partner's that start before the range (same lines) or after it (shifted by the change in line
 * count). `path` and `blobId` become x's.
 */
export function mergeFindings(lines: PlanLines, scanned: readonly Finding[], partner: readonly Finding[], path: string, blobId: string): Finding[] {
  const shift = lines.endLineX - lines.endLinePartner;
  const out: Finding[] = [];
  for (const f of partner) {
    if (f.line < lines.startLine) out.push({ ...f, path, blobId });
    else if (f.line >= lines.endLinePartner) out.push({ ...f, path, blobId, line: f.line + shift, endLine: f.endLine + shift });
  }
  const base = lines.startLine - 1;
  for (const f of scanned) {
    const line = f.line + base;
    if (line < lines.endLineX) out.push({ ...f, line, endLine: f.endLine + base });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
