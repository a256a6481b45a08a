import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { GitError } from '../engine/errors.js';

/**
 * A pack's bytes, held in memory or read from its file as needed. A reader of a large pack cannot hold it
 * whole and keep an audit under its memory target (minio's 137 MB pack took the audit to 485 MB); read
 * from the file, the pack stays in the page cache, which is not the process's memory.
 */
export interface PackBytes {
  readonly length: number;
  /**
   * Bytes [from, to): a view, valid until the next call. `ahead`: more ranges follow in file order (the
   * entry headers), so a file is read a window at a time; else exactly the range is read.
   */
  range(from: number, to: number, ahead?: boolean): Buffer;
  close(): void;
}

export function packBytesInMemory(pack: Buffer): PackBytes {
  return { length: pack.length, range: (from, to) => pack.subarray(from, to), close: () => undefined };
}

/** Bytes read at a time for ranges that come in file order (entry headers): one read serves thousands. */
const WINDOW = 1024 * 1024;
/** The largest range read into the reused buffer. */
const MAX_REUSED = 4 * 1024 * 1024;

/**
 * A pack read from `path`. Ranges read ahead go through a window: one inside the last window read is served
 * from it, any other starts a new window there. Other ranges (an entry's data, wherever its delta tree
 * leads) are read exactly, into a buffer reused from call to call.
 */
export function packBytesFromFile(path: string): PackBytes {
  const fd = openSync(path, 'r');
  const length = fstatSync(fd).size;
  const window = Buffer.allocUnsafe(WINDOW);
  let start = 0;
  let filled = 0;
  let scratch = Buffer.allocUnsafe(64 * 1024);
  const readAt = (into: Buffer, at: number, want: number): number => {
    let got = 0;
    while (got < want) {
      const n = readSync(fd, into, got, want - got, at + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  };
  const truncated = (to: number) => new GitError(`${path}: the pack ends before byte ${to}; run \`git fsck\``);
  return {
    length,
    range(from, to, ahead = false) {
      if (from >= start && to <= start + filled) return window.subarray(from - start, to - start);
      if (ahead && to - from <= WINDOW) {
        start = from;
        filled = readAt(window, from, Math.min(WINDOW, length - from));
        if (to > start + filled) throw truncated(to);
        return window.subarray(0, to - from);
      }
      // A large entry gets a buffer of its own: the reused one would keep its size for the whole walk.
      const into = to - from > MAX_REUSED ? Buffer.allocUnsafe(to - from) : scratch.length >= to - from ? scratch : (scratch = Buffer.allocUnsafe(Math.max(to - from, scratch.length * 2)));
      if (readAt(into, from, to - from) < to - from) throw truncated(to);
      return into.subarray(0, to - from);
    },
    close: () => closeSync(fd),
  };
}
