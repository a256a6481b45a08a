import type { KeywordHits, Prefilter } from '../engine/prefilter.js';
import type { Segment } from './history-incremental.js';
import type { RescanMargins } from './rescan-margins.js';

/** What carrying hits needs of a keyword search, by keyword index. */
export interface KeywordFacts {
  search: Pick<Prefilter, 'search' | 'searchRanges' | 'maxLength'>;
  length: Int32Array;
  /** The margin level each keyword sets (rescan-margins.ts). */
  level: Uint8Array;
  /** No keyword holds a line end (see carryHits). */
  inLines: boolean;
}

export function keywordFacts(search: KeywordFacts['search'] & Pick<Prefilter, 'keywords'>, margins: RescanMargins): KeywordFacts {
  const { keywords } = search;
  return {
    search,
    length: Int32Array.from(keywords, (k) => k.length),
    level: Uint8Array.from(keywords, (k) => margins.levelOfWord(k)),
    inLines: !keywords.some((k) => k.includes('\n')),
  };
}

/**
 * A version's keyword hits from the version it was made from. Most of a delta is copied from its base,
 * and a keyword that lies wholly inside one copy is a hit of the base there; only keywords that touch
 * an inserted byte or a seam between two copies can be new. So the hits are the base's, carried through
 * the copies, plus a search of the inserted bytes and the seams, a keyword's length either side. On
 * tmux that searches about a fifth of the text the rescans scan, and nothing of a delta scanned whole.
 *
 * Offsets are bytes: the result is a string search's hits only for ASCII text (both versions).
 */
export function carryHits(
  x: Uint8Array,
  copies: readonly Segment[],
  base: KeywordHits,
  search: Pick<Prefilter, 'searchRanges' | 'maxLength'>,
  keywordLength: ArrayLike<number>,
  /** No keyword holds a LF: a search then stops at line ends (git edits whole lines, so most seams need none). */
  keywordsInLines = false,
): KeywordHits {
  const n = x.length;
  const reach = search.maxLength - 1;
  // Around every insert and every seam (copies are joined where they continue each other in the base).
  const regions: number[] = [];
  const around = (a: number, b: number) => {
    let from = Math.max(0, a - reach);
    let to = Math.min(n, b + reach);
    if (keywordsInLines) {
      for (let i = a - 1; i >= from; i--) if (x[i] === 10) from = i + 1;
      for (let i = b; i < to; i++) if (x[i] === 10) to = i;
      // A keyword across a seam holds the bytes either side of it: not if either is a line end.
      if (a === b && (from === a || to === a)) return;
    }
    const last = regions.length - 1;
    if (last > 0 && from <= regions[last]!) regions[last] = Math.max(regions[last]!, to);
    else regions.push(from, to);
  };
  let at = 0;
  for (const c of copies) {
    if (c.x > at || at > 0) around(at, c.x);
    at = c.x + c.length;
  }
  if (at < n || copies.length === 0) around(at, n);
  const fresh = search.searchRanges(x, regions);

  // The base's hits inside each copy, moved to the copy's place: in order of end, as copies are in order.
  const carriedKeyword: number[] = [];
  const carriedEnd: number[] = [];
  for (const c of copies) {
    const pEnd = c.p + c.length;
    for (let i = firstEndAfter(base, c.p); i < base.count && base.end[i]! <= pEnd; i++) {
      const k = base.keyword[i]!;
      if (base.end[i]! - keywordLength[k]! < c.p) continue;
      carriedKeyword.push(k);
      carriedEnd.push(base.end[i]! - c.p + c.x);
    }
  }

  // Merge, leaving out a searched hit that lies inside one copy (it was carried). At one end, longer
  // keywords first, as the automaton reports them.
  const total = carriedKeyword.length + fresh.count;
  const keyword = new Int32Array(Math.max(1, total));
  const end = new Int32Array(Math.max(1, total));
  let count = 0;
  let i = 0;
  let j = 0;
  const carried = carriedKeyword.length;
  while (i < carried || j < fresh.count) {
    let takeFresh = i >= carried;
    if (!takeFresh && j < fresh.count) {
      const a = carriedEnd[i]!;
      const b = fresh.end[j]!;
      const ka = carriedKeyword[i]!;
      const kb = fresh.keyword[j]!;
      takeFresh = b < a || (b === a && (keywordLength[kb]! > keywordLength[ka]! || (keywordLength[kb]! === keywordLength[ka]! && kb < ka)));
    }
    if (takeFresh) {
      const k = fresh.keyword[j]!;
      const e = fresh.end[j++]!;
      if (insideOneCopy(copies, e - keywordLength[k]!, e)) continue;
      keyword[count] = k;
      end[count++] = e;
    } else {
      keyword[count] = carriedKeyword[i]!;
      end[count++] = carriedEnd[i++]!;
    }
  }
  return { count, keyword, end };
}

/** The hits that lie wholly inside [start, end), as offsets from `start`. */
export function hitsWithin(hits: KeywordHits, start: number, end: number, keywordLength: ArrayLike<number>): KeywordHits {
  const keyword: number[] = [];
  const ends: number[] = [];
  for (let i = firstEndAfter(hits, start); i < hits.count && hits.end[i]! <= end; i++) {
    const k = hits.keyword[i]!;
    if (hits.end[i]! - keywordLength[k]! < start) continue;
    keyword.push(k);
    ends.push(hits.end[i]! - start);
  }
  return { count: keyword.length, keyword: Int32Array.from(keyword.length > 0 ? keyword : [0]), end: Int32Array.from(ends.length > 0 ? ends : [0]) };
}

/** The highest margin level (rescan-margins.ts) of any keyword hit: `levelOf` by keyword index. */
export function levelOfHits(hits: KeywordHits, levelOf: ArrayLike<number>): number {
  let level = 0;
  for (let i = 0; i < hits.count; i++) level = Math.max(level, levelOf[hits.keyword[i]!]!);
  return level;
}

/** Index of the first hit whose end is past `offset` (hits are in order of end). */
function firstEndAfter(hits: KeywordHits, offset: number): number {
  let lo = 0;
  let hi = hits.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) lies inside a single copy (copies are in order of x and disjoint). */
function insideOneCopy(copies: readonly Segment[], start: number, end: number): boolean {
  let lo = 0;
  let hi = copies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (copies[mid]!.x + copies[mid]!.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = copies[lo];
  return c !== undefined && c.x <= start && end <= c.x + c.length;
}
