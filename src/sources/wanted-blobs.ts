/**
 * The blobs a history audit wants read from packs, as every scanning thread sees them: ids (20 bytes each)
 * and first paths (UTF-8, end offsets beside), in shared memory. As strings (40 hex digits and a path per
 * blob, end to end) each thread got its own copy, and split the paths into one string per blob: ~20 MB
 * across the threads on trufflehog's 57,000 blobs, for paths that are read only for the few thousand
 * blobs a thread scans.
 */
export interface SharedWantedBlobs {
  count: number;
  ids: SharedArrayBuffer;
  paths: SharedArrayBuffer;
  /** Where each blob's path ends in `paths` (Uint32, one per blob). */
  pathEnds: SharedArrayBuffer;
}

export function shareWantedBlobs(count: number, oid: (w: number) => string, path: (w: number) => string): SharedWantedBlobs {
  const ids = new SharedArrayBuffer(count * 20);
  const idBytes = Buffer.from(ids);
  let total = 0;
  for (let w = 0; w < count; w++) {
    idBytes.write(oid(w), w * 20, 20, 'hex');
    total += Buffer.byteLength(path(w));
  }
  const paths = new SharedArrayBuffer(total);
  const pathBytes = Buffer.from(paths);
  const pathEnds = new SharedArrayBuffer(count * 4);
  const ends = new Uint32Array(pathEnds);
  let at = 0;
  for (let w = 0; w < count; w++) {
    at += pathBytes.write(path(w), at);
    ends[w] = at;
  }
  return { count, ids, paths, pathEnds };
}

/** A thread's view of the shared wanted blobs: nothing is decoded until asked for. */
export function readWantedBlobs(shared: SharedWantedBlobs) {
  const ids = Buffer.from(shared.ids);
  const paths = Buffer.from(shared.paths);
  const ends = new Uint32Array(shared.pathEnds);
  return {
    count: shared.count,
    /** Blob `w`'s 20-byte id (a view). */
    id: (w: number) => ids.subarray(w * 20, w * 20 + 20),
    oid: (w: number) => ids.toString('hex', w * 20, w * 20 + 20),
    path: (w: number) => paths.toString('utf8', w === 0 ? 0 : ends[w - 1]!, ends[w]!),
  };
}
