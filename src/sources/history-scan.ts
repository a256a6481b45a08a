import type { Finding } from '../engine/types.js';
import type { BlobPiece } from '../git/cat-file-reader.js';
import type { HistoryEngine, HistoryScope } from '../git/history-engine.js';
import { createObjectIdSet, type ObjectIdSet } from '../git/object-id-set.js';
import type { Introduction } from '../git/log-introductions.js';
import { binaryKeystoreText } from '../engine/keystore.js';
import { isBinary } from './read-file.js';
import { createBlobFragmenter, type BlobSlice } from './history-blob-fragments.js';
import { MIN_BYTES, mergeFindings, planLines, planRescan, type RescanPlan } from './history-incremental.js';
import { keywordLevel, type RescanMargins } from './rescan-margins.js';

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
  seen: Pick<ObjectIdSet, 'has' | 'size'>;
}

/** Text sent to a worker per message: large enough to amortise the hand-off, small enough to spread work. */
const BATCH_BYTES = 512 * 1024;
const BATCH_FRAGMENTS = 256;
/** Recently read blobs kept so the version of a file read next can be rescanned only where it differs. */
const CACHE_BYTES = 48 * 1024 * 1024;
const CACHE_BLOB_BYTES = 2 * 1024 * 1024;

/**
 * The history pipeline: walk introductions -> dedupe blobs by id -> read each unique blob once (streamed)
 * -> scan in the worker pool -> keep only blobs with findings, with all their introductions. Memory holds
 * the set of blob ids seen, the blobs in flight, and the blobs with findings: never all of history.
 */
export async function scanHistory(
  engine: HistoryEngine,
  scope: HistoryScope,
  /** Scans slices (in worker threads): the caller wires it to the scan pool. */
  scan: (slices: BlobSlice[]) => Promise<Finding[]>,
  options: {
    maxBatchesInFlight: number;
    margins: RescanMargins;
    onProgress?: (p: HistoryProgress) => void;
    /** Budget of the cache of recent blobs (default CACHE_BYTES). */
    cacheBytes?: number;
  },
): Promise<HistoryScanResult> {
  const seen = createObjectIdSet();
  /** Blobs requested but not finished scanning: the introductions seen meanwhile. */
  const pending = new Map<string, Introduction[]>();
  const hits = new Map<string, BlobHit>();
  const unreadable: UnreadableBlob[] = [];
  let commits = 0;
  let bytes = 0;
  let binaryBlobs = 0;
  let blobsDone = 0;
  let walkDone = false;

  interface BlobState {
    fragmenter: ReturnType<typeof createBlobFragmenter> | undefined;
    outstanding: number;
    ended: boolean;
    findings: Finding[];
    keys: Set<string>;
    /** Set when only part of the blob is scanned: the rest comes from `partner`'s findings. */
    rescan?: Rescan;
  }
  interface Rescan {
    plan: RescanPlan;
    partner: string;
    path: string;
    bytes: Buffer;
    partnerBytes: Buffer;
    found: Finding[][];
    /** The ranges' scan is done. */
    scanned?: boolean;
    partnerFindings?: Finding[];
  }
  const states = new Map<string, BlobState>();
  let batch: BlobSlice[] = [];
  let batchBytes = 0;
  let inFlight = 0;
  /** Batches being scanned (each removes itself when done, so this stays as small as the pool). */
  const batches = new Set<Promise<void>>();
  let failure: Error | undefined;

  const progress = () => options.onProgress?.({ blobsDone, blobsFound: seen.size, bytesDone: bytes, walkDone });

  // Versions of a file meet in the walk: a blob and the one it replaced. The one read second is rescanned
  // only where it differs (see history-incremental.ts), using the first one's bytes and findings.
  const cache = new Map<string, Buffer>();
  let cacheBytes = 0;
  /**
   * Keyword level of cached blobs (see history-incremental.ts): it decides the margins of its partners.
   * Worked out when first needed: many blobs are never a partner (files added and never edited again).
   */
  const levels = new Map<string, number>();
  const levelOf = (oid: string, bytes: Buffer) => {
    let level = levels.get(oid);
    if (level === undefined) levels.set(oid, (level = keywordLevel(options.margins, bytes)));
    return level;
  };
  /** Findings of finished blobs that are still cached. */
  const known = new Map<string, Finding[]>();
  /** Blobs waiting for a partner's findings. */
  const waiters = new Map<string, ((findings: Finding[]) => void)[]>();
  /** A blob not read yet -> a cached blob to diff it against (the newer version it was replaced by). */
  const partnerOf = new Map<string, string>();

  /**
   * Keep a blob's bytes. Small blobs are views of the chunk git's output arrived in (64 KB): kept as
   * views, each would hold its whole chunk, and the budget would count (and fit) ten times fewer of them,
   * so most edited files would no longer find the previous version cached. Those are copied out.
   */
  function remember(oid: string, data: Buffer, level: number | undefined): Buffer {
    // Blobs below MIN_BYTES are always scanned whole, and are never a partner.
    if (data.length > CACHE_BLOB_BYTES || data.length < MIN_BYTES) return data;
    const kept = data.buffer.byteLength > 2 * data.length ? Buffer.from(data) : data;
    cache.set(oid, kept);
    if (level !== undefined) levels.set(oid, level);
    cacheBytes += kept.buffer.byteLength;
    for (const [old, bytes] of cache) {
      if (cacheBytes <= (options.cacheBytes ?? CACHE_BYTES)) break;
      cache.delete(old);
      levels.delete(old);
      known.delete(old);
      cacheBytes -= bytes.buffer.byteLength;
    }
    return kept;
  }

  /** The blob's scan is done; finish it now, or once its partner's findings are known. */
  function complete(oid: string): void {
    const state = states.get(oid);
    states.delete(oid);
    const rescan = state?.rescan;
    if (!rescan) return finish(oid, state?.findings ?? []);
    rescan.scanned = true;
    if (rescan.partnerFindings) mergeRescan(oid, rescan);
  }

  function mergeRescan(oid: string, rescan: Rescan): void {
    const partner = rescan.partnerFindings!;
    if (partner.length === 0 && rescan.found.every((f) => f.length === 0)) return finish(oid, []);
    finish(oid, mergeFindings(planLines(rescan.plan, rescan.bytes, rescan.partnerBytes), rescan.found, partner, rescan.path, oid));
  }

  /**
   * Take the partner's findings when it finishes (or now, if it has): asked when the rescan is planned,
   * while the partner is cached, since its findings are forgotten when it leaves the cache.
   */
  function awaitPartner(oid: string, rescan: Rescan): void {
    const take = (findings: Finding[]) => {
      rescan.partnerFindings = findings;
      if (rescan.scanned) mergeRescan(oid, rescan);
    };
    const ready = known.get(rescan.partner);
    if (ready) return take(ready);
    const list = waiters.get(rescan.partner) ?? [];
    list.push(take);
    waiters.set(rescan.partner, list);
  }

  function finish(oid: string, findings: Finding[]): void {
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    if (findings.length > 0) hits.set(oid, { oid, findings, introductions });
    if (cache.has(oid)) known.set(oid, findings);
    const waiting = waiters.get(oid);
    waiters.delete(oid);
    for (const w of waiting ?? []) w(findings);
    progress();
  }

  function flush(): void {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    inFlight++;
    if (inFlight >= options.maxBatchesInFlight) reader.pause();
    const done: Promise<void> = scan(sent).then(
      (findings) => {
        for (const f of findings) {
          // A partial rescan's ranges are sent as `<oid>#<range>`.
          const [oid, range] = f.blobId!.split('#') as [string, string | undefined];
          const state = states.get(oid);
          if (!state) continue;
          if (range !== undefined) {
            state.rescan!.found[Number(range)]!.push({ ...f, blobId: oid });
            continue;
          }
          // Fragments of a large blob overlap: a secret in the overlap is reported once.
          const key = `${f.ruleId}:${f.line}:${f.column}`;
          if (state.keys.has(key)) continue;
          state.keys.add(key);
          state.findings.push(f);
        }
        for (const fragment of sent) {
          const oid = fragment.blobId.split('#')[0]!;
          const state = states.get(oid)!;
          state.outstanding--;
          if (state.ended && state.outstanding === 0) complete(oid);
        }
        inFlight--;
        if (inFlight < options.maxBatchesInFlight) reader.resume();
      },
      (error: Error) => {
        failure ??= error;
        inFlight--;
        reader.resume();
      },
    ).finally(() => batches.delete(done));
    batches.add(done);
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
      // Binary content is skipped, except a keystore (PKCS#12, JKS, JCEKS), which the engine reads as text.
      const keystore = binary && piece.last && piece.offset === 0 ? binaryKeystoreText(piece.data) : undefined;
      if (binary && keystore === undefined) binaryBlobs++;
      state = { fragmenter: binary ? undefined : createBlobFragmenter(path, piece.oid), outstanding: 0, ended: false, findings: [], keys: new Set() };
      states.set(piece.oid, state);
      if (keystore !== undefined) {
        batch.push({ path, blobId: piece.oid, bytes: Buffer.from(keystore, 'latin1'), startLine: 1, startColumn: 0 });
        state.outstanding++;
        batchBytes += keystore.length;
      }
      const partner = partnerOf.get(piece.oid);
      partnerOf.delete(piece.oid);
      if (!binary && piece.last && piece.offset === 0) {
        const partnerBytes = partner === undefined ? undefined : cache.get(partner);
        const paired = partnerBytes ? planRescan(piece.data, partnerBytes, options.margins, () => levelOf(partner!, partnerBytes)) : undefined;
        const plan = paired?.plan;
        remember(piece.oid, piece.data, paired?.level);
        if (plan) {
          state.rescan = { plan, partner: partner!, path, bytes: piece.data, partnerBytes: partnerBytes!, found: plan.ranges.map(() => []) };
          awaitPartner(piece.oid, state.rescan);
          state.fragmenter = undefined;
          // Each range is scanned as if it started at line 1: real lines are counted only if something is found.
          plan.ranges.forEach((r, k) => {
            batch.push({ path, blobId: `${piece.oid}#${k}`, bytes: piece.data.subarray(r.start, r.end), startLine: 1, startColumn: 0 });
            state!.outstanding++;
            batchBytes += r.end - r.start;
          });
        }
      }
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
        if (!seen.add(intro.oid)) return;
        pending.set(intro.oid, [intro]);
        // The version it replaced: diff against it if it is cached, else let it diff against this one.
        if (intro.previous !== undefined) {
          if (cache.has(intro.previous)) partnerOf.set(intro.oid, intro.previous);
          else if (!seen.has(intro.previous)) {
            partnerOf.set(intro.previous, intro.oid);
            if (partnerOf.size > 65_536) partnerOf.delete(partnerOf.keys().next().value!);
          }
        }
        if (failure) throw failure;
        return reader.request(intro.oid);
      },
    });
    walkDone = true;
    await reader.finish();
    flush();
    while (batches.size > 0) await Promise.all([...batches]);
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
