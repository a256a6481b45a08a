import { createPrefilter, type KeywordHits, type Prefilter } from './prefilter.js';

/**
 * Below this many characters searched in total, keywords are found with one native `indexOf` per
 * keyword instead of the automaton. Building the automaton for a full rule pack costs ~15 ms in a
 * cold process (it runs once, before the JIT warms up); the indexOf search costs about 1 ms per 3 KB
 * of text with ~350 rules. A pre-commit hook scanning one changed file must not pay for the build.
 */
const BUILD_AFTER_CHARS = 16 * 1024;
/**
 * What one search costs beyond its characters, counted as this many characters: one indexOf per keyword
 * however short the text. Measured before this was counted: 450 one-line files (7 KB) took 75 ms of
 * indexOf, five times the automaton's build, because each file stayed under the character threshold.
 */
const CHARS_PER_SEARCH = 512;

export interface LazyPrefilterOptions {
  /** Search this many characters with indexOf before building the automaton (0 = build at once). */
  buildAfterChars?: number;
  /** Each search counts as this many characters more (see CHARS_PER_SEARCH). */
  charsPerSearch?: number;
}

/**
 * A prefilter that gives exactly the automaton's hits, in its order, but builds the automaton only
 * once enough text has been searched to repay it; until then it searches each keyword natively.
 */
export function createLazyPrefilter(keywords: readonly string[], options: LazyPrefilterOptions = {}): Prefilter {
  const threshold = options.buildAfterChars ?? BUILD_AFTER_CHARS;
  const perSearch = options.charsPerSearch ?? CHARS_PER_SEARCH;
  let automaton: Prefilter | undefined;
  let needles: Buffer[] | undefined;
  let searched = 0;
  return {
    keywords,
    maxLength: Math.max(1, ...keywords.map((k) => k.length)),
    searchRanges(bytes, ranges) {
      automaton ??= createPrefilter(keywords);
      return automaton.searchRanges(bytes, ranges);
    },
    search(text) {
      if (!automaton) {
        searched += text.length + perSearch;
        if (searched <= threshold) return searchEach((needles ??= keywords.map(foldedNeedle)), text);
        automaton = createPrefilter(keywords);
      }
      return automaton.search(text);
    },
  };
}

/** ASCII case folding as the automaton does it; every non-ASCII character becomes NUL, which no keyword holds. */
function fold(code: number): number {
  if (code >= 128) return 0;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The automaton's hits, in its order (by end position, then longest keyword first), found with one
 * native search per keyword over an ASCII-folded byte copy of the text (one byte per UTF-16 unit, so
 * byte offsets are string offsets).
 */
/** A keyword as searchEach looks for it: folded, one byte per character. */
function foldedNeedle(keyword: string): Buffer {
  const needle = Buffer.allocUnsafe(keyword.length);
  for (let i = 0; i < keyword.length; i++) needle[i] = fold(keyword.charCodeAt(i) & 0x7f);
  return needle;
}

function searchEach(needles: readonly Buffer[], text: string): KeywordHits {
  const n = text.length;
  const folded = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) folded[i] = fold(text.charCodeAt(i));
  const found: { k: number; end: number; len: number }[] = [];
  needles.forEach((needle, k) => {
    if (needle.length === 0 || needle.length > n) return;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) found.push({ k, end: at + needle.length, len: needle.length });
  });
  found.sort((a, b) => a.end - b.end || b.len - a.len || a.k - b.k);
  const keyword = new Int32Array(Math.max(1, found.length));
  const end = new Int32Array(Math.max(1, found.length));
  found.forEach((h, i) => {
    keyword[i] = h.k;
    end[i] = h.end;
  });
  return { count: found.length, keyword, end };
}
