import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createScanner, type Scanner } from '../engine/scanner.js';
import type { Finding, Fragment } from '../engine/types.js';
import type { FileRef } from '../sources/list-files.js';
import { emptyFileScanResult, mergeFileScanResults, scanClaimedFiles, scanFileRefs, type FileScanResult } from './scan-files.js';
import { scannerOptions, type ScanSettings } from './scan-settings.js';
import type { BlobBatch, ScannedBatch } from '../sources/history-blob-batch.js';
import { createHistoryBatchScanner } from './history-batch-scanner.js';
import { limitInlining } from './jit-inlining.js';
import { takePrestartedWorker } from './prestart.js';
import { WORKER_RESOURCE_LIMITS } from './worker-limits.js';
import { packFileRefs, type FileClaim } from './file-claim.js';
import type { WorkerRequest } from './scan-worker.js';
import { scanPackShard, type PackShardRequest, type PackShardResult } from '../sources/history-pack-shard.js';
import { historyMargins } from './history-batch-scanner.js';

/** Below this many files the scan runs in this thread: starting workers would cost more than it saves. */
export const LARGE_SCAN_FILES = 400;
const BATCH_FILES = 64;

/**
 * The files, largest first when listing learnt their sizes (git work trees), else in listing order. A
 * large file claimed last leaves one thread scanning it while the others idle (on the bench tree the
 * largest, 12 MB, takes 0.13 s), but a stat of every file only to order them cost more than that tail:
 * 0.1 CPU-s for 15k files, about 6% of the scan.
 */
function largestFirst(files: readonly FileRef[]): readonly FileRef[] {
  if (files.some((file) => file.size === undefined)) return files;
  return [...files].sort((a, b) => b.size! - a.size!);
}

export interface ScanPool {
  /**
   * Start the workers a large file scan will use, now: each takes about 0.1 s to boot, which then
   * overlaps with the rest of the listing. Call it once the listing holds LARGE_SCAN_FILES files.
   */
  startForFiles(): void;
  /** Scan files, spreading batches over the workers; `onProgress` gets files done so far. */
  scanFiles(files: readonly FileRef[], onProgress?: (filesDone: number) => void): Promise<FileScanResult>;
  /** Scan fragments on some worker (or inline); resolves with their findings. */
  scanFragments(fragments: Fragment[]): Promise<Finding[]>;
  /**
   * Start `count` workers (default: all) now, not with the first batch: they take a few hundred
   * milliseconds to load the rules. More start when a history lane first needs one.
   */
  start(count?: number): void;
  /** Number of history lanes: one per worker (1 when scanning inline). */
  readonly lanes: number;
  /** Whether scans run on worker threads (false: in this thread, as in tests run from source). */
  readonly usesWorkers: boolean;
  /**
   * Scan a batch of history blobs on lane `lane`: always the same worker, whose version cache holds the
   * blobs sent to it before (history-version-scanner.ts). The batch's buffers are transferred.
   */
  scanHistoryBatch(lane: number, batch: BlobBatch): Promise<ScannedBatch>;
  /**
   * Take part in reading and scanning a history's packs (history-pack-shard.ts) on worker `lane`, or in this
   * thread when `lane` is -1 (or the pool scans inline).
   */
  scanPackShard(lane: number, request: PackShardRequest): Promise<PackShardResult>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Number of worker threads; 0 scans in this thread. Default: one per core. */
  workers?: number;
}

/**
 * A pool of scan workers built from `dist/scan-worker.js`. When that file is absent (running from
 * source in tests), or workers are not wanted, it scans in this thread with the same code.
 */
export function createScanPool(settings: ScanSettings, options: PoolOptions = {}): ScanPool {
  limitInlining();
  const workerFile = fileURLToPath(new URL('./scan-worker.js', import.meta.url));
  const wanted = options.workers ?? availableParallelism();
  const canUseWorkers = wanted > 0 && existsSync(workerFile);
  let inline: Scanner | undefined;
  const local = () => (inline ??= createScanner(settings.rules, scannerOptions(settings)));

  interface Slot { worker: Worker; busy: boolean; }
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; direct?: boolean }>();

  /** Start the pool's workers, `count` of them, unless it has some already. */
  function startWorkers(count = wanted): void {
    if (slots.length === 0) addWorkers(count);
  }

  /** Start workers until `count` are running. */
  function addWorkers(count: number): void {
    while (slots.length < count) {
      const prestarted = takePrestartedWorker();
      const worker = prestarted ?? new Worker(workerFile, { workerData: settings, resourceLimits: WORKER_RESOURCE_LIMITS });
      if (prestarted) prestarted.postMessage({ settings } satisfies WorkerRequest);
      const slot: Slot = { worker, busy: false };
      worker.on('message', (msg: { id: number }) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        // A message posted to this worker directly (postTo) never took the slot.
        if (!p?.direct) release(slot);
        p?.resolve(msg);
      });
      worker.on('error', (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      slots.push(slot);
    }
  }

  function acquire(): Promise<Slot> {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(slot: Slot): void {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  async function send<T>(payload: object, transfer: ArrayBuffer[] = []): Promise<T> {
    return sendTo<T>(await acquire(), payload, transfer);
  }

  function sendTo<T>(slot: Slot, payload: object, transfer: ArrayBuffer[] = []): Promise<T> {
    slot.busy = true;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }

  /** Post to one given worker, whether busy or not: its messages are handled in order. */
  function postTo<T>(slot: Slot, payload: object, transfer: ArrayBuffer[]): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, direct: true });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }
  let inlineHistory: ReturnType<typeof createHistoryBatchScanner> | undefined;

  /** Workers beside this thread for a file scan: by default one per core beyond this one. */
  const helpers = options.workers ?? availableParallelism() - 1;

  return {
    startForFiles() {
      if (canUseWorkers && helpers >= 1) startWorkers(helpers);
    },
    async scanFiles(files, onProgress) {
      if (!canUseWorkers || helpers < 1 || files.length < LARGE_SCAN_FILES) {
        const result = emptyFileScanResult();
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          mergeFileScanResults(result, scanFileRefs(local(), files.slice(i, i + BATCH_FILES)));
          onProgress?.(Math.min(files.length, i + BATCH_FILES));
        }
        return sortedLists(result);
      }
      // This thread scans too, beside `helpers` workers (by default one per core beyond this one): it would
      // otherwise sit idle, and each worker not started is one Node bootstrap less. Files are claimed one at
      // a time through shared counters, so no thread waits for a batch message and the last files spread
      // over every thread. Each scanning thread still warms up its own engine (about 0.2 CPU-s with the
      // full rule pack), the price of parallel isolates.
      startWorkers(helpers);
      const ordered = largestFirst(files);
      const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
      const claim: FileClaim = { paths: packFileRefs(ordered), counters: counters.buffer };
      const helping = slots.map((slot) => sendTo<{ result: FileScanResult }>(slot, { claim }));
      let sinceReport = 0;
      const result = scanClaimedFiles(local(), ordered, counters, () => {
        if (++sinceReport < BATCH_FILES) return;
        sinceReport = 0;
        onProgress?.(Atomics.load(counters, 1));
      });
      for (const { result: r } of await Promise.all(helping)) mergeFileScanResults(result, r);
      onProgress?.(ordered.length);
      return sortedLists(result);
    },
    async scanFragments(fragments) {
      if (!canUseWorkers) return fragments.flatMap((f) => local().scan(f));
      startWorkers();
      const { findings } = await send<{ findings: Finding[] }>({ fragments });
      return findings;
    },
    start(count) {
      if (canUseWorkers) startWorkers(Math.min(count ?? wanted, wanted));
    },
    lanes: canUseWorkers ? wanted : 1,
    usesWorkers: canUseWorkers,
    async scanHistoryBatch(lane, batch) {
      if (!canUseWorkers) return { findings: (inlineHistory ??= createHistoryBatchScanner(local(), settings))(batch), spare: batch.bytes.buffer as ArrayBuffer };
      // A lane's worker starts when the lane first gets work: a lane never woken costs no thread.
      addWorkers(Math.min(wanted, lane + 1));
      const { findings, spare } = await postTo<ScannedBatch>(slots[lane % slots.length]!, { history: batch }, [batch.bytes.buffer as ArrayBuffer, batch.meta.buffer as ArrayBuffer]);
      return { findings, ...(spare && { spare }) };
    },
    async scanPackShard(lane, request) {
      if (!canUseWorkers || lane < 0) return scanPackShard(request, local(), historyMargins(settings));
      addWorkers(Math.min(wanted, lane + 1));
      const { result } = await postTo<{ result: PackShardResult }>(slots[lane % slots.length]!, { packShard: request }, []);
      return result;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}

/**
 * The skipped and unreadable files in path order: which thread scanned which file varies from run to
 * run, and a file scanned in one thread comes in listing order; the report is the same either way.
 */
function sortedLists(result: FileScanResult): FileScanResult {
  result.binary.sort();
  result.unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}
