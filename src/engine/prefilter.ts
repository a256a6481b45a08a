/**
 * The keyword prefilter: one pass over the text with an Aho-Corasick automaton (a full DFA over
 * case-folded ASCII) reports where any rule keyword occurs. Rules whose keywords never occur are
 * never run; the others run only in windows around their hits. Measured here: this gate is what
 * takes 150 rules from ~1 MB/s (every regex over every byte) to over 100 MB/s.
 */

const ALPHABET = 128;
const FOLD = new Uint8Array(ALPHABET);
for (let c = 0; c < ALPHABET; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

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

export function createPrefilter(keywords: readonly string[]): Prefilter {
  // Trie as a growable list of ALPHABET-wide rows; -1 = no edge yet.
  const rows: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = FOLD[keyword.charCodeAt(i) & 0x7f]!;
      let next = rows[state]![c]!;
      if (next === -1) {
        next = rows.length;
        rows.push(new Int32Array(ALPHABET).fill(-1));
        outputs.push([]);
        rows[state]![c] = next;
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  // Breadth-first: fill failure transitions so every state has an edge for every symbol (a DFA).
  const states = rows.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const next = rows[0]![c]!;
    if (next === -1) delta[c] = 0;
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
    for (let c = 0; c < ALPHABET; c++) {
      const next = rows[state]![c]!;
      if (next === -1) delta[state * ALPHABET + c] = delta[fail[state]! * ALPHABET + c]!;
      else {
        delta[state * ALPHABET + c] = next;
        fail[next] = delta[fail[state]! * ALPHABET + c]!;
        queue.push(next);
      }
    }
  }
  // Renumber so that states with output come last (one comparison tells "a keyword ends here"), store
  // rows pre-multiplied by ALPHABET and fold case into the table: the hot loop is one load per character.
  // Measured on 168 MB of npm packages: about twice the speed of a FOLD lookup plus a hasOutput load.
  const order = [...Array(states).keys()].sort((a, b) => Number(outputs[a]!.length > 0) - Number(outputs[b]!.length > 0) || a - b);
  const renumbered = new Int32Array(states);
  order.forEach((old, now) => (renumbered[old] = now));
  const table = new Int32Array(states * ALPHABET);
  const emits: number[][] = new Array(states);
  for (let s = 0; s < states; s++) {
    const row = renumbered[s]! * ALPHABET;
    emits[renumbered[s]!] = outputs[s]!;
    for (let c = 0; c < ALPHABET; c++) table[row + c] = renumbered[delta[s * ALPHABET + FOLD[c]!]!]! * ALPHABET;
  }
  const firstEmitting = order.findIndex((s) => outputs[s]!.length > 0);
  const emitFrom = firstEmitting === -1 ? states * ALPHABET : firstEmitting * ALPHABET;

  return {
    keywords,
    search(text) {
      let capacity = 64;
      let keyword = new Int32Array(capacity);
      let end = new Int32Array(capacity);
      let count = 0;
      let state = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const code = text.charCodeAt(i);
        // Non-ASCII characters map to NUL, which no keyword contains: the automaton resets.
        state = table[state + (code < ALPHABET ? code : 0)]!;
        if (state >= emitFrom) {
          for (const k of emits[state / ALPHABET]!) {
            if (count === capacity) {
              capacity *= 2;
              const k2 = new Int32Array(capacity);
              k2.set(keyword);
              keyword = k2;
              const e2 = new Int32Array(capacity);
              e2.set(end);
              end = e2;
            }
            keyword[count] = k;
            end[count] = i + 1;
            count++;
          }
        }
      }
      return { count, keyword, end };
    },
  };
}
