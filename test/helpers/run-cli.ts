import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GIT_ENV } from './temp-repo.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (dist/cli.js) as a real process, as users and hooks do. */
export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number }): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeoutMs !== undefined && { timeout: options.timeoutMs }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
