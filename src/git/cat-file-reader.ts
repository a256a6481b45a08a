import { spawn } from 'node:child_process';
import { GitError } from '../engine/errors.js';

/**
 * A piece of a blob's content, in request order. Small blobs arrive in one piece; large ones in
 * several, so no blob is ever held whole. `last` marks the final piece of a blob.
 */
export type BlobPiece =
  | { oid: string; size: number; offset: number; data: Buffer; last: boolean }
  | { oid: string; missing: string };

/** Reads blobs by id; contents come back through `onPiece` in the order they were requested. */
export interface BlobReader {
  /** Queue a blob. Resolves once it is accepted: waits while too many requests are unanswered. */
  request(oid: string): Promise<void>;
  /** Stop delivering pieces until `resume` (the consumer is busy). */
  pause(): void;
  resume(): void;
  /** No more requests: resolves when every requested blob has been delivered and the reader closed. */
  finish(): Promise<void>;
}

/**
 * Unanswered requests allowed at once. With --buffer git holds answers until its stdio buffer (a few KB)
 * fills; 8192 answers of at least 48 bytes always overflow it, so waiting for answers can never stall.
 */
const MAX_IN_FLIGHT = 8192;
/** Pieces of a large blob are at most this big. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * One long-lived `git cat-file --batch` process. Its output is `<oid> <type> <size>\n<content>\n` per
 * object, or `<oid> missing\n` (https://git-scm.com/docs/git-cat-file#_batch_output). Parsed as a byte
 * stream so content never needs to be buffered beyond one piece.
 */
export function createCatFileReader(cwd: string, onPiece: (piece: BlobPiece) => void): BlobReader {
  // --buffer: git writes its output in large blocks instead of flushing after every object (about 30%
  // less time on a pipe). It cannot stall us: see MAX_IN_FLIGHT.
  const child = spawn('git', ['cat-file', '--batch', '--buffer'], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let requested = 0;
  let answered = 0;
  let waiters: (() => void)[] = [];
  let spawnError: Error | undefined;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdin.on('error', () => undefined); // reported through 'close' below
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH; install git, or use --git-engine isomorphic' : `cannot run git cat-file: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => {
      for (const w of waiters.splice(0)) w();
      resolve(code);
    });
  });

  // Parser state: reading a header line, or `remaining` content bytes (+1 for the trailing LF) of `current`.
  let head: Buffer[] = [];
  let current: { oid: string; size: number; offset: number; discard: boolean } | undefined;
  let remaining = 0;
  let skipLf = false;
  let pieceParts: Buffer[] = [];
  let pieceBytes = 0;

  function answer(): void {
    answered++;
    const w = waiters.shift();
    if (w) w();
  }

  function flushPiece(last: boolean): void {
    const c = current!;
    const data = pieceParts.length === 1 ? pieceParts[0]! : Buffer.concat(pieceParts, pieceBytes);
    if (!c.discard) onPiece({ oid: c.oid, size: c.size, offset: c.offset, data, last });
    c.offset += pieceBytes;
    pieceParts = [];
    pieceBytes = 0;
  }

  function parse(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (skipLf) {
        skipLf = false;
        i++; // the LF after the content
        continue;
      }
      if (current) {
        const take = Math.min(remaining, chunk.length - i, PIECE_BYTES - pieceBytes);
        pieceParts.push(chunk.subarray(i, i + take));
        pieceBytes += take;
        remaining -= take;
        i += take;
        if (remaining === 0) {
          const wasDiscarded = current.discard;
          flushPiece(true);
          current = undefined;
          skipLf = true;
          if (!wasDiscarded) answer();
        } else if (pieceBytes === PIECE_BYTES) flushPiece(false);
        continue;
      }
      const nl = chunk.indexOf(10, i);
      if (nl === -1) {
        head.push(chunk.subarray(i));
        return;
      }
      head.push(chunk.subarray(i, nl));
      const line = Buffer.concat(head).toString('utf8');
      head = [];
      i = nl + 1;
      const [oid = '', type = '', size = ''] = line.split(' ');
      if (type === 'missing' || type === 'ambiguous') {
        onPiece({ oid, missing: type === 'missing' ? 'object missing from the repository' : 'ambiguous object name' });
        answer();
      } else if (type !== 'blob') {
        // Asked for a blob, got something else: the object store is inconsistent. Skip its content.
        onPiece({ oid, missing: `expected a blob, found a ${type || 'malformed answer'}` });
        answer();
        current = { oid, size: Number(size) || 0, offset: 0, discard: true };
        remaining = current.size;
        if (remaining === 0) {
          current = undefined;
          skipLf = true;
        }
      } else {
        current = { oid, size: Number(size), offset: 0, discard: false };
        remaining = Number(size);
        if (remaining === 0) {
          flushPiece(true);
          current = undefined;
          skipLf = true;
          answer();
        }
      }
    }
  }

  child.stdout.on('data', parse);

  let outgoing = '';
  let scheduled: NodeJS.Immediate | undefined;
  async function sendOutgoing(): Promise<void> {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (!outgoing || child.stdin.destroyed) return;
    const text = outgoing;
    outgoing = '';
    // A git that died (a corrupt object) never drains its stdin: stop waiting when it closes, and let
    // request() and finish() report why.
    if (!child.stdin.write(text)) draining ??= Promise.race([new Promise<void>((r) => child.stdin.once('drain', r)), closed.then(() => undefined)]).then(() => { draining = undefined; });
    if (draining) await draining;
  }
  let draining: Promise<void> | undefined;

  return {
    async request(oid) {
      if (spawnError) throw spawnError;
      while (requested - answered >= MAX_IN_FLIGHT && child.exitCode === null) await new Promise<void>((r) => waiters.push(r));
      if (child.exitCode !== null || child.stdin.destroyed) {
        throw new GitError(`git cat-file stopped unexpectedly: ${stderr.trim().split('\n')[0] || 'no message'}`);
      }
      requested++;
      // Ids are written in batches (one write per turn of the event loop), not one syscall each.
      outgoing += `${oid}\n`;
      if (outgoing.length >= 64 * 41) return sendOutgoing();
      scheduled ??= setImmediate(() => void sendOutgoing());
    },
    pause() {
      child.stdout.pause();
    },
    resume() {
      child.stdout.resume();
    },
    async finish() {
      await sendOutgoing();
      child.stdin.end();
      const code = await closed;
      if (spawnError) throw spawnError;
      if (code !== 0 || answered < requested) {
        throw new GitError(`git cat-file failed (exit ${code}) after ${answered} of ${requested} objects: ${stderr.trim().split('\n')[0] || 'no message'}`);
      }
      waiters = [];
    },
  };
}
