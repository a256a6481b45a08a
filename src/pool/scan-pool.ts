import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createScanner, type Scanner } from '../engine/scanner.js';
import type { Finding, Fragment } from '../engine/types.js';
import type { FileRef } from '../sources/list-files.js';
import { emptyFileScanResult, mergeFileScanResults, scanFileRefs, type FileScanResult } from './scan-files.js';
import type { ScanSettings } from './scan-settings.js';
import type { BlobBatch, ScannedBatch } from '../sources/history-blob-batch.js';
import { createHistoryBatchScanner } from './history-batch-scanner.js';

/** Below this many files the scan runs in this thread: starting workers would cost more than it saves. */
const INLINE_FILE_LIMIT = 400;
const BATCH_FILES = 64;
const BATCH_BYTES = 4 * 1024 * 1024;
/** Up to this many files, sizes are read (about 6 µs a file, while the workers start) to deal the largest first. */
const SIZE_ORDER_LIMIT = 20_000;

/**
 * Batches for the workers: at most BATCH_FILES files or about BATCH_BYTES each, the largest files first.
 * One slow file dealt out last leaves one worker scanning it while the other idles: on the bench tree a
 * single 3.4 MB bundle took 0.6 s, and dealt out first it overlaps with everything else. Above
 * SIZE_ORDER_LIMIT files, listing order (reading every size would cost more than the tail it saves).
 */
function dealOrder(files: readonly FileRef[]): FileRef[][] {
  const sized = files.map((file) => ({ file, size: files.length <= SIZE_ORDER_LIMIT ? sizeOf(file.abs) : 0 }));
  if (files.length <= SIZE_ORDER_LIMIT) sized.sort((a, b) => b.size - a.size);
  const batches: FileRef[][] = [];
  let batch: FileRef[] = [];
  let bytes = 0;
  for (const { file, size } of sized) {
    if (batch.length > 0 && (batch.length === BATCH_FILES || bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the worker reports it as unreadable, with the reason
  }
}

export interface ScanPool {
  /** Scan files, spreading batches over the workers; `onProgress` gets files done so far. */
  scanFiles(files: readonly FileRef[], onProgress?: (filesDone: number) => void): Promise<FileScanResult>;
  /** Scan fragments on some worker (or inline); resolves with their findings. */
  scanFragments(fragments: Fragment[]): Promise<Finding[]>;
  /** Start the workers now (they take a few hundred milliseconds to load the rules), not with the first batch. */
  start(): void;
  /** Number of history lanes: one per worker (1 when scanning inline). */
  readonly lanes: number;
  /**
   * Scan a batch of history blobs on lane `lane`: always the same worker, whose version cache holds the
   * blobs sent to it before (history-version-scanner.ts). The batch's buffers are transferred.
   */
  scanHistoryBatch(lane: number, batch: BlobBatch): Promise<ScannedBatch>;
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
  const workerFile = fileURLToPath(new URL('./scan-worker.js', import.meta.url));
  const wanted = options.workers ?? availableParallelism();
  const canUseWorkers = wanted > 0 && existsSync(workerFile);
  let inline: Scanner | undefined;
  const local = () => (inline ??= createScanner(settings.rules, { allowlist: settings.allowlist }));

  interface Slot { worker: Worker; busy: boolean; }
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; direct?: boolean }>();

  function startWorkers(): void {
    if (slots.length > 0) return;
    for (let i = 0; i < wanted; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      const slot: Slot = { worker, busy: false };
      worker.on('message', (msg: { id: number }) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        // A message posted to this worker directly (sendTo) never took the slot.
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
    const slot = await acquire();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }

  /** Post to one given worker, whether busy or not: its messages are handled in order. */
  function sendTo<T>(slot: Slot, payload: object, transfer: ArrayBuffer[]): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, direct: true });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }
  let inlineHistory: ReturnType<typeof createHistoryBatchScanner> | undefined;

  return {
    async scanFiles(files, onProgress) {
      if (!canUseWorkers || files.length < INLINE_FILE_LIMIT) {
        const result = emptyFileScanResult();
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          mergeFileScanResults(result, scanFileRefs(local(), files.slice(i, i + BATCH_FILES)));
          onProgress?.(Math.min(files.length, i + BATCH_FILES));
        }
        return result;
      }
      startWorkers();
      const result = emptyFileScanResult();
      let done = 0;
      const batches: Promise<void>[] = [];
      for (const batch of dealOrder(files)) {
        batches.push(
          send<{ result: FileScanResult }>({ files: batch }).then(({ result: r }) => {
            mergeFileScanResults(result, r);
            done += batch.length;
            onProgress?.(done);
          }),
        );
      }
      await Promise.all(batches);
      return result;
    },
    async scanFragments(fragments) {
      if (!canUseWorkers) return fragments.flatMap((f) => local().scan(f));
      startWorkers();
      const { findings } = await send<{ findings: Finding[] }>({ fragments });
      return findings;
    },
    start() {
      if (canUseWorkers) startWorkers();
    },
    lanes: canUseWorkers ? wanted : 1,
    async scanHistoryBatch(lane, batch) {
      if (!canUseWorkers) return { findings: (inlineHistory ??= createHistoryBatchScanner(local(), settings))(batch), spare: batch.bytes.buffer as ArrayBuffer };
      startWorkers();
      const { findings, spare } = await sendTo<ScannedBatch>(slots[lane % slots.length]!, { history: batch }, [batch.bytes.buffer as ArrayBuffer, batch.meta.buffer as ArrayBuffer]);
      return { findings, ...(spare && { spare }) };
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
