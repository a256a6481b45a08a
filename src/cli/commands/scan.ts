import { UsageError } from '../../engine/errors.js';
import { createScanPool, LARGE_SCAN_FILES } from '../../pool/scan-pool.js';
import { listFiles, scanRoot } from '../../sources/list-files.js';
import { readStdin } from '../../sources/read-stdin.js';
import { EXIT_CLEAN, type CliContext, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { loadSettings } from '../load-settings.js';
import { createProgress } from '../progress.js';
import { writeReport, type ScanOutcome } from '../write-report.js';

export const SCAN_HELP = `usage: leakguard scan [PATH...] [options]

Scan files and directories (default: the current directory); "-" reads standard input.
Inside a git work tree, files ignored by .gitignore are skipped.

${COMMON_HELP}
      --no-gitignore             scan ignored files too
      --workers N                worker threads scanning beside the main one (default: one per core
                                 beyond the first; 0 = none)
  exit codes: 0 no secrets, 1 secrets found, 2 error`;

const OWN = {
  'no-gitignore': { type: 'boolean' },
  workers: { type: 'string' },
} as const;

export const scanCommand: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommand('scan', argv, OWN);
  if (values.help) {
    ctx.stdout.write(`${SCAN_HELP}\n`);
    return EXIT_CLEAN;
  }
  const options = commonOptions('scan', values);
  const outcome = await runScan(positionals.length ? positionals : ['.'], ctx, {
    gitignore: !values['no-gitignore'],
    workers: values.workers === undefined ? undefined : parseWorkers(values.workers),
    options,
  });
  return writeReport(outcome.outcome, options, outcome.baseline, ctx);
};

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`leakguard scan: --workers must be a whole number from 0 to 64, not "${value}"`);
  return n;
}

interface RunOptions {
  gitignore: boolean;
  workers: number | undefined;
  options: ReturnType<typeof commonOptions>;
}

/** The scan pipeline: list files -> read and scan (in workers) -> findings. Shared by `scan` and `baseline`. */
export async function runScan(targets: string[], ctx: CliContext, run: RunOptions) {
  const startedAt = performance.now();
  if (targets.length === 1 && targets[0] === '-') {
    const { settings, baseline } = loadSettings(run.options, ctx.cwd, ctx.cwd);
    const pool = createScanPool(settings, { workers: 0 });
    const text = await readStdin(ctx.stdin);
    const findings = await pool.scanFragments([{ path: '-', text }]);
    const outcome: ScanOutcome = {
      command: 'scan', root: ctx.cwd, findings, rules: settings.rules, warnings: [], startedAt,
      stats: { files: 1, bytes: Buffer.byteLength(text), binary: [], unreadable: [], skipped: [] },
    };
    return { outcome, baseline };
  }
  // Settings first (they depend only on the root), so that a large listing can start the workers while
  // it runs: their boot overlaps with the rest of the walk.
  const root = scanRoot(targets, ctx.cwd);
  const { settings, baseline } = loadSettings(run.options, root, ctx.cwd);
  const pool = createScanPool(settings, run.workers === undefined ? {} : { workers: run.workers });
  const progress = createProgress(ctx.stderr, 'scanning', progressDelay(ctx.env));
  try {
    const listing = await listFiles(targets, ctx.cwd, { gitignore: run.gitignore, root, whenMany: { files: LARGE_SCAN_FILES, then: () => pool.startForFiles() } });
    const result = await pool.scanFiles(listing.files, (done) => progress.update(done, listing.files.length, 'files'));
    const outcome: ScanOutcome = {
      command: 'scan', root: listing.root, findings: result.findings, rules: settings.rules, warnings: [], startedAt,
      stats: { files: result.files, bytes: result.bytes, binary: result.binary, unreadable: result.unreadable, skipped: listing.skipped },
    };
    return { outcome, baseline };
  } finally {
    progress.done();
    await pool.close();
  }
}

/**
 * How long a scan runs before its progress line appears on a terminal: 0.7 s, so a quick scan prints
 * nothing; `LEAKGUARD_PROGRESS_DELAY_MS` sets another (0: from the first file).
 */
function progressDelay(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.LEAKGUARD_PROGRESS_DELAY_MS;
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < 0) throw new UsageError(`LEAKGUARD_PROGRESS_DELAY_MS must be a number of milliseconds, not "${value}"`);
  return ms;
}

