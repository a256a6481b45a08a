import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { binaryKeystoreText } from '../engine/keystore.js';
import type { Fragment } from '../engine/types.js';

/** What happened to one file: scanned (in how many bytes), skipped as binary, or unreadable and why. */
export type FileOutcome =
  | { kind: 'scanned'; bytes: number }
  | { kind: 'binary'; bytes: number }
  | { kind: 'unreadable'; reason: string };

/**
 * Files larger than this are scanned in chunks, so memory stays bounded whatever the file size. Decoded
 * chunks are freed only when V8 next collects, so peak memory grows with the chunk: measured peak RSS on a
 * 285 MB file was 176 MB with 8 MB chunks, 147 MB with 2 MB ones.
 */
export const CHUNK_BYTES = 2 * 1024 * 1024;
/** Consecutive chunks overlap by this much, so a secret across a boundary is still seen whole. */
export const CHUNK_OVERLAP = 16 * 1024;
/** Like git, a NUL byte in the first 8000 bytes marks a file as binary. */
const BINARY_PROBE = 8000;

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).indexOf(0) !== -1;
}

/**
 * Read buffers reused from file to file (one pair per thread): a fresh buffer per file costs page faults
 * on every read, which measured as a third of the scan time on a warm tree. Safe because every fragment's
 * text is copied out (decoded) before the next read.
 */
const buffers: Buffer[] = [];
function readBuffer(which: 0 | 1, size: number): Buffer {
  let b = buffers[which];
  if (!b || b.length < size) {
    b = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    buffers[which] = b;
  }
  return b.subarray(0, size);
}

/**
 * Read a file as one or more fragments and hand each to `onFragment`. Reads synchronously: this runs
 * in scan workers, where blocking is the point. Never throws for a file problem; says so in the outcome.
 */
export function readFileFragments(absPath: string, relPath: string, onFragment: (fragment: Fragment) => void): FileOutcome {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (error) {
    return { kind: 'unreadable', reason: describe(error) };
  }
  try {
    const size = fstatSync(fd).size;
    const first = readBuffer(0, Math.min(size, CHUNK_BYTES) || 1);
    const got = readFully(fd, first, 0);
    const head = first.subarray(0, got);
    if (isBinary(head)) {
      // Binary content is skipped, except a keystore (PKCS#12, JKS, JCEKS), which the engine reads as text.
      const keystore = got === size ? binaryKeystoreText(head) : undefined;
      if (keystore === undefined) return { kind: 'binary', bytes: size };
      onFragment({ path: relPath, text: keystore });
      return { kind: 'scanned', bytes: got };
    }
    if (got < CHUNK_BYTES) {
      onFragment({ path: relPath, text: decode(head) });
      return { kind: 'scanned', bytes: got };
    }
    return readChunks(fd, head, relPath, onFragment);
  } catch (error) {
    return { kind: 'unreadable', reason: describe(error) };
  } finally {
    closeSync(fd);
  }
}

/** Chunks cut at a line end where one is near, each starting CHUNK_OVERLAP bytes before the previous cut. */
function readChunks(fd: number, first: Buffer, relPath: string, onFragment: (fragment: Fragment) => void): FileOutcome {
  let buffer = first;
  let position = first.length; // file offset just past `buffer`
  let bufferStart = 0; // file offset of buffer[0]
  let startLine = 1;
  let startColumn = 0;
  let total = 0;
  for (;;) {
    const eof = buffer.length < CHUNK_BYTES;
    let cut = buffer.length;
    if (!eof) {
      const nl = buffer.lastIndexOf(10, buffer.length - 1);
      cut = nl > buffer.length / 2 ? nl + 1 : charBoundary(buffer, cut);
    }
    const text = buffer.subarray(0, cut);
    onFragment({ path: relPath, text: decode(text), startLine, startColumn });
    total = bufferStart + cut;
    if (eof) return { kind: 'scanned', bytes: total };
    // The next chunk starts OVERLAP bytes before the cut, at a line start if one is near.
    let next = charBoundary(buffer, Math.max(0, cut - CHUNK_OVERLAP));
    const nl = buffer.indexOf(10, next);
    if (nl !== -1 && nl < cut) next = nl + 1;
    const consumed = buffer.subarray(0, next);
    const { lines, lastBreak } = countLineBreaks(buffer, next);
    const columns = utf16Length(consumed.subarray(lastBreak + 1));
    startColumn = lastBreak === -1 ? startColumn + columns : columns;
    startLine += lines;
    const carry = buffer.subarray(next);
    // Alternate between the two buffers: the carried overlap is copied from one into the other.
    const fresh = readBuffer(buffer.buffer === buffers[0]!.buffer ? 1 : 0, CHUNK_BYTES);
    carry.copy(fresh, 0);
    const got = readFully(fd, fresh, carry.length, position);
    position += got - carry.length;
    bufferStart += next;
    buffer = fresh.subarray(0, got);
  }
}

/**
 * Line breaks in bytes[0, end) as the engine's locator counts them (LF, CRLF, or a lone CR), and the
 * offset of the last one (-1 if none), found with native indexOf: LFs, then CRs not followed by an LF.
 * bytes[end] exists, so a CR at end - 1 can be checked for a following LF. Both loops run for every
 * chunk (the CR one finds nothing in most files): a byte loop run only for files with CRs was first
 * met mid-scan by optimised code, which V8 then threw away (five compiles per thread on the bench tree).
 */
function countLineBreaks(bytes: Buffer, end: number): { lines: number; lastBreak: number } {
  let lines = 0;
  let lastBreak = -1;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
    lines++;
    lastBreak = i;
  }
  for (let i = bytes.indexOf(13); i !== -1 && i < end; i = bytes.indexOf(13, i + 1)) {
    const lone = bytes[i + 1] !== 10;
    lines += lone ? 1 : 0;
    lastBreak = lone && i > lastBreak ? i : lastBreak;
  }
  return { lines, lastBreak };
}

/** The nearest offset at or before `at` that does not split a UTF-8 character (continuation bytes are 10xxxxxx). */
function charBoundary(bytes: Buffer, at: number): number {
  let i = at;
  while (i > 0 && at - i < 3 && (bytes[i]! & 0xc0) === 0x80) i--;
  return i;
}

/** Length in UTF-16 code units (the engine's columns) of whole UTF-8 characters: 4-byte ones are two units. */
function utf16Length(bytes: Buffer): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** UTF-8 to string; pure ASCII (about half of real code) takes the copy-only latin1 path, 2-3x faster. */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function readFully(fd: number, into: Buffer, offset: number, position: number | null = null): number {
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

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return e.code ?? e.message;
  }
}
