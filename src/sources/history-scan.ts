import type { Finding } from '../engine/types.js';
import type { BlobPiece } from '../git/cat-file-reader.js';
import type { HistoryEngine, HistoryScope } from '../git/history-engine.js';
import type { Introduction } from '../git/log-introductions.js';
import { packFragments } from '../pool/packed-fragments.js';
import type { ScanPool } from '../pool/scan-pool.js';
import { isBinary } from './read-file.js';
import { createBlobFragmenter, type BlobSlice } from './history-blob-fragments.js';

/** A blob with findings, and every (commit, path) that introduced it. */
export interface BlobHit {
  oid: string;
  /** Findings in the blob, located as in the blob (their `path` is the first path it was seen at). */
  findings: Finding[];
  introductions: Introduction[];
}

/** A blob that could not be read, with where it was first seen. */
export interface UnreadableBlob {
  oid: string;
  path: string;
  commit: string;
  reason: string;
}

export interface HistoryProgress {
  blobsDone: number;
  blobsFound: number;
  bytesDone: number;
  /** False while the walk is still discovering blobs (the totals still grow). */
  walkDone: boolean;
}

export interface HistoryScanResult {
  hits: BlobHit[];
  commits: number;
  /** Unique blobs read. */
  blobs: number;
  bytes: number;
  binaryBlobs: number;
  unreadable: UnreadableBlob[];
  /** Set when the walk itself stopped early (a missing commit or tree). */
  walkError?: string;
  /** Every blob id in scope, for the tip check. */
  seen: ReadonlySet<string>;
}

/** Text sent to a worker per message: large enough to amortise the hand-off, small enough to spread work. */
const BATCH_BYTES = 512 * 1024;
const BATCH_FRAGMENTS = 256;

/**
 * The history pipeline: walk introductions -> dedupe blobs by id -> read each unique blob once (streamed)
 * -> scan in the worker pool -> keep only blobs with findings, with all their introductions. Memory holds
 * the set of blob ids seen, the blobs in flight, and the blobs with findings: never all of history.
 */
export async function scanHistory(engine: HistoryEngine, scope: HistoryScope, pool: ScanPool, options: { maxBatchesInFlight: number; onProgress?: (p: HistoryProgress) => void }): Promise<HistoryScanResult> {
  const seen = new Set<string>();
  /** Blobs requested but not finished scanning: the introductions seen meanwhile. */
  const pending = new Map<string, Introduction[]>();
  const hits = new Map<string, BlobHit>();
  const unreadable: UnreadableBlob[] = [];
  let commits = 0;
  let bytes = 0;
  let binaryBlobs = 0;
  let blobsDone = 0;
  let walkDone = false;

  interface BlobState { fragmenter: ReturnType<typeof createBlobFragmenter> | undefined; outstanding: number; ended: boolean; findings: Finding[]; keys: Set<string> }
  const states = new Map<string, BlobState>();
  let batch: BlobSlice[] = [];
  let batchBytes = 0;
  let inFlight = 0;
  const batches: Promise<void>[] = [];
  let failure: Error | undefined;

  const progress = () => options.onProgress?.({ blobsDone, blobsFound: seen.size, bytesDone: bytes, walkDone });

  function complete(oid: string): void {
    const state = states.get(oid);
    states.delete(oid);
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    if (state && state.findings.length > 0) hits.set(oid, { oid, findings: state.findings, introductions });
    progress();
  }

  function flush(): void {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    inFlight++;
    if (inFlight >= options.maxBatchesInFlight) reader.pause();
    batches.push(
      pool.scanPacked(packFragments(sent)).then(
        (findings) => {
          for (const f of findings) {
            const state = states.get(f.blobId!);
            if (!state) continue;
            // Fragments of a large blob overlap: a secret in the overlap is reported once.
            const key = `${f.ruleId}:${f.line}:${f.column}`;
            if (state.keys.has(key)) continue;
            state.keys.add(key);
            state.findings.push(f);
          }
          for (const fragment of sent) {
            const state = states.get(fragment.blobId!)!;
            state.outstanding--;
            if (state.ended && state.outstanding === 0) complete(fragment.blobId!);
          }
          inFlight--;
          if (inFlight < options.maxBatchesInFlight) reader.resume();
        },
        (error: Error) => {
          failure ??= error;
          inFlight--;
          reader.resume();
        },
      ),
    );
  }

  function onPiece(piece: BlobPiece): void {
    if ('missing' in piece) {
      const first = pending.get(piece.oid)?.[0];
      unreadable.push({ oid: piece.oid, path: first?.path ?? '', commit: first?.commit.sha ?? '', reason: piece.missing });
      complete(piece.oid);
      return;
    }
    let state = states.get(piece.oid);
    if (!state) {
      const path = pending.get(piece.oid)?.[0]?.path ?? '';
      const binary = isBinary(piece.data);
      if (binary) binaryBlobs++;
      state = { fragmenter: binary ? undefined : createBlobFragmenter(path, piece.oid), outstanding: 0, ended: false, findings: [], keys: new Set() };
      states.set(piece.oid, state);
    }
    bytes += piece.data.length;
    if (state.fragmenter) {
      for (const fragment of state.fragmenter.push(piece.data, piece.last)) {
        batch.push(fragment);
        state.outstanding++;
        batchBytes += fragment.bytes.length;
      }
    }
    if (piece.last) {
      state.ended = true;
      if (state.outstanding === 0) complete(piece.oid);
    }
    if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FRAGMENTS) flush();
  }

  const reader = engine.openReader(onPiece);
  // A partly filled batch is sent when the reader goes quiet, so a slow walk never starves the workers.
  const idle = setInterval(() => {
    if (batch.length > 0 && inFlight === 0) flush();
  }, 50);

  let walk;
  try {
    walk = await engine.walk(scope, {
      commit() {
        commits++;
      },
      introduce(intro) {
        const hit = hits.get(intro.oid);
        if (hit) {
          hit.introductions.push(intro);
          return;
        }
        const waiting = pending.get(intro.oid);
        if (waiting) {
          waiting.push(intro);
          return;
        }
        if (seen.has(intro.oid)) return;
        seen.add(intro.oid);
        pending.set(intro.oid, [intro]);
        if (failure) throw failure;
        return reader.request(intro.oid);
      },
    });
    walkDone = true;
    await reader.finish();
    flush();
    await Promise.all(batches);
  } finally {
    clearInterval(idle);
  }
  if (failure) throw failure;
  return {
    hits: [...hits.values()],
    commits,
    blobs: seen.size,
    bytes,
    binaryBlobs,
    unreadable,
    seen,
    ...(walk.error !== undefined && { walkError: walk.error }),
  };
}
