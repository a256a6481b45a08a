import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Buffers at least this big count toward a collection; smaller ones churn too little to matter. */
const LARGE = 1024 * 1024;
/** Large buffers' bytes made between two collections. */
const EVERY = 192 * 1024 * 1024;

let collect: (() => void) | undefined;

/**
 * Full garbage collections, run after every EVERY bytes of large buffers a synchronous loop has made and
 * dropped. V8 frees a Buffer's memory only in a collection, and it starts one for memory outside its heap
 * by incremental marking, which needs the event loop or allocations on its heap to finish: a loop that
 * rebuilds version after version of a large file does neither. On a 4.5 MB pack holding 60 versions of a
 * 12 MB file, each scanning thread held ~330 MB of dropped versions and the audit peaked at 811 MB.
 * Files under a megabyte never count, so a history of ordinary files never pays for a collection.
 */
export function createLargeBufferReclaimer(): (bytes: number) => void {
  let made = 0;
  return (bytes) => {
    if (bytes < LARGE) return;
    made += bytes;
    if (made < EVERY) return;
    made = 0;
    gcFunction()();
  };
}

function gcFunction(): () => void {
  if (!collect) {
    const global = globalThis as { gc?: () => void };
    if (!global.gc) setFlagsFromString('--expose-gc');
    // Exposed to contexts made from now on (a worker started later has it as a global already).
    collect = global.gc ?? (runInNewContext('gc') as () => void);
  }
  return collect;
}
