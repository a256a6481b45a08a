import type { Fragment } from '../engine/types.js';

/** A fragment whose text is a UTF-8 byte range of a shared buffer, not yet decoded. */
export interface PackedFragment {
  path: string;
  blobId?: string;
  start: number;
  end: number;
  startLine: number;
  startColumn: number;
}

/**
 * Fragments as raw bytes in one buffer, so a batch crosses to a worker thread by transfer (no copy, no
 * string cloning) and is decoded there: the history audit's main thread only moves bytes.
 */
export interface PackedFragments {
  bytes: Uint8Array;
  fragments: PackedFragment[];
}

/** Pack byte slices (with their fragment fields) into one freshly allocated, transferable buffer. */
export function packFragments(items: readonly { bytes: Uint8Array; path: string; blobId?: string; startLine: number; startColumn: number }[]): PackedFragments {
  let total = 0;
  for (const item of items) total += item.bytes.length;
  const bytes = new Uint8Array(new ArrayBuffer(total));
  const fragments: PackedFragment[] = [];
  let at = 0;
  for (const item of items) {
    bytes.set(item.bytes, at);
    fragments.push({ path: item.path, ...(item.blobId !== undefined && { blobId: item.blobId }), start: at, end: at + item.bytes.length, startLine: item.startLine, startColumn: item.startColumn });
    at += item.bytes.length;
  }
  return { bytes, fragments };
}

/** Decode packed fragments into scanner input (invalid UTF-8 becomes U+FFFD; secrets are ASCII). */
export function unpackFragments(packed: PackedFragments): Fragment[] {
  const buffer = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  return packed.fragments.map((f) => ({
    path: f.path,
    text: buffer.toString('utf8', f.start, f.end),
    startLine: f.startLine,
    startColumn: f.startColumn,
    ...(f.blobId !== undefined && { blobId: f.blobId }),
  }));
}
