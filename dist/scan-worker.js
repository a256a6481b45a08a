import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  scanFileRefs
} from "./chunk-TQS54TRJ.js";
import {
  createScanner
} from "./chunk-WQS4HTZQ.js";

// src/pool/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var settings = workerData;
var scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
parentPort.on("message", (request) => {
  if ("files" in request) {
    parentPort.postMessage({ id: request.id, result: scanFileRefs(scanner, request.files) });
  } else {
    parentPort.postMessage({ id: request.id, findings: request.fragments.flatMap((f) => scanner.scan(f)) });
  }
});
