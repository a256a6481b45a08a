/** A piece of a blob to scan, still as bytes: decoded in the worker that scans it. */
export interface BlobSlice {
  path: string;
  blobId: string;
  bytes: Buffer;
  /** 1-based line of the slice's first byte in the blob. */
  startLine: number;
  /** 0-based column of the slice's first byte on that line. */
  startColumn: number;
}

/** Consecutive fragments of a large blob overlap by this much, so a secret across a cut is seen whole. */
export const FRAGMENT_OVERLAP = 16 * 1024;

/**
 * Turns the pieces of one blob (as they stream in) into slices to scan. A blob that arrives in one
 * piece becomes one slice; a larger one is cut at line ends, each slice starting FRAGMENT_OVERLAP
 * bytes before the previous cut, with its first line and column so findings keep their file positions.
 */
export function createBlobFragmenter(path: string, blobId: string) {
  let carry: Buffer | undefined;
  let startLine = 1;
  let startColumn = 0;
  return {
    /** Add the next piece; returns the slices now complete. */
    push(data: Buffer, last: boolean): BlobSlice[] {
      const buffer = carry ? Buffer.concat([carry, data]) : data;
      carry = undefined;
      const fragment = (bytes: Buffer): BlobSlice => ({ path, bytes, startLine, startColumn, blobId });
      if (last) return [fragment(buffer)];
      let cut = buffer.length;
      const nl = buffer.lastIndexOf(10, buffer.length - 1);
      if (nl > buffer.length / 2) cut = nl + 1;
      const out = fragment(buffer.subarray(0, cut));
      let next = Math.max(0, cut - FRAGMENT_OVERLAP);
      const lineStart = buffer.indexOf(10, next);
      if (lineStart !== -1 && lineStart < cut) next = lineStart + 1;
      let lines = 0;
      let lastNl = -1;
      // A native search per line, not a loop over every byte: 0.5 s of a 700 MB history of 12 MB files.
      for (let i = buffer.indexOf(10); i !== -1 && i < next; i = buffer.indexOf(10, i + 1)) {
        lines++;
        lastNl = i;
      }
      startColumn = lastNl === -1 ? startColumn + next : next - lastNl - 1;
      startLine += lines;
      carry = Buffer.from(buffer.subarray(next));
      return [out];
    },
  };
}
