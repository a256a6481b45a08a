import { statSync } from 'node:fs';
import { prestartScanWorkers } from '../../pool/prestart.js';
import type { Command } from '../cli-context.js';
import { COMMON_OPTIONS } from '../common-option-table.js';

/** The common options that take a value as the next argument (`--format json`, `-o FILE`). */
const VALUE_OPTIONS = new Set(
  Object.entries(COMMON_OPTIONS).flatMap(([name, o]) => (o.type === 'string' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : [])),
);

/**
 * A file scan with the default workers starts them before its modules load (see pool/prestart.ts);
 * not for standard input, help, or an explicit --workers (the pool then starts what it is told), and
 * not when every target is a file: files named one by one (lint-staged, a hook, `scan big.log`) are
 * too few for workers, and a booted worker would only add its memory (~30 MB) and CPU.
 */
function prestartForFileScan(argv: readonly string[]): void {
  if (argv.some((a) => a === '-' || a === '--help' || a === '-h' || a.startsWith('--workers'))) return;
  const targets = argv.filter((a, i) => !a.startsWith('-') && !VALUE_OPTIONS.has(argv[i - 1] ?? ''));
  if (targets.length > 0 && !targets.some(isDirectory)) return;
  prestartScanWorkers();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every command, loaded on demand: the pre-commit hook pays only for `staged`, not for the Action
 * or the history audit. Add a command here with one line; `prestart` runs before the command loads.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command>; prestart?: (argv: readonly string[]) => void }> = {
  scan: { summary: 'scan files and directories', load: async () => (await import('./scan.js')).scanCommand, prestart: prestartForFileScan },
  staged: { summary: 'scan the staged changes (the pre-commit hook)', load: async () => (await import('./staged.js')).stagedCommand },
  diff: { summary: 'scan every commit in BASE..HEAD', load: async () => (await import('./diff.js')).diffCommand },
  'pre-push': { summary: 'scan the commits a push publishes (the pre-push hook)', load: async () => (await import('./pre-push.js')).prePushCommand },
  history: { summary: 'audit the full git history: every secret ever committed, where and by whom', load: async () => (await import('./history.js')).historyCommand },
  baseline: { summary: 'write a baseline of current findings', load: async () => (await import('./baseline.js')).baselineCommand, prestart: prestartForFileScan },
  accept: { summary: 'add one finding to the baseline file', load: async () => (await import('./accept.js')).acceptCommand },
  install: { summary: 'install the pre-commit (and pre-push) hook', load: async () => (await import('./install.js')).installCommand },
  rules: { summary: 'list the rules, or check rule files and their examples', load: async () => (await import('./rules.js')).rulesCommand },
  keygen: { summary: 'issue API keys with a checksum scanners can verify, or print their rule', load: async () => (await import('./keygen.js')).keygenCommand },
};
