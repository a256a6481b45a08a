import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs,
  unpackFragments
} from "./chunk-Q6PFLHSF.js";
import {
  createScanner
} from "./chunk-WL3DAIW7.js";

// src/pool/scan-pool.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var INLINE_FILE_LIMIT = 400;
var BATCH_FILES = 64;
var BATCH_BYTES = 4 * 1024 * 1024;
var SIZE_ORDER_LIMIT = 2e4;
function dealOrder(files) {
  const sized = files.map((file) => ({ file, size: files.length <= SIZE_ORDER_LIMIT ? sizeOf(file.abs) : 0 }));
  if (files.length <= SIZE_ORDER_LIMIT) sized.sort((a, b) => b.size - a.size);
  const batches = [];
  let batch = [];
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
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
function createScanPool(settings, options = {}) {
  const workerFile = fileURLToPath(new URL("./scan-worker.js", import.meta.url));
  const wanted = options.workers ?? availableParallelism();
  const canUseWorkers = wanted > 0 && existsSync(workerFile);
  let inline;
  const local = () => inline ??= createScanner(settings.rules, { allowlist: settings.allowlist });
  const slots = [];
  const waiting = [];
  let nextId = 0;
  const pending = /* @__PURE__ */ new Map();
  function startWorkers() {
    if (slots.length > 0) return;
    for (let i = 0; i < wanted; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      const slot = { worker, busy: false };
      worker.on("message", (msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        release(slot);
        p?.resolve(msg);
      });
      worker.on("error", (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      slots.push(slot);
    }
  }
  function acquire() {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function release(slot) {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }
  async function send(payload, transfer = []) {
    const slot = await acquire();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }
  return {
    async scanFiles(files, onProgress) {
      if (!canUseWorkers || files.length < INLINE_FILE_LIMIT) {
        const result2 = emptyFileScanResult();
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          mergeFileScanResults(result2, scanFileRefs(local(), files.slice(i, i + BATCH_FILES)));
          onProgress?.(Math.min(files.length, i + BATCH_FILES));
        }
        return result2;
      }
      startWorkers();
      const result = emptyFileScanResult();
      let done = 0;
      const batches = [];
      for (const batch of dealOrder(files)) {
        batches.push(
          send({ files: batch }).then(({ result: r }) => {
            mergeFileScanResults(result, r);
            done += batch.length;
            onProgress?.(done);
          })
        );
      }
      await Promise.all(batches);
      return result;
    },
    async scanFragments(fragments) {
      if (!canUseWorkers) return fragments.flatMap((f) => local().scan(f));
      startWorkers();
      const { findings } = await send({ fragments });
      return findings;
    },
    async scanPacked(packed) {
      if (!canUseWorkers) return unpackFragments(packed).flatMap((f) => local().scan(f));
      startWorkers();
      const { findings } = await send({ packed }, [packed.bytes.buffer]);
      return findings;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    }
  };
}

export {
  createScanPool
};
