import { spawn, spawnSync } from 'node:child_process';
import { GitError } from '../engine/errors.js';
import type { GitOptions } from './run-git.js';

/**
 * Run a git command and yield its standard output line by line (split on LF only: a CR inside a
 * line is content), so a long `git log -p` is parsed while git is still writing it. Throws a
 * GitError after the last line when git fails.
 */
export async function* streamGitLines(args: readonly string[], options: Pick<GitOptions, 'cwd' | 'env'>): AsyncGenerator<string> {
  const child = spawn('git', args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const err: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => err.push(d));
  let spawnError: NodeJS.ErrnoException | undefined;
  child.on('error', (e: NodeJS.ErrnoException) => (spawnError = e));
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 128)));
  let carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
        yield buf.toString('utf8', start, nl);
        start = nl + 1;
      }
      carry = buf.subarray(start);
      buf = carry;
    }
    if (carry.length) yield carry.toString('utf8');
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await closed;
  if (spawnError) throw new GitError(spawnError.code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${spawnError.message}`);
  if (code !== 0) {
    const message = Buffer.concat(err).toString('utf8').trim().split('\n').filter((l) => l.trim())[0]?.replace(/^fatal: /, '') ?? '';
    throw new GitError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed (exit ${code}): ${message || 'no message'}`);
  }
}

/**
 * Run a git command to completion and return its output lines (LF-split). For the pre-commit hook's
 * one `git diff --cached`: a synchronous child needs none of the stream machinery, which is start-up
 * time the hook pays on every commit. Throws a GitError when git fails.
 */
export function gitLinesSync(args: readonly string[], options: Pick<GitOptions, 'cwd' | 'env'>): string[] {
  const r = spawnSync('git', args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (r.error) {
    const e = r.error as NodeJS.ErrnoException;
    throw new GitError(e.code === 'ENOENT' ? 'git is not installed or not on PATH; install git' : `cannot run git: ${e.message}`);
  }
  if (r.status !== 0) {
    const message = r.stderr.toString('utf8').trim().split('\n').filter((l) => l.trim())[0]?.replace(/^fatal: /, '') ?? '';
    throw new GitError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed (exit ${r.status ?? r.signal}): ${message || 'no message'}`);
  }
  const text = r.stdout.toString('utf8');
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
