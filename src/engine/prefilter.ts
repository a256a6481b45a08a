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
 */

const ASCII = 128;
/** Texts at least this long are searched in two passes at once (shorter ones: the split costs more). */
const TWO_PASSES_FROM = 2048;

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

  // Trie as a growable list of rows; -1 = no edge yet.
  const rows: Int32Array[] = [new Int32Array(width).fill(-1)];
  const outputs: number[][] = [[]];
  keywordClasses.forEach((classes, index) => {
    let state = 0;
    for (const c of classes) {
      let next = rows[state]![c]!;
      if (next === -1) {
        next = rows.length;
        rows.push(new Int32Array(width).fill(-1));
        outputs.push([]);
        rows[state]![c] = next;
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  // Breadth-first: fill failure transitions so every state has an edge for every class (a DFA).
  // Class 0 occurs in no keyword, so it always falls back to the root.
  const states = rows.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const next = rows[0]![c]!;
    if (next <= 0) delta[c] = 0;
    else {
      delta[c] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const out = outputs[state]!;
    for (const k of outputs[fail[state]!]!) if (!out.includes(k)) out.push(k);
    for (let c = 0; c < width; c++) {
      const next = rows[state]![c]!;
      if (next === -1) delta[state * width + c] = delta[fail[state]! * width + c]!;
      else {
        delta[state * width + c] = next;
        fail[next] = delta[fail[state]! * width + c]!;
        queue.push(next);
      }
    }
  }

  // Renumber so that states with output come last, and pre-multiply by the row width.
  const order = [...Array(states).keys()].sort((a, b) => Number(outputs[a]!.length > 0) - Number(outputs[b]!.length > 0) || a - b);
  const renumbered = new Int32Array(states);
  order.forEach((old, now) => (renumbered[old] = now));
  const table = new Int32Array(states * width);
  const emits: number[][] = new Array(states);
  for (let s = 0; s < states; s++) {
    const row = renumbered[s]! * width;
    emits[renumbered[s]!] = outputs[s]!;
    for (let c = 0; c < width; c++) table[row + c] = renumbered[delta[s * width + c]!]! * width;
  }
  const firstEmitting = order.findIndex((s) => outputs[s]!.length > 0);
  const emitFrom = firstEmitting === -1 ? states * width : firstEmitting * width;

  const maxLength = Math.max(1, ...keywords.map((k) => k.length));
  // Emitting states and the positions just past them, as pairs, for each of the two passes; kept
  // between searches and grown as needed, so the hot loops allocate nothing.
  let first = new Int32Array(256);
  let second = new Int32Array(256);
  const grow = (pairs: Int32Array) => {
    const bigger = new Int32Array(pairs.length * 2);
    bigger.set(pairs);
    return bigger;
  };

  return {
    keywords,
    search(text) {
      const n = text.length;
      // The second pass starts maxLength - 1 characters before the middle: from the middle on, every
      // keyword that can end there lies within what it has read, so its state is the single pass's.
      const mid = n >= TWO_PASSES_FROM && n >= 4 * maxLength ? n >> 1 : n;
      const secondStart = Math.max(0, mid - maxLength + 1);
      const warmUp = mid - secondStart;
      let na = 0;
      let nb = 0;
      let a = 0;
      let b = 0;
      let i = 0;
      if (mid < n) {
        for (; i < mid; i++) {
          a = table[a + classOf[text.charCodeAt(i)]!]!;
          b = table[b + classOf[text.charCodeAt(secondStart + i)]!]!;
          if (a >= emitFrom) {
            if (na + 2 > first.length) first = grow(first);
            first[na++] = a;
            first[na++] = i + 1;
          }
          if (b >= emitFrom && i >= warmUp) {
            if (nb + 2 > second.length) second = grow(second);
            second[nb++] = b;
            second[nb++] = secondStart + i + 1;
          }
        }
        for (let j = secondStart + i; j < n; j++) {
          b = table[b + classOf[text.charCodeAt(j)]!]!;
          if (b >= emitFrom) {
            if (nb + 2 > second.length) second = grow(second);
            second[nb++] = b;
            second[nb++] = j + 1;
          }
        }
      } else {
        for (; i < n; i++) {
          a = table[a + classOf[text.charCodeAt(i)]!]!;
          if (a >= emitFrom) {
            if (na + 2 > first.length) first = grow(first);
            first[na++] = a;
            first[na++] = i + 1;
          }
        }
      }
      let count = 0;
      for (let h = 0; h < na; h += 2) count += emits[first[h]! / width]!.length;
      for (let h = 0; h < nb; h += 2) count += emits[second[h]! / width]!.length;
      const keyword = new Int32Array(Math.max(1, count));
      const end = new Int32Array(Math.max(1, count));
      let c = 0;
      for (let h = 0; h < na; h += 2) {
        for (const k of emits[first[h]! / width]!) {
          keyword[c] = k;
          end[c++] = first[h + 1]!;
        }
      }
      for (let h = 0; h < nb; h += 2) {
        for (const k of emits[second[h]! / width]!) {
          keyword[c] = k;
          end[c++] = second[h + 1]!;
        }
      }
      return { count, keyword, end };
    },
  };
}
