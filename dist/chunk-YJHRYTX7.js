import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  WORKER_RESOURCE_LIMITS,
  takePrestartedWorker
} from "./chunk-B4EJ7F2I.js";
import {
  createHistoryBatchScanner,
  emptyFileScanResult,
  historyMargins,
  mergeFileScanResults,
  packFileRefs,
  scanClaimedFiles,
  scanFileRefs,
  scanPackShard,
  scannerOptions
} from "./chunk-2SKL5KL2.js";
import {
  createScanner
} from "./chunk-RFKOUKFE.js";

// src/pool/scan-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/pool/jit-inlining.ts
import { setFlagsFromString } from "node:v8";
var INLINE_BUDGET = "--max-inlined-bytecode-size-cumulative=300";
var applied = false;
function limitInlining() {
  if (applied) return;
  applied = true;
  setFlagsFromString(INLINE_BUDGET);
}

// src/pool/scan-pool.ts
var LARGE_SCAN_FILES = 400;
var BATCH_FILES = 64;
function largestFirst(files) {
  if (files.some((file) => file.size === void 0)) return files;
  return [...files].sort((a, b) => b.size - a.size);
}
function createScanPool(settings, options = {}) {
  limitInlining();
  const workerFile = fileURLToPath(new URL("./scan-worker.js", import.meta.url));
  const wanted = options.workers ?? availableParallelism();
  const canUseWorkers = wanted > 0 && existsSync(workerFile);
  let inline;
  const local = () => inline ??= createScanner(settings.rules, scannerOptions(settings));
  const slots = [];
  const waiting = [];
  let nextId = 0;
  const pending = /* @__PURE__ */ new Map();
  function startWorkers(count = wanted) {
    if (slots.length === 0) addWorkers(count);
  }
  function addWorkers(count) {
    while (slots.length < count) {
      const prestarted = takePrestartedWorker();
      const worker = prestarted ?? new Worker(workerFile, { workerData: settings, resourceLimits: WORKER_RESOURCE_LIMITS });
      if (prestarted) prestarted.postMessage({ settings });
      const slot = { worker, busy: false };
      worker.on("message", (msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (!p?.direct) release(slot);
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
    return sendTo(await acquire(), payload, transfer);
  }
  function sendTo(slot, payload, transfer = []) {
    slot.busy = true;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }
  function postTo(slot, payload, transfer) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, direct: true });
      slot.worker.postMessage({ id, ...payload }, transfer);
    });
  }
  let inlineHistory;
  const helpers = options.workers ?? availableParallelism() - 1;
  return {
    startForFiles() {
      if (canUseWorkers && helpers >= 1) startWorkers(helpers);
    },
    async scanFiles(files, onProgress) {
      if (!canUseWorkers || helpers < 1 || files.length < LARGE_SCAN_FILES) {
        const result2 = emptyFileScanResult();
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          mergeFileScanResults(result2, scanFileRefs(local(), files.slice(i, i + BATCH_FILES)));
          onProgress?.(Math.min(files.length, i + BATCH_FILES));
        }
        return sortedLists(result2);
      }
      startWorkers(helpers);
      const ordered = largestFirst(files);
      const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
      const claim = { paths: packFileRefs(ordered), counters: counters.buffer };
      const helping = slots.map((slot) => sendTo(slot, { claim }));
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
      const { findings } = await send({ fragments });
      return findings;
    },
    start(count) {
      if (canUseWorkers) startWorkers(Math.min(count ?? wanted, wanted));
    },
    lanes: canUseWorkers ? wanted : 1,
    usesWorkers: canUseWorkers,
    async scanHistoryBatch(lane, batch) {
      if (!canUseWorkers) return { findings: (inlineHistory ??= createHistoryBatchScanner(local(), settings))(batch), spare: batch.bytes.buffer };
      addWorkers(Math.min(wanted, lane + 1));
      const { findings, spare } = await postTo(slots[lane % slots.length], { history: batch }, [batch.bytes.buffer, batch.meta.buffer]);
      return { findings, ...spare && { spare } };
    },
    async scanPackShard(lane, request) {
      if (!canUseWorkers || lane < 0) return scanPackShard(request, local(), historyMargins(settings));
      addWorkers(Math.min(wanted, lane + 1));
      const { result } = await postTo(slots[lane % slots.length], { packShard: request }, []);
      return result;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    }
  };
}
function sortedLists(result) {
  result.binary.sort();
  result.unreadable.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return result;
}

export {
  LARGE_SCAN_FILES,
  createScanPool
};
