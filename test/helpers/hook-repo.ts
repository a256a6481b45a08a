import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CLI, runCli } from './run-cli.js';
import { GIT_ENV, tempDir, tempRepo } from './temp-repo.js';

/** A directory holding a `leakguard` executable (the built CLI), to put first on PATH like an install would. */
export function leakguardBinDir(): string {
  const dir = join(tempDir('leakguard-bin-'), 'bin');
  mkdirSync(dir);
  symlinkSync(CLI, join(dir, 'leakguard'));
  return dir;
}

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run git as a user would, with leakguard on PATH (so installed hooks find it); never throws. */
export function gitRun(cwd: string, args: string[], options: { bin?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): GitRun {
  const path = options.bin ? `${options.bin}${delimiter}${process.env.PATH}` : process.env.PATH;
  const r = spawnSync('git', args, {
    cwd,
    input: options.input,
    env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', PATH: path, ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temp repository with leakguard's hooks installed by `leakguard install`, and the bin dir to commit with. */
export function hookRepo(installArgs: string[] = []): { repo: string; bin: string } {
  const repo = tempRepo();
  const r = runCli(['install', ...installArgs], { cwd: repo });
  if (r.code !== 0) throw new Error(`leakguard install failed: ${r.stderr}`);
  return { repo, bin: leakguardBinDir() };
}

/** Run a shell command line (as a user pastes it) with leakguard on PATH. */
export function shRun(cwd: string, command: string, bin: string): GitRun {
  const r = spawnSync('sh', ['-c', command], { cwd, env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', PATH: `${bin}${delimiter}${process.env.PATH}` }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
