import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  scanFileRefs,
  unpackFragments
} from "./chunk-Q6PFLHSF.js";
import "./chunk-NMRZ3UOB.js";
import {
  createScanner
} from "./chunk-WL3DAIW7.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/pool/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var settings = workerData;
var scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
parentPort.on("message", (request) => {
  if ("packed" in request) {
    parentPort.postMessage({ id: request.id, findings: unpackFragments(request.packed).flatMap((f) => scanner.scan(f)) });
  } else if ("files" in request) {
    parentPort.postMessage({ id: request.id, result: scanFileRefs(scanner, request.files) });
  } else {
    parentPort.postMessage({ id: request.id, findings: request.fragments.flatMap((f) => scanner.scan(f)) });
  }
});
