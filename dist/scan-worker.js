import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createHistoryBatchScanner,
  scanClaimedFiles
} from "./chunk-Q4FTWNKV.js";
import "./chunk-NMRZ3UOB.js";
import {
  createScanner
} from "./chunk-ES4THOJL.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/pool/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var settings = workerData;
var scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
var scanHistoryBatch = createHistoryBatchScanner(scanner, settings);
parentPort.on("message", (request) => {
  if ("history" in request) {
    const spare = request.history.bytes.buffer;
    parentPort.postMessage({ id: request.id, findings: scanHistoryBatch(request.history), spare }, [spare]);
  } else if ("claim" in request) {
    parentPort.postMessage({ id: request.id, result: scanClaimedFiles(scanner, request.claim.files, new Int32Array(request.claim.counters)) });
  } else {
    parentPort.postMessage({ id: request.id, findings: request.fragments.flatMap((f) => scanner.scan(f)) });
  }
});
