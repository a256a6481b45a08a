/**
 * The keyword prefilter: one pass over the text with an Aho-Corasick automaton (a full DFA over
 * case-folded ASCII) reports where any rule keyword occurs. Rules whose keywords never occur are
 * never run; the others run only in windows around their hits. Measured here: this gate is what
 * takes 150 rules from ~1 MB/s (every regex over every byte) to over 100 MB/s.
 *
 * The hot loop is two loads per character: the character's class, then the next state. Characters
 * that appear in no keyword share class 0 (non-ASCII ones included), so a row is as wide as the
 * keywords' alphabet (about 50), not 128: with 500+ keywords the table then fits in cache (measured
 * on 168 MB of npm packages: ~400 MB/s with 128-wide rows, ~590 MB/s with classes). Rows are stored
 * pre-multiplied by their width, and states that end a keyword are numbered last, so "a keyword ends
 * here" is one comparison.
 *
 * Each step waits on the previous step's table load, so one pass cannot go faster than the load
 * latency. Texts of a few KB and more are therefore searched by two passes at once, one over each
 * half, whose loads overlap: measured on the 168 MB bench tree, the search took a third less time
 * (0.30 s instead of 0.45 s, warm). Four passes were slower than two (too many live values).
 * The loops run in small functions called per 16 KB segment: one loop over a whole 2 MB text ran
 * its first text at a tenth of the speed (V8 replaced its code mid-loop, then dropped it at the
 * first branch not yet taken).
 */

const ASCII = 128;
/** Texts at least this long are searched in two passes at once (shorter ones: the split costs more). */
const TWO_PASSES_FROM = 2048;
/** Characters per call of the inner loops. */
const SEGMENT = 16 * 1024;

export interface KeywordHits {
  /** Number of hits recorded. */
  count: number;
  /** keyword index of hit i. */
  keyword: Int32Array;
  /** Index just past the end of hit i's keyword in the text. */
  end: Int32Array;
}

export interface Prefilter {
  readonly keywords: readonly string[];
  /** Every occurrence of every keyword in `text`, in order of end position. */
  search(text: string): KeywordHits;
  /**
   * Every occurrence of every keyword inside each of `ranges` (flat [start, end, ...] pairs, in order,
   * disjoint) of a byte text, as offsets into `bytes`: one occurrence never spans two ranges. Bytes
   * are taken as characters, so offsets are string offsets only for ASCII text. (History reuses a
   * version's hits for the next and searches only around the bytes that changed: see carried-hits.ts.)
   */
  searchRanges(bytes: Uint8Array, ranges: readonly number[]): KeywordHits;
  /** The longest keyword's length. */
  readonly maxLength: number;
}

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export function createPrefilter(keywords: readonly string[]): Prefilter {
  // Character classes: 1..n for the (case-folded) ASCII characters keywords use, 0 for every other
  // UTF-16 unit. A non-ASCII character in a keyword gets a class no text character maps to: such a
  // keyword never matches, as non-ASCII text resets the automaton.
  const classOf = new Uint8Array(65536);
  let width = 1;
  const keywordClasses = keywords.map((keyword) => {
    const classes: number[] = [];
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (code >= ASCII) {
        classes.push(-1);
        continue;
      }
      const c = fold(code);
      if (classOf[c] === 0) {
        classOf[c] = width++;
        if (c !== code) classOf[code] = classOf[c]!;
      }
      classes.push(classOf[c]!);
    }
    return classes;
  });
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
  const never = width++;
  for (const classes of keywordClasses) for (let i = 0; i < classes.length; i++) if (classes[i] === -1) classes[i] = never;

  // Trie with its edges as lists (class, child), built keyword by keyword.
  const edges: number[][] = [[]];
  const outputs: number[][] = [[]];
  keywordClasses.forEach((classes, index) => {
    if (classes.length === 0) return; // an empty keyword would match everywhere; the indexOf search skips it too
    let state = 0;
    for (const c of classes) {
      const list = edges[state]!;
      let next = -1;
      for (let e = 0; e < list.length; e += 2) if (list[e] === c) next = list[e + 1]!;
      if (next === -1) {
        next = edges.length;
        edges.push([]);
        outputs.push([]);
        list.push(c, next);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });
  const states = edges.length;

  // Breadth-first: failure links (the longest proper suffix that is also a trie path) and outputs
  // (a state's own keywords, then its failure state's, which end at the same place and are shorter).
  const fail = new Int32Array(states);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const list = edges[state]!;
    for (let e = 0; e < list.length; e += 2) {
      const c = list[e]!;
      const child = list[e + 1]!;
      let f = fail[state]!;
      let target = 0;
      if (state !== 0) {
        for (;;) {
          const fl = edges[f]!;
          let found = -1;
          for (let g = 0; g < fl.length; g += 2) if (fl[g] === c) found = fl[g + 1]!;
          if (found !== -1) {
            target = found;
            break;
          }
          if (f === 0) break;
          f = fail[f]!;
        }
      }
      fail[child] = target;
      const out = outputs[child]!;
      for (const k of outputs[target]!) if (!out.includes(k)) out.push(k);
      queue.push(child);
    }
  }

  // Number the states breadth-first with those that end a keyword last, so "a keyword ends here" is one
  // comparison, and fill the table row by row in breadth-first order: a row is its failure state's row
  // (already filled, as that state is shallower) with the state's own edges written over it. Copying
  // rows natively keeps the build at a few milliseconds in a fresh worker, where a loop over every
  // entry ran before the JIT had compiled it (30 ms for 850 keywords).
  const number = new Int32Array(states);
  let next = 0;
  for (const s of queue) if (outputs[s]!.length === 0) number[s] = next++;
  const emitFrom = next * width;
  for (const s of queue) if (outputs[s]!.length > 0) number[s] = next++;
  const table = new Int32Array(states * width);
  const emits: number[][] = new Array(states);
  for (const s of queue) {
    const row = number[s]! * width;
    emits[number[s]!] = outputs[s]!;
    if (s !== 0) table.copyWithin(row, number[fail[s]!]! * width, number[fail[s]!]! * width + width);
    const list = edges[s]!;
    for (let e = 0; e < list.length; e += 2) table[row + list[e]!] = number[list[e + 1]!]! * width;
  }

  const maxLength = Math.max(1, ...keywords.map((k) => k.length));
  // Emitting states and the positions just past them, as pairs, for each of the two passes; kept
  // between searches and grown between segments, so the loops neither allocate nor branch to code
  // that has never run (which would throw optimised code away in the middle of a 2 MB text).
  let first: Int32Array = new Int32Array(4 * SEGMENT);
  let second: Int32Array = new Int32Array(4 * SEGMENT);
  const grow = (pairs: Int32Array, needed: number): Int32Array => {
    if (needed <= pairs.length) return pairs;
    const bigger = new Int32Array(Math.max(needed, pairs.length * 2));
    bigger.set(pairs);
    return bigger;
  };
  /** The passes' states and pair counts, carried from one segment to the next: [a, b, na, nb]. */
  const registers = new Int32Array(4);

  /** Pass A over text[from, to) and pass B over the same stretch `offset` further on. */
  function twoPasses(text: string, from: number, to: number, offset: number, emitBFrom: number, pa: Int32Array, pb: Int32Array): void {
    let a = registers[0]!;
    let b = registers[1]!;
    let na = registers[2]!;
    let nb = registers[3]!;
    for (let i = from; i < to; i++) {
      a = table[a + classOf[text.charCodeAt(i)]!]!;
      b = table[b + classOf[text.charCodeAt(offset + i)]!]!;
      if (a >= emitFrom) {
        pa[na++] = a;
        pa[na++] = i + 1;
      }
      if (b >= emitFrom && i >= emitBFrom) {
        pb[nb++] = b;
        pb[nb++] = offset + i + 1;
      }
    }
    registers[0] = a;
    registers[1] = b;
    registers[2] = na;
    registers[3] = nb;
  }

  /** One pass over text[from, to), with the state and count in registers[slot] and registers[slot + 2]. */
  function onePass(text: string, from: number, to: number, slot: 0 | 1, pairs: Int32Array): void {
    let s = registers[slot]!;
    let count = registers[slot + 2]!;
    for (let i = from; i < to; i++) {
      s = table[s + classOf[text.charCodeAt(i)]!]!;
      if (s >= emitFrom) {
        pairs[count++] = s;
        pairs[count++] = i + 1;
      }
    }
    registers[slot] = s;
    registers[slot + 2] = count;
  }

  function search(text: string): KeywordHits {
    const n = text.length;
    registers.fill(0);
    // The second pass starts maxLength - 1 characters before the middle: from the middle on, every
    // keyword that can end there lies within what it has read, so its state is the single pass's.
    const mid = n >= TWO_PASSES_FROM && n >= 4 * maxLength ? n >> 1 : n;
    const offset = Math.max(0, mid - maxLength + 1);
    const warmUp = mid - offset;
    // Segments bound how many pairs a call can add (one per character), so capacity is checked here.
    for (let i = 0; i < mid; i += SEGMENT) {
      const to = Math.min(mid, i + SEGMENT);
      first = grow(first, registers[2]! + 2 * (to - i));
      if (mid === n) onePass(text, i, to, 0, first);
      else {
        second = grow(second, registers[3]! + 2 * (to - i));
        twoPasses(text, i, to, offset, warmUp, first, second);
      }
    }
    for (let j = offset + mid; j < n; j += SEGMENT) {
      const to = Math.min(n, j + SEGMENT);
      second = grow(second, registers[3]! + 2 * (to - j));
      onePass(text, j, to, 1, second);
    }
    return hitsOf(first, registers[2]!, second, mid < n ? registers[3]! : 0);
  }

  /** The keywords emitted at each (state, end) pair of two lists, the first list's before the second's. */
  function hitsOf(a: Int32Array, na: number, b: Int32Array, nb: number): KeywordHits {
    let count = 0;
    for (let h = 0; h < na; h += 2) count += emits[a[h]! / width]!.length;
    for (let h = 0; h < nb; h += 2) count += emits[b[h]! / width]!.length;
    const keyword = new Int32Array(Math.max(1, count));
    const end = new Int32Array(Math.max(1, count));
    let c = 0;
    for (const [pairs, n] of [[a, na], [b, nb]] as const) {
      for (let h = 0; h < n; h += 2) {
        for (const k of emits[pairs[h]! / width]!) {
          keyword[c] = k;
          end[c++] = pairs[h + 1]!;
        }
      }
    }
    return { count, keyword, end };
  }

  function searchRanges(bytes: Uint8Array, ranges: readonly number[]): KeywordHits {
    let pairs = new Int32Array(64);
    let n = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      const from = ranges[r]!;
      const to = ranges[r + 1]!;
      let s = 0;
      for (let i = from; i < to; i++) {
        s = table[s + classOf[bytes[i]!]!]!;
        if (s >= emitFrom) {
          if (n + 2 > pairs.length) {
            const bigger = new Int32Array(pairs.length * 2);
            bigger.set(pairs);
            pairs = bigger;
          }
          pairs[n++] = s;
          pairs[n++] = i + 1;
        }
      }
    }
    return hitsOf(pairs, n, pairs, 0);
  }

  // Run every path of the loops once, on the keywords themselves, before V8 optimises them: code
  // optimised before a path has run is thrown away when that path first runs (measured: 13 such
  // restarts of the two-pass loop in one scan of the bench tree, each a recompile).
  const sample = keywords.join(' ');
  search(sample.repeat(Math.ceil((2 * TWO_PASSES_FROM) / (sample.length + 1))));
  search(sample.slice(0, TWO_PASSES_FROM - 1));
  return { keywords, search, searchRanges, maxLength };
}
