import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  readFileFragments
} from "./chunk-NMRZ3UOB.js";

// src/pool/scan-files.ts
function emptyFileScanResult() {
  return { findings: [], files: 0, bytes: 0, binary: [], unreadable: [] };
}
function mergeFileScanResults(into, from) {
  into.findings.push(...from.findings);
  into.files += from.files;
  into.bytes += from.bytes;
  into.binary.push(...from.binary);
  into.unreadable.push(...from.unreadable);
}
function scanFileRefs(scanner, files) {
  const result = emptyFileScanResult();
  for (const file of files) {
    if (scanner.isPathAllowed(file.rel)) continue;
    const seen = /* @__PURE__ */ new Set();
    const outcome = readFileFragments(file.abs, file.rel, (fragment) => {
      for (const finding of scanner.scan(fragment)) {
        const key = `${finding.ruleId}:${finding.line}:${finding.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.findings.push(finding);
      }
    });
    if (outcome.kind === "scanned") {
      result.files++;
      result.bytes += outcome.bytes;
    } else if (outcome.kind === "binary") result.binary.push(file.rel);
    else result.unreadable.push({ path: file.rel, reason: outcome.reason });
  }
  return result;
}
function scanClaimedFiles(scanner, files, counters, onFile) {
  const result = emptyFileScanResult();
  for (let i = Atomics.add(counters, 0, 1); i < files.length; i = Atomics.add(counters, 0, 1)) {
    mergeFileScanResults(result, scanFileRefs(scanner, [files[i]]));
    Atomics.add(counters, 1, 1);
    onFile?.();
  }
  return result;
}

// src/pool/packed-fragments.ts
function packFragments(items) {
  let total = 0;
  for (const item of items) total += item.bytes.length;
  const bytes = new Uint8Array(new ArrayBuffer(total));
  const fragments = [];
  let at = 0;
  for (const item of items) {
    bytes.set(item.bytes, at);
    fragments.push({ path: item.path, ...item.blobId !== void 0 && { blobId: item.blobId }, start: at, end: at + item.bytes.length, startLine: item.startLine, startColumn: item.startColumn });
    at += item.bytes.length;
  }
  return { bytes, fragments };
}
function unpackFragments(packed) {
  const buffer = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  return packed.fragments.map((f) => ({
    path: f.path,
    text: buffer.toString("utf8", f.start, f.end),
    startLine: f.startLine,
    startColumn: f.startColumn,
    ...f.blobId !== void 0 && { blobId: f.blobId }
  }));
}

export {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs,
  scanClaimedFiles,
  packFragments,
  unpackFragments
};
