/**
 * A scan worker thread: builds its own scanner from the settings it is started with (or, when it was
 * started before they were loaded, see prestart.ts, from the first message), then scans batches of
 * files or fragments on request. Entry point of `dist/scan-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner, type Scanner } from '../engine/scanner.js';
import type { Fragment } from '../engine/types.js';
import { scanClaimedFiles } from './scan-files.js';
import { unpackFileRefs, type FileClaim } from './file-claim.js';
import type { BlobBatch } from '../sources/history-blob-batch.js';
import { createHistoryBatchScanner, historyMargins } from './history-batch-scanner.js';
import { scanPackShard, type PackShardRequest } from '../sources/history-pack-shard.js';
import { scannerOptions, type ScanSettings } from './scan-settings.js';

export type WorkerRequest =
  | { settings: ScanSettings }
  | { id: number; claim: FileClaim }
  | { id: number; fragments: Fragment[] }
  | { id: number; history: BlobBatch }
  | { id: number; packShard: PackShardRequest };

let scanner: Scanner;
let scanHistoryBatch: ReturnType<typeof createHistoryBatchScanner>;
let settings: ScanSettings;
function setUp(given: ScanSettings): void {
  settings = given;
  scanner = createScanner(settings.rules, scannerOptions(settings));
  scanHistoryBatch = createHistoryBatchScanner(scanner, settings);
}
if (workerData) setUp(workerData as ScanSettings);

parentPort!.on('message', (request: WorkerRequest) => {
  // Messages are handled in order: the settings always come before any work.
  if ('settings' in request) setUp(request.settings);
  else if ('history' in request) {
    // The batch's buffer goes back for the next batch (the version cache keeps copies, never views).
    const spare = request.history.bytes.buffer as ArrayBuffer;
    parentPort!.postMessage({ id: request.id, findings: scanHistoryBatch(request.history), spare }, [spare]);
  } else if ('packShard' in request) {
    parentPort!.postMessage({ id: request.id, result: scanPackShard(request.packShard, scanner, historyMargins(settings)) });
  } else if ('claim' in request) {
    parentPort!.postMessage({ id: request.id, result: scanClaimedFiles(scanner, unpackFileRefs(request.claim.paths), new Int32Array(request.claim.counters)) });
  } else {
    parentPort!.postMessage({ id: request.id, findings: request.fragments.flatMap((f) => scanner.scan(f)) });
  }
});
