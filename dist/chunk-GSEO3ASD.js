import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/sources/read-file.ts
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var CHUNK_BYTES = 2 * 1024 * 1024;
var CHUNK_OVERLAP = 16 * 1024;
var BINARY_PROBE = 8e3;
function isBinary(bytes) {
  return bytes.subarray(0, BINARY_PROBE).indexOf(0) !== -1;
}
var buffers = [];
function readBuffer(which, size) {
  let b = buffers[which];
  if (!b || b.length < size) {
    b = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    buffers[which] = b;
  }
  return b.subarray(0, size);
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
    const first = readBuffer(0, Math.min(size, CHUNK_BYTES) || 1);
    const got = readFully(fd, first, 0);
    const head = first.subarray(0, got);
    if (isBinary(head)) return { kind: "binary", bytes: size };
    if (got < CHUNK_BYTES) {
      onFragment({ path: relPath, text: decode(head) });
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
      cut = nl2 > buffer.length / 2 ? nl2 + 1 : charBoundary(buffer, cut);
    }
    const text = buffer.subarray(0, cut);
    onFragment({ path: relPath, text: decode(text), startLine, startColumn });
    total = bufferStart + cut;
    if (eof) return { kind: "scanned", bytes: total };
    let next = charBoundary(buffer, Math.max(0, cut - CHUNK_OVERLAP));
    const nl = buffer.indexOf(10, next);
    if (nl !== -1 && nl < cut) next = nl + 1;
    const consumed = buffer.subarray(0, next);
    const { lines, lastBreak } = countLineBreaks(buffer, next);
    const columns = utf16Length(consumed.subarray(lastBreak + 1));
    startColumn = lastBreak === -1 ? startColumn + columns : columns;
    startLine += lines;
    const carry = buffer.subarray(next);
    const fresh = readBuffer(buffer.buffer === buffers[0].buffer ? 1 : 0, CHUNK_BYTES);
    carry.copy(fresh, 0);
    const got = readFully(fd, fresh, carry.length, position);
    position += got - carry.length;
    bufferStart += next;
    buffer = fresh.subarray(0, got);
  }
}
function countLineBreaks(bytes, end) {
  let lines = 0;
  let lastBreak = -1;
  if (bytes.subarray(0, end).indexOf(13) !== -1) {
    for (let i = 0; i < end; i++) {
      const c = bytes[i];
      if (c === 10 || c === 13 && bytes[i + 1] !== 10) {
        lines++;
        lastBreak = i;
      }
    }
    return { lines, lastBreak };
  }
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
    lines++;
    lastBreak = i;
  }
  return { lines, lastBreak };
}
function charBoundary(bytes, at) {
  let i = at;
  while (i > 0 && at - i < 3 && (bytes[i] & 192) === 128) i--;
  return i;
}
function utf16Length(bytes) {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 192) !== 128) n += b >= 240 ? 2 : 1;
  }
  return n;
}
function decode(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
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

export {
  isBinary,
  readFileFragments
};
