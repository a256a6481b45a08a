import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASELINE_FILE_NAME, formatBaseline } from '../../config/baseline-file.js';
import { baselineEntriesFor } from '../../engine/filters/baseline.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { runScan } from './scan.js';

export const BASELINE_HELP = `usage: leakguard baseline [PATH...] [options]

Scan like \`leakguard scan\` and write every finding's fingerprint to a baseline file
(default ${BASELINE_FILE_NAME} at the root). Later scans given --baseline FILE hide
those findings and report only new ones. The file holds hashes, never secrets, sorted
one per line so that branches merge cleanly.

${COMMON_HELP}
      --no-gitignore             scan ignored files too`;

export const baselineCommand: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommand('baseline', argv, { 'no-gitignore': { type: 'boolean' } } as const);
  if (values.help) {
    ctx.stdout.write(`${BASELINE_HELP}\n`);
    return EXIT_CLEAN;
  }
  const options = commonOptions('baseline', values);
  // The baseline records everything found now, including what an older baseline listed.
  const { outcome } = await runScan(positionals.length ? positionals : ['.'], ctx, {
    gitignore: !values['no-gitignore'],
    workers: undefined,
    options: { ...options, baseline: undefined },
  });
  const entries = baselineEntriesFor(outcome.findings);
  const path = options.output ? resolve(ctx.cwd, options.output) : join(outcome.root, BASELINE_FILE_NAME);
  writeFileSync(path, formatBaseline(entries));
  ctx.stderr.write(`leakguard: wrote ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} to ${path}\n`);
  return EXIT_CLEAN;
};
