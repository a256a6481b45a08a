/**
 * How far around a change a blob is rescanned (see history-incremental.ts): the margins by level, and
 * the search that tells which level a blob's text needs.
 */
/** What the margin of a rescan depends on: a rule's (or decoder's) keywords and context window. */
export interface MarginRule {
  keywords: readonly string[];
  before?: number;
  after?: number;
}

/**
 * Margins by level. A finding depends only on its rule's window around a keyword hit (before + keyword +
 * after, widened to whole lines), so a change can only affect findings of a rule within that distance,
 * and only if the rule's keyword is there at all. Most rules look a few hundred characters around their
 * keyword; a few (PEM keys, JWTs, Kubernetes Secrets) look 8 to 32 KB ahead. Those wide windows would
 * set the margin for every blob, so rules are grouped by window into levels, and a blob pair is
 * rescanned with the margin of the highest level whose keywords occur in either blob.
 */
export interface RescanMargins {
  /** Margin in characters per level, increasing; level 0 applies to every blob. */
  chars: number[];
  /** The highest level with a keyword in bytes[start, end) (see keywordLevel). */
  levelIn(bytes: Uint8Array, start: number, end: number): number;
  /** Longest keyword: a keyword that overlaps a changed region lies within this distance of it. */
  longestKeyword: number;
  /** The level a keyword (of any case) sets: 0 for one no wider rule lists. */
  levelOfWord(word: string): number;
}

/** Window defaults of compile-rule.ts, for rules that set none. */
const DEFAULT_BEFORE = 256;
const DEFAULT_AFTER = 512;
/** Upper bounds of the levels' margins (characters); rules beyond the last bound form the top level. */
const LEVEL_BOUNDS = [1200, 4096];

export function rescanMargins(rules: readonly MarginRule[], bounds: readonly number[] = LEVEL_BOUNDS): RescanMargins {
  const longestKeyword = Math.max(1, ...rules.flatMap((r) => r.keywords.map((k) => k.length)));
  const marginOf = (r: MarginRule) => (r.before ?? DEFAULT_BEFORE) + (r.after ?? DEFAULT_AFTER) + longestKeyword;
  const levelOf = (m: number) => {
    const i = bounds.findIndex((b) => m <= b);
    return i === -1 ? bounds.length : i;
  };
  const chars: number[] = [];
  const levelOfWord = new Map<string, number>();
  for (const rule of rules) {
    const m = marginOf(rule);
    const level = levelOf(m);
    chars[level] = Math.max(chars[level] ?? 0, m);
    // A rule without keywords runs everywhere: its window applies to every blob.
    if (rule.keywords.length === 0) chars[0] = Math.max(chars[0] ?? 0, m);
    for (const word of rule.keywords) {
      const w = word.toLowerCase();
      levelOfWord.set(w, Math.max(level, levelOfWord.get(w) ?? 0));
    }
  }
  const out: number[] = [];
  for (let l = 0; l < Math.max(1, chars.length); l++) out.push(Math.max(chars[l] ?? 0, out[l - 1] ?? 0));
  const words = [...levelOfWord].filter(([, l]) => l > 0);
  return { chars: out, levelIn: createKeywordLevels(words, out.length - 1), longestKeyword, levelOfWord: (word) => levelOfWord.get(word.toLowerCase()) ?? 0 };
}

/**
 * A case-insensitive search for a few dozen ASCII keywords in one pass: a bit set of every case variant
 * of each keyword's first three bytes marks candidate places, which are then compared in full. A regex
 * alternation of the same keywords with the `i` flag took half as long again; this runs over every blob
 * that has no partner.
 */
function createKeywordLevels(words: readonly [string, number][], top: number): RescanMargins['levelIn'] {
  const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  const bits = new Uint32Array(1 << 19);
  const byPrefix = new Map<number, { bytes: Uint8Array; level: number }[]>();
  const short: { bytes: Uint8Array; level: number }[] = [];
  for (const [word, level] of words) {
    const bytes = Buffer.from(word, 'latin1');
    if (bytes.length < 3) {
      short.push({ bytes, level });
      continue;
    }
    const key = (bytes[0]! << 16) | (bytes[1]! << 8) | bytes[2]!;
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), { bytes, level }]);
    // Every case variant of the three bytes (the word is lower-cased already).
    for (let v = 0; v < 8; v++) {
      const b = [0, 1, 2].map((i) => (v & (1 << i) && bytes[i]! >= 97 && bytes[i]! <= 122 ? bytes[i]! - 32 : bytes[i]!));
      const k = (b[0]! << 16) | (b[1]! << 8) | b[2]!;
      bits[k >>> 5]! |= 1 << (k & 31);
    }
  }
  const matchesAt = (text: Uint8Array, at: number, end: number, word: Uint8Array) => {
    if (at + word.length > end) return false;
    for (let i = 0; i < word.length; i++) if (fold(text[at + i]!) !== word[i]) return false;
    return true;
  };
  return (text, start, end) => {
    let level = 0;
    for (const w of short) {
      // One- and two-byte keywords: rare in rules; searched plainly.
      for (let i = start; i < end && level < w.level; i++) if (matchesAt(text, i, end, w.bytes)) level = w.level;
    }
    let key = 0;
    for (let i = start; i < end; i++) {
      key = ((key << 8) | text[i]!) & 0xffffff;
      if ((bits[key >>> 5]! & (1 << (key & 31))) === 0 || i - start < 2) continue;
      const at = i - 2;
      const candidates = byPrefix.get((fold(text[at]!) << 16) | (fold(text[at + 1]!) << 8) | fold(text[at + 2]!));
      for (const c of candidates ?? []) {
        if (c.level > level && matchesAt(text, at, end, c.bytes)) {
          level = c.level;
          if (level === top) return level;
        }
      }
    }
    return level;
  };
}

/** The highest level with a keyword (of any case) in bytes[start, end): 0 when none of the wider rules' are there. */
export function keywordLevel(margins: RescanMargins, bytes: Uint8Array, start = 0, end = bytes.length): number {
  return end <= start ? 0 : margins.levelIn(bytes, start, end);
}
