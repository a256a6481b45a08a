import type { KeywordHits } from '../engine/prefilter.js';
import type { Finding, Fragment } from '../engine/types.js';
import { MAX_NAMED_FILE_CHARS } from '../engine/named-file.js';
import { isAscii } from 'node:buffer';
import { carryHits, hitsWithin, levelOfHits, type KeywordFacts } from './carried-hits.js';
import { matchSegments, MIN_BYTES, mergeFindings, planFromSegments, planLines, type RescanPlan, type Segment } from './history-incremental.js';
import { keywordLevel, type RescanMargins } from './rescan-margins.js';
import { createCacheRing } from './history-cache-ring.js';

/** Blobs larger than this are not kept for their next version (they are rare and would crowd the cache). */
export const CACHE_BLOB_BYTES = 2 * 1024 * 1024;

/** Whether a blob of this size is kept for its next version: smaller ones are always scanned whole. */
export function isCacheable(size: number): boolean {
  return size >= MIN_BYTES && size <= CACHE_BLOB_BYTES;
}

/** Scans whole blobs one after another, rescanning a blob only where it differs from a cached partner. */
export interface VersionScanner {
  /**
   * The blob's complete findings. With `partner` (a version of the same file scanned earlier by this
   * scanner, if it is still cached), only the places near their differences are rescanned.
   */
  scanBlob(oid: string, path: string, bytes: Buffer, partner?: string): Finding[];
}

interface Cached extends ScannedVersion {
  /** Where its bytes are in the ring. */
  at: number;
  size: number;
}

/**
 * The version cache and the rescan of history-incremental.ts, run where the scanning runs (each worker
 * thread has one). Its partner was scanned by the same scanner before it, so the partner's findings are
 * always known: no waiting. The cache keeps the most recent cacheable blobs in a ring of `cacheBytes`
 * (history-cache-ring.ts); history-scan.ts runs the same ring to know which scanner holds which blob.
 */
export function createVersionScanner(scan: (fragment: Fragment, hits?: KeywordHits) => Finding[], margins: RescanMargins, cacheBytes: number, facts?: KeywordFacts): VersionScanner {
  const cache = new Map<string, Cached>();
  const ring = createCacheRing(cacheBytes, (oid) => cache.delete(oid));
  let store: Buffer | undefined;

  function remember(oid: string, bytes: Buffer, findings: Finding[], level: number | undefined, hits: KeywordHits | undefined): void {
    if (!isCacheable(bytes.length)) return;
    const at = ring.place(oid, bytes.length);
    if (at === -1) return;
    store ??= Buffer.allocUnsafeSlow(cacheBytes);
    bytes.copy(store, at);
    cache.set(oid, { at, size: bytes.length, findings, level, hits });
  }

  return {
    scanBlob(oid, path, bytes, partner) {
      const p = partner === undefined ? undefined : cache.get(partner);
      const pBytes = p && store!.subarray(p.at, p.at + p.size);
      const scanned = scanVersion(bytes, oid, path, p && { bytes: pBytes!, scanned: p, samePath: true }, () => runsOf(matchSegments(bytes, pBytes!)), scan, margins, facts);
      remember(oid, bytes, scanned.findings, scanned.level, scanned.hits);
      return scanned.findings;
    },
  };
}

/** Identical runs found by comparing two versions: in order already, so they are the chain too. */
function runsOf(segments: Segment[]): PairRuns {
  return { copies: segments, chain: segments };
}

/** What a scanned version leaves for the next one: its findings, keyword level and (ASCII text) keyword hits. */
export interface ScannedVersion {
  findings: Finding[];
  /** Keyword level (rescan-margins.ts): exact when `hits` are known, else a bound or not worked out yet. */
  level: number | undefined;
  hits: KeywordHits | undefined;
}

/** The identical runs a pair of versions shares: every one, and a chain of them in order in both. */
export interface PairRuns {
  copies: Segment[];
  chain: Segment[];
}

/**
 * A version's findings, as a whole scan would give them: rescanned near its differences from `partner`
 * (scanned before; its findings carry over only if it was scanned at the same path, since rules read
 * paths) where that pays, else scanned whole. With keyword facts, an ASCII version's keyword hits are
 * carried from an ASCII partner's through the shared runs (carried-hits.ts) or searched once, and handed
 * to the scan. `runs` is called at most once, and only when needed. Both pipelines scan versions this
 * way: the version cache here (runs from comparing the two) and the pack reader (runs from the delta).
 */
export function scanVersion(
  x: Buffer,
  oid: string,
  path: string,
  partner: { bytes: Buffer; scanned: ScannedVersion; samePath: boolean } | undefined,
  runs: () => PairRuns,
  scan: (fragment: Fragment, hits?: KeywordHits) => Finding[],
  margins: RescanMargins,
  facts?: KeywordFacts,
): ScannedVersion {
  let pair: PairRuns | undefined;
  const pairRuns = () => (pair ??= runs());
  const ascii = facts !== undefined && isAscii(x);
  const big = x.length >= MIN_BYTES;
  let hits: KeywordHits | undefined;
  let level: number | undefined;
  let findings: Finding[] | undefined;
  const p = partner?.scanned;
  // A short text is searched whole: as cheap as finding its runs.
  if (ascii && big && p?.hits) {
    hits = carryHits(x, pairRuns().copies, p.hits, facts.search, facts.length, facts.inLines);
    level = levelOfHits(hits, facts.level);
  }
  if (partner && p && partner.samePath && big && partner.bytes.length >= MIN_BYTES) {
    const pairLevel = hits ? Math.max(level!, p.level!) : () => (p.level ??= keywordLevel(margins, partner.bytes));
    const paired = planFromSegments(x, partner.bytes, pairRuns().chain, margins, pairLevel);
    if (!hits) level = paired.level;
    if (paired.plan) findings = rescanPlanned(scan, paired.plan, oid, path, x, partner.bytes, p.findings, hits && { all: hits, keywordLength: facts!.length });
  }
  if (!findings) {
    const text = x.toString(ascii ? 'latin1' : 'utf8');
    if (ascii && !hits) {
      hits = facts.search.search(text);
      level = levelOfHits(hits, facts.level);
    }
    findings = scan({ path, blobId: oid, text, startLine: 1, startColumn: 0 }, hits);
  }
  return { findings, level, hits };
}

/**
 * A blob's findings from its planned ranges and its partner's findings (see history-incremental.ts).
 * `hits`, when known, are the blob's keyword hits (carried-hits.ts), and its text is ASCII.
 */
export function rescanPlanned(scan: (fragment: Fragment, hits?: KeywordHits) => Finding[], plan: RescanPlan, oid: string, path: string, bytes: Buffer, partner: Buffer, partnerFindings: Finding[], hits?: { all: KeywordHits; keywordLength: ArrayLike<number> }): Finding[] {
  // Each range is scanned as if it started at line 1: real lines are counted only if something is found.
  const found = plan.ranges.map((r) => {
    const within = hits && hitsWithin(hits.all, r.start, r.end, hits.keywordLength);
    // No keyword, no finding: only a named file's values are read without one, and only in a short text.
    if (within?.count === 0 && r.end - r.start > MAX_NAMED_FILE_CHARS) return [];
    return scan({ path, blobId: oid, text: bytes.toString(hits ? 'latin1' : 'utf8', r.start, r.end), startLine: 1, startColumn: 0 }, within);
  });
  return partnerFindings.length === 0 && found.every((f) => f.length === 0) ? [] : mergeFindings(planLines(plan, bytes, partner), found, partnerFindings, path, oid);
}
