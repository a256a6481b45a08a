import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/sources/read-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var CHUNK_BYTES = 8 * 1024 * 1024;
var CHUNK_OVERLAP = 16 * 1024;
var BINARY_PROBE = 8e3;
function isBinary(bytes) {
  const n = Math.min(bytes.length, BINARY_PROBE);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
function readFileFragments(absPath, relPath, onFragment) {
  let fd;
  try {
    fd = openSync(absPath, "r");
  } catch (error) {
    return { kind: "unreadable", reason: describe(error) };
  }
  try {
    const size = fstatSync(fd).size;
    const first = Buffer.allocUnsafe(Math.min(size, CHUNK_BYTES) || 1);
    const got = readFully(fd, first, 0);
    const head = first.subarray(0, got);
    if (isBinary(head)) return { kind: "binary", bytes: size };
    if (got < CHUNK_BYTES) {
      onFragment({ path: relPath, text: head.toString("utf8") });
      return { kind: "scanned", bytes: got };
    }
    return readChunks(fd, head, relPath, onFragment);
  } catch (error) {
    return { kind: "unreadable", reason: describe(error) };
  } finally {
    closeSync(fd);
  }
}
function readChunks(fd, first, relPath, onFragment) {
  let buffer = first;
  let position = first.length;
  let bufferStart = 0;
  let startLine = 1;
  let startColumn = 0;
  let total = 0;
  for (; ; ) {
    const eof = buffer.length < CHUNK_BYTES;
    let cut = buffer.length;
    if (!eof) {
      const nl2 = buffer.lastIndexOf(10, buffer.length - 1);
      if (nl2 > buffer.length / 2) cut = nl2 + 1;
    }
    const text = buffer.subarray(0, cut);
    onFragment({ path: relPath, text: text.toString("utf8"), startLine, startColumn });
    total = bufferStart + cut;
    if (eof) return { kind: "scanned", bytes: total };
    let next = Math.max(0, cut - CHUNK_OVERLAP);
    const nl = buffer.indexOf(10, next);
    if (nl !== -1 && nl < cut) next = nl + 1;
    const consumed = buffer.subarray(0, next);
    let lines = 0;
    let lastNl = -1;
    for (let i = 0; i < consumed.length; i++) if (consumed[i] === 10) {
      lines++;
      lastNl = i;
    }
    startColumn = lastNl === -1 ? startColumn + consumed.length : consumed.length - lastNl - 1;
    startLine += lines;
    const carry = buffer.subarray(next);
    const fresh = Buffer.allocUnsafe(CHUNK_BYTES);
    carry.copy(fresh, 0);
    const got = readFully(fd, fresh, carry.length, position);
    position += got - carry.length;
    bufferStart += next;
    buffer = fresh.subarray(0, got);
  }
}
function readFully(fd, into, offset, position = null) {
  let filled = offset;
  let pos = position;
  while (filled < into.length) {
    const n = readSync(fd, into, filled, into.length - filled, pos);
    if (n === 0) break;
    filled += n;
    if (pos !== null) pos += n;
  }
  return filled;
}
function describe(error) {
  const e = error;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return e.code ?? e.message;
  }
}

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

export {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs
};
