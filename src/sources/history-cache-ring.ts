/**
 * Where a scanner's version cache puts each blob: one fixed buffer used as a ring, blobs laid end to
 * end and the oldest overwritten first. A fixed buffer means no allocation and no garbage however much
 * history streams through (a copy per cached blob cost the workers more in garbage collection than the
 * copy itself). Pure arithmetic, so history-scan.ts runs the same rule to know which blobs a worker holds.
 */
export interface CacheRing {
  /** Place a blob: its offset in the ring (-1 when it is too big to keep). Calls `onEvict` for each blob it overwrites. */
  place(oid: string, size: number): number;
  has(oid: string): boolean;
  /** Offset of a cached blob, or -1. */
  offsetOf(oid: string): number;
}

export function createCacheRing(capacity: number, onEvict?: (oid: string) => void): CacheRing {
  /** Offsets of the cached blobs, for lookups. */
  const entries = new Map<string, number>();
  // The same blobs oldest first, as a queue of parallel arrays with a moving head: eviction takes from
  // the head. (Iterating the Map from its start instead walked over every slot deleted since its last
  // rehash, on every placement.)
  let oids: string[] = [];
  let ats: number[] = [];
  let sizes: number[] = [];
  let head = 0;
  let pos = 0;
  const evictWhile = (overlaps: (at: number, size: number) => boolean) => {
    while (head < oids.length && overlaps(ats[head]!, sizes[head]!)) {
      const oid = oids[head]!;
      entries.delete(oid);
      onEvict?.(oid);
      head++;
    }
    if (head > 1024 && head * 2 > oids.length) {
      oids = oids.slice(head);
      ats = ats.slice(head);
      sizes = sizes.slice(head);
      head = 0;
    }
  };
  return {
    place(oid, size) {
      if (size > capacity || entries.has(oid)) return -1;
      if (pos + size > capacity) {
        // Wrap: the previous lap's blobs after the write position are the oldest; they go first.
        const tail = pos;
        evictWhile((at) => at >= tail);
        pos = 0;
      }
      const start = pos;
      evictWhile((at, n) => at < start + size && at + n > start);
      entries.set(oid, start);
      oids.push(oid);
      ats.push(start);
      sizes.push(size);
      pos = start + size;
      return start;
    },
    has: (oid) => entries.has(oid),
    offsetOf: (oid) => entries.get(oid) ?? -1,
  };
}
