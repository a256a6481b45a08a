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
  /** Cached blobs, oldest first: also in ring order from the write position on. */
  const entries = new Map<string, { at: number; size: number }>();
  let pos = 0;
  const evictWhile = (overlaps: (at: number, size: number) => boolean) => {
    for (const [oid, e] of entries) {
      if (!overlaps(e.at, e.size)) break;
      entries.delete(oid);
      onEvict?.(oid);
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
      entries.set(oid, { at: start, size });
      pos = start + size;
      return start;
    },
    has: (oid) => entries.has(oid),
    offsetOf: (oid) => entries.get(oid)?.at ?? -1,
  };
}
