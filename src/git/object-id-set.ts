/** A set of git object ids, compact enough for every blob of a very large history. */
export interface ObjectIdSet {
  /** Adds the id; true when it was not there yet. */
  add(oid: string): boolean;
  has(oid: string): boolean;
  readonly size: number;
}

const WORDS = 3;

/**
 * An open-addressing hash set over the first 96 bits of each id, in one typed array: 12 bytes an id
 * instead of ~80 for a JavaScript Set of 40-character strings, so ten million blobs fit in ~200 MB.
 * Ids are SHA-1 (or SHA-256) digests: 96 bits of one never collide in practice (odds ~1e-15 at 10^7 ids),
 * and their bits are already uniform, so the first word is the hash.
 */
export function createObjectIdSet(initialCapacity = 1 << 16): ObjectIdSet {
  let capacity = initialCapacity;
  let table = new Uint32Array(capacity * WORDS);
  let size = 0;
  let hasZero = false; // the all-zero key marks an empty slot, so it is tracked apart

  const key = (oid: string): [number, number, number] => [parseInt(oid.slice(0, 8), 16) >>> 0, parseInt(oid.slice(8, 16), 16) >>> 0, parseInt(oid.slice(16, 24), 16) >>> 0];

  function find(t: Uint32Array, cap: number, a: number, b: number, c: number): number {
    const mask = cap - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      const x = t[at]!;
      const y = t[at + 1]!;
      const z = t[at + 2]!;
      if ((x === a && y === b && z === c) || (x === 0 && y === 0 && z === 0)) return at;
    }
  }

  function grow(): void {
    const old = table;
    capacity *= 2;
    table = new Uint32Array(capacity * WORDS);
    for (let at = 0; at < old.length; at += WORDS) {
      const a = old[at]!;
      const b = old[at + 1]!;
      const c = old[at + 2]!;
      if (a === 0 && b === 0 && c === 0) continue;
      const to = find(table, capacity, a, b, c);
      table[to] = a;
      table[to + 1] = b;
      table[to + 2] = c;
    }
  }

  return {
    add(oid) {
      const [a, b, c] = key(oid);
      if (a === 0 && b === 0 && c === 0) {
        if (hasZero) return false;
        hasZero = true;
        size++;
        return true;
      }
      const at = find(table, capacity, a, b, c);
      if (table[at] === a && table[at + 1] === b && table[at + 2] === c) return false;
      table[at] = a;
      table[at + 1] = b;
      table[at + 2] = c;
      size++;
      if (size * 4 > capacity * 3) grow();
      return true;
    },
    has(oid) {
      const [a, b, c] = key(oid);
      if (a === 0 && b === 0 && c === 0) return hasZero;
      const at = find(table, capacity, a, b, c);
      return table[at] === a && table[at + 1] === b && table[at + 2] === c;
    },
    get size() {
      return size;
    },
  };
}
