import type { KeywordHits } from '../engine/prefilter.js';
import type { Finding, Fragment } from '../engine/types.js';
import { MAX_NAMED_FILE_CHARS } from '../engine/named-file.js';
import { isAscii } from 'node:buffer';
import { carryHits, hitsWithin, levelOfHits, type KeywordFacts } from './carried-hits.js';
import { matchSegments, MIN_BYTES, mergeFindings, planFromSegments, planLines, planRescan, type RescanPlan } from './history-incremental.js';
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

interface Cached {
  /** Where its bytes are in the ring. */
  at: number;
  size: number;
  findings: Finding[];
  /** Keyword level (see rescan-margins.ts): worked out when first needed, since most blobs are never a partner. */
  level: number | undefined;
  /** An ASCII text's keyword hits, when `facts` were given (then `level` is exact): carried into its next version. */
  hits: KeywordHits | undefined;
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
      let findings: Finding[] | undefined;
      let level: number | undefined;
      // Keyword hits, for an ASCII text when facts were given: carried from the partner's (its shared
      // runs are copies), or searched once and handed to the scan (carried-hits.ts).
      const ascii = facts !== undefined && isAscii(bytes);
      let hits: KeywordHits | undefined;
      if (p) {
        const pBytes = store!.subarray(p.at, p.at + p.size);
        if (ascii && p.hits && bytes.length >= MIN_BYTES && pBytes.length >= MIN_BYTES) {
          const segments = matchSegments(bytes, pBytes);
          hits = carryHits(bytes, segments, p.hits, facts.search, facts.length, facts.inLines);
          level = levelOfHits(hits, facts.level);
          const { plan } = planFromSegments(bytes, pBytes, segments, margins, Math.max(level, p.level!));
          if (plan) findings = rescanPlanned(scan, plan, oid, path, bytes, pBytes, p.findings, { all: hits, keywordLength: facts.length });
        } else {
          const paired = planRescan(bytes, pBytes, margins, () => (p.level ??= keywordLevel(margins, pBytes)));
          level = paired.level;
          const plan = paired.plan;
          if (plan) findings = rescanPlanned(scan, plan, oid, path, bytes, pBytes, p.findings);
        }
      }
      if (!findings) {
        const text = bytes.toString(ascii ? 'latin1' : 'utf8');
        if (ascii && !hits) {
          hits = facts.search.search(text);
          level = levelOfHits(hits, facts.level);
        }
        findings = scan({ path, blobId: oid, text, startLine: 1, startColumn: 0 }, hits);
      }
      remember(oid, bytes, findings, level, hits);
      return findings;
    },
  };
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
