import { spawnSync } from 'node:child_process';
import { GitError } from '../engine/errors.js';
import type { BlobReader } from './blob-reader.js';

/**
 * Read a known set of blobs with one synchronous `git cat-file --batch` (all ids in, all contents
 * out), for the pre-commit hook: a commit's blobs fit in memory, and a synchronous child spares the
 * hook the start-up cost of stream pipes. Returns a BlobReader over the result; ids git reports
 * missing read as undefined. https://git-scm.com/docs/git-cat-file#_batch_output
 */
export function readBlobsSync(cwd: string, env: NodeJS.ProcessEnv | undefined, oids: readonly string[]): BlobReader {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (unique.length > 0) {
    const r = spawnSync('git', ['cat-file', '--batch'], {
      cwd,
      env: { ...process.env, ...env, LC_ALL: 'C' },
      input: `${unique.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 4 * 1024 * 1024 * 1024 - 1,
    });
    if (r.error) throw new GitError(`cannot run git cat-file: ${r.error.message}`);
    if (r.status !== 0) throw new GitError(`git cat-file failed (exit ${r.status ?? r.signal}): ${r.stderr.toString('utf8').trim().split('\n')[0] || 'no message'}`);
    const out = r.stdout;
    let at = 0;
    for (const oid of unique) {
      const nl = out.indexOf(10, at);
      if (nl === -1) throw new GitError(`git cat-file: output ended early, before ${oid}`);
      const header = out.toString('utf8', at, nl);
      at = nl + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      blobs.set(oid, out.subarray(at, at + size));
      at += size + 1;
    }
  }
  return {
    read: (oid) => Promise.resolve(blobs.get(oid)),
    close() {},
  };
}
