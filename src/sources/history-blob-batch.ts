import type { Finding } from '../engine/types.js';
import type { VersionScanner } from './history-version-scanner.js';

/**
 * Blobs on their way to a scanner, in the form that crosses to a worker thread cheaply: their bytes
 * end to end in one buffer and their numbers in one Int32Array (both transferred, not copied), and their
 * names in one string. Structured-cloning an object per blob cost the history audit's main thread more
 * than reading the blobs; decoding (UTF-8) happens on the scanning side.
 */
export interface BlobBatch {
  bytes: Uint8Array;
  /** FIELDS numbers per item: kind, start, end, startLine, startColumn. */
  meta: Int32Array;
  /** Per item: oid, path, partner ('' for none), each followed by NUL. */
  names: string;
  /** Budget of the scanner's version cache (the same for every batch of a run). */
  cacheBytes: number;
}

/** A whole blob, scanned through the version cache; or a fragment of a large blob, scanned as it is. */
export const WHOLE_BLOB = 0;
export const FRAGMENT = 1;
const FIELDS = 5;

/** Findings of a batch: [item index, findings] for the items that have any. */
export type BatchFindings = [number, Finding[]][];

/** A scanned batch: its findings, and its byte buffer handed back for the next batch (no allocation per batch). */
export interface ScannedBatch {
  findings: BatchFindings;
  spare?: ArrayBuffer;
}

/** Builds batches into one reused-capacity buffer: adding a blob copies its bytes once and allocates nothing else. */
export interface BatchWriter {
  readonly items: number;
  readonly bytes: number;
  add(kind: number, data: Uint8Array, oid: string, path: string, partner: string | undefined, startLine: number, startColumn: number): void;
  /** The batch so far (its buffers now belong to the caller); the writer starts a new one. */
  take(): BlobBatch;
  /** A batch buffer back from the scanner, to write into again. */
  recycle(buffer: ArrayBuffer): void;
}

export function createBatchWriter(capacity: number, cacheBytes: number): BatchWriter {
  let bytes = new Uint8Array(capacity);
  let at = 0;
  let meta = new Int32Array(FIELDS * 64);
  let items = 0;
  let names = '';
  const spares: ArrayBuffer[] = [];
  return {
    get items() {
      return items;
    },
    get bytes() {
      return at;
    },
    add(kind, data, oid, path, partner, startLine, startColumn) {
      if (at + data.length > bytes.length) {
        const grown = new Uint8Array(Math.max(capacity, at + data.length));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      bytes.set(data, at);
      if ((items + 1) * FIELDS > meta.length) {
        const grown = new Int32Array(meta.length * 2);
        grown.set(meta);
        meta = grown;
      }
      const m = items * FIELDS;
      meta[m] = kind;
      meta[m + 1] = at;
      meta[m + 2] = at + data.length;
      meta[m + 3] = startLine;
      meta[m + 4] = startColumn;
      at += data.length;
      items++;
      names += `${oid}\0${path}\0${partner ?? ''}\0`;
    },
    take() {
      const batch: BlobBatch = { bytes: bytes.subarray(0, at), meta: meta.subarray(0, items * FIELDS), names, cacheBytes };
      bytes = new Uint8Array(spares.pop() ?? new ArrayBuffer(capacity));
      meta = new Int32Array(meta.length);
      at = 0;
      items = 0;
      names = '';
      return batch;
    },
    recycle(buffer) {
      if (buffer.byteLength === capacity && spares.length < 8) spares.push(buffer);
    },
  };
}

/** Scan a batch: whole blobs through the version scanner, fragments with `scan`. Runs on the scanning side. */
export function scanBatch(batch: BlobBatch, versions: VersionScanner, scanFragment: (fragment: { path: string; blobId: string; text: string; startLine: number; startColumn: number }) => Finding[]): BatchFindings {
  const buffer = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const out: BatchFindings = [];
  const items = batch.meta.length / FIELDS;
  let n = 0;
  for (let i = 0; i < items; i++) {
    const m = i * FIELDS;
    const oidEnd = batch.names.indexOf('\0', n);
    const pathEnd = batch.names.indexOf('\0', oidEnd + 1);
    const partnerEnd = batch.names.indexOf('\0', pathEnd + 1);
    const oid = batch.names.slice(n, oidEnd);
    const path = batch.names.slice(oidEnd + 1, pathEnd);
    const partner = batch.names.slice(pathEnd + 1, partnerEnd);
    n = partnerEnd + 1;
    const start = batch.meta[m + 1]!;
    const end = batch.meta[m + 2]!;
    const findings =
      batch.meta[m] === WHOLE_BLOB
        ? versions.scanBlob(oid, path, buffer.subarray(start, end), partner || undefined)
        : scanFragment({ path, blobId: oid, text: buffer.toString('utf8', start, end), startLine: batch.meta[m + 3]!, startColumn: batch.meta[m + 4]! });
    if (findings.length > 0) out.push([i, findings]);
  }
  return out;
}
