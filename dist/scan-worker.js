import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createHistoryBatchScanner,
  historyMargins,
  scanClaimedFiles,
  scanPackShard,
  scannerOptions,
  unpackFileRefs
} from "./chunk-2SKL5KL2.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-E6TSIIIV.js";
import {
  createScanner
} from "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/pool/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var scanner;
var scanHistoryBatch;
var settings;
function setUp(given) {
  settings = given;
  scanner = createScanner(settings.rules, scannerOptions(settings));
  scanHistoryBatch = createHistoryBatchScanner(scanner, settings);
}
if (workerData) setUp(workerData);
parentPort.on("message", (request) => {
  if ("settings" in request) setUp(request.settings);
  else if ("history" in request) {
    const spare = request.history.bytes.buffer;
    parentPort.postMessage({ id: request.id, findings: scanHistoryBatch(request.history), spare }, [spare]);
  } else if ("packShard" in request) {
    parentPort.postMessage({ id: request.id, result: scanPackShard(request.packShard, scanner, historyMargins(settings)) });
  } else if ("claim" in request) {
    parentPort.postMessage({ id: request.id, result: scanClaimedFiles(scanner, unpackFileRefs(request.claim.paths), new Int32Array(request.claim.counters)) });
  } else {
    parentPort.postMessage({ id: request.id, findings: request.fragments.flatMap((f) => scanner.scan(f)) });
  }
});
