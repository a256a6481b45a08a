import { spawn, spawnSync } from 'node:child_process';
import { GitError } from '../engine/errors.js';

export interface GitOptions {
  cwd: string;
  /** Extra environment (GIT_INDEX_FILE is inherited from the hook's environment unless overridden). */
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Exit codes that are answers rather than failures (`git diff --quiet` exits 1 for "differs"). */
  okCodes?: readonly number[];
}

export interface GitResult {
  stdout: Buffer;
  code: number;
}

/**
 * Run one git command and collect its output. Every git invocation in leakguard goes through here or
 * through the long-lived readers in this folder, so errors always come out as one-line GitErrors.
 */
export function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH; install git, or use --git-engine isomorphic where supported' : `cannot run git: ${error.message}`));
    });
    child.on('close', (code) => {
      const c = code ?? 128;
      if (c === 0 || options.okCodes?.includes(c)) resolve({ stdout: Buffer.concat(out), code: c });
      else reject(new GitError(`git ${args[0]} failed (exit ${c}): ${firstLine(Buffer.concat(err).toString('utf8')) || 'no message'}`));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all input
    child.stdin.end(options.input);
  });
}

/** Synchronous variant for the few start-up questions (is this a work tree?) where a promise buys nothing. */
export function runGitSync(args: readonly string[], cwd: string): { ok: boolean; stdout: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  return { ok: r.status === 0, stdout: r.stdout ?? '' };
}

function firstLine(text: string): string {
  return text.trim().split('\n').filter((l) => l.trim())[0]?.replace(/^fatal: /, '') ?? '';
}
