import { spawn } from 'node:child_process';
import { GitError } from '../engine/errors.js';

export interface BlobReader {
  /** The blob's bytes, or undefined when the object is missing (e.g. a submodule's commit). */
  read(oid: string): Promise<Buffer | undefined>;
  close(): void;
}

/**
 * One long-lived `git cat-file --batch` for reading many blobs without a process each. Requests are
 * answered in order: "<oid> <type> <size>\n<bytes>\n", or "<oid> missing\n".
 * https://git-scm.com/docs/git-cat-file#_batch_output
 */
export function createBlobReader(cwd: string, env?: NodeJS.ProcessEnv): BlobReader {
  let child: ReturnType<typeof spawn> | undefined;
  const queue: { resolve: (b: Buffer | undefined) => void; reject: (e: Error) => void }[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let failure: Error | undefined;
  const err: Buffer[] = [];

  function start(): ReturnType<typeof spawn> {
    const c = spawn('git', ['cat-file', '--batch'], { cwd, env: { ...process.env, ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    c.stdout!.on('data', (d: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, d]) : d;
      drain();
    });
    c.stderr!.on('data', (d: Buffer) => err.push(d));
    c.on('error', (e: NodeJS.ErrnoException) => fail(new GitError(e.code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${e.message}`)));
    c.on('close', (code) => {
      if (queue.length) fail(new GitError(`git cat-file failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim().split('\n')[0] || 'no message'}`));
    });
    c.stdin!.on('error', () => undefined);
    return c;
  }

  function fail(e: Error): void {
    failure = e;
    for (const q of queue.splice(0)) q.reject(e);
  }

  function drain(): void {
    while (queue.length) {
      const nl = buffer.indexOf(10);
      if (nl === -1) return;
      const header = buffer.toString('utf8', 0, nl);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffer = buffer.subarray(nl + 1);
        queue.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      if (buffer.length < nl + 1 + size + 1) return;
      const body = Buffer.from(buffer.subarray(nl + 1, nl + 1 + size));
      buffer = buffer.subarray(nl + 1 + size + 1);
      queue.shift()!.resolve(body);
    }
  }

  return {
    read(oid) {
      if (failure) return Promise.reject(failure);
      child ??= start();
      return new Promise((resolve, reject) => {
        queue.push({ resolve, reject });
        child!.stdin!.write(`${oid}\n`);
      });
    },
    close() {
      child?.stdin!.end();
      child = undefined;
    },
  };
}
