#!/usr/bin/env node
import { LeakguardError } from '../engine/errors.js';
import { EXIT_CLEAN, EXIT_ERROR, type CliContext } from './cli-context.js';
import { COMMANDS } from './commands/registry.js';
import { VERSION } from './version.js';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: leakguard <command> [options]\n\n${list.join('\n')}\n\nRun \`leakguard <command> --help\` for a command's options. Exit codes: 0 clean, 1 secrets found, 2 error.\n`;
}

/** Run the CLI and return the exit code. The one place that catches every error. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(usage());
    return name === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout.write(`${VERSION}\n`);
    return EXIT_CLEAN;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx.stderr.write(`leakguard: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`);
    return EXIT_ERROR;
  }
  try {
    entry.prestart?.(rest);
    const command = await entry.load();
    return await command(rest, ctx);
  } catch (error) {
    if (error instanceof LeakguardError) {
      ctx.stderr.write(`leakguard: ${error.message}\n`);
    } else {
      // A bug, not bad input: say so plainly, with the stack for the report.
      ctx.stderr.write(`leakguard: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    return EXIT_ERROR;
  }
}

const ctx: CliContext = { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
main(process.argv.slice(2), ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`leakguard: internal error: ${String(error)}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
