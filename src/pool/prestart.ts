import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WORKER_RESOURCE_LIMITS } from './worker-limits.js';

/**
 * Scan workers started before the command that will use them has loaded. A worker takes ~100 ms to
 * boot (Node's own start-up, then the engine's modules); started from the pool, once the settings were
 * loaded and the listing had found enough files, the helper on the bench tree began scanning ~110 ms
 * after the main thread, and for all that time the second core idled while the main thread loaded
 * modules. Started here, before the command's modules load, it boots on that idle core and waits for
 * its settings by message (see scan-worker.ts). Measured on the 168 MB bench tree: it began scanning
 * ~70 ms earlier, and alternating runs took 0-8% less wall time (medians of 8-12 pairs, loaded machine).
 *
 * A prestarted worker that is never used (a scan too small for workers) costs its boot on the other
 * core and nothing else: it is unref'd, so it never holds the process open.
 */
const spare: Worker[] = [];

/** Small enough to load with the CLI's entry point: this module imports nothing of the engine. */
export function prestartScanWorkers(count = availableParallelism() - 1): void {
  const file = fileURLToPath(new URL('./scan-worker.js', import.meta.url));
  // Running from source (the tests), there is no built worker: the pool then scans in this thread.
  if (count < 1 || spare.length > 0 || !existsSync(file)) return;
  for (let i = 0; i < count; i++) {
    const worker = new Worker(file, { resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.unref();
    // A worker that failed while waiting is not handed out (the pool starts a fresh one instead).
    const drop = () => {
      const at = spare.indexOf(worker);
      if (at >= 0) spare.splice(at, 1);
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    spare.push(worker);
  }
}

/** A prestarted worker, if one is left; it scans nothing until it is posted `{ settings }`. */
export function takePrestartedWorker(): Worker | undefined {
  const worker = spare.pop();
  worker?.ref();
  return worker;
}
