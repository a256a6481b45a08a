import type { Readable, Writable } from 'node:stream';

/** The process's outside world, passed in so commands never reach for globals (and tests can run them). */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** A command returns its exit code: 0 clean, 1 findings, 2 error (errors are thrown and mapped in main). */
export type Command = (argv: string[], ctx: CliContext) => Promise<number>;

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Colour only for a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}
