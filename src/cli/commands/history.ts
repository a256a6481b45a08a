import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceError, UsageError } from '../../engine/errors.js';
import { createCliHistoryEngine } from '../../git/cli-history-engine.js';
import { gitIsAvailable } from '../../git/git-available.js';
import type { HistoryEngine, HistoryScope } from '../../git/history-engine.js';
import { placeFilter, scanHistoryInPool } from '../../pool/scan-history-in-pool.js';
import type { scanHistory } from '../../sources/history-scan.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { createHistoryProgress } from '../history-progress.js';
import { loadSettings } from '../load-settings.js';
import { writeHistoryReport } from '../write-history-report.js';

export const HISTORY_HELP = `usage: leakguard history [PATH] [options]

Audit the full git history of the repository at PATH (default: the current directory): every
commit reachable from every ref (branches, tags, remote-tracking refs, every stash entry). Each
unique blob is scanned once; each secret is attributed to the commit that introduced it at each
path, and marked still exposed when the default branch's tip holds it.

${COMMON_HELP}
      --branch REF               only commits reachable from REF
      --range A..B               only commits reachable from B and not from A
      --since-commit SHA         only commits not reachable from SHA (newer work)
      --report FILE              also write a self-contained HTML report to FILE
      --git-engine git|isomorphic  read with the git CLI (default) or isomorphic-git (no git needed)
      --workers N                scan threads (default: one per core but one; each after the first starts only while a core idles; 0 = none)
  exit codes: 0 no secrets, 1 secrets found, 2 error or part of the history unreadable`;

const OWN = {
  branch: { type: 'string' },
  range: { type: 'string' },
  'since-commit': { type: 'string' },
  report: { type: 'string' },
  'git-engine': { type: 'string' },
  workers: { type: 'string' },
} as const;

export const historyCommand: Command = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand('history', argv, OWN);
  if (values.help) {
    ctx.stdout.write(`${HISTORY_HELP}\n`);
    return EXIT_CLEAN;
  }
  const options = commonOptions('history', values);
  if (positionals.length > 1) throw new UsageError('leakguard history: give one repository path');
  if (values.branch !== undefined && values.range !== undefined) throw new UsageError('leakguard history: use --branch or --range, not both');
  const target = resolve(ctx.cwd, positionals[0] ?? '.');
  if (!existsSync(target) || !statSync(target).isDirectory()) throw new SourceError(`${target}: no such directory; give the path of a git repository`);

  const warnings: { path: string; message: string }[] = [];
  const engine = await chooseEngine(values['git-engine'], target, warnings);
  const facts = await engine.facts();
  const { settings, baseline } = loadSettings(options, facts.root, ctx.cwd);

  const scope: HistoryScope = { include: 'all', exclude: [] };
  let scopeText = 'all refs';
  const resolveRef = async (ref: string, flag: string) => {
    if (ref.startsWith('-')) throw new UsageError(`leakguard history: ${flag} "${ref}" is not a ref`);
    const sha = facts.empty ? undefined : await engine.resolveCommit(ref);
    if (!sha) throw new UsageError(`leakguard history: ${flag} "${ref}" names no commit in ${facts.root}`);
    return sha;
  };
  if (values.branch !== undefined) {
    scope.include = [await resolveRef(values.branch, '--branch')];
    scopeText = values.branch;
  }
  if (values.range !== undefined) {
    const m = /^(.+?)\.\.(.+)$/.exec(values.range);
    if (!m || m[2]!.startsWith('.')) throw new UsageError(`leakguard history: --range must look like A..B, not "${values.range}"`);
    scope.include = [await resolveRef(m[2]!, '--range')];
    scope.exclude.push(await resolveRef(m[1]!, '--range'));
    scopeText = values.range;
  }
  if (values['since-commit'] !== undefined) {
    scope.exclude.push(await resolveRef(values['since-commit'], '--since-commit'));
    scopeText += ` since ${values['since-commit']}`;
  }

  const outcome = {
    engine, facts, scopeText, settings, warnings, startedAt,
    scan: { hits: [], commits: 0, blobs: 0, bytes: 0, binaryBlobs: 0, unreadable: [], seen: new Set<string>() } as Awaited<ReturnType<typeof scanHistory>>,
  };
  if (facts.empty) {
    warnings.push({ path: '', message: 'the repository has no commits yet: nothing to audit' });
  } else {
    const progress = createHistoryProgress(ctx.stderr);
    try {
      const workers = values.workers === undefined ? {} : { workers: parseWorkers(values.workers) };
      outcome.scan = (await scanHistoryInPool(engine, scope, settings, { ...workers, onProgress: (p) => progress.update(p) })).scan;
    } finally {
      progress.done();
    }
  }
  return writeHistoryReport(outcome, placeFilter(settings), options, baseline, values.report, ctx);
};

async function chooseEngine(requested: string | undefined, target: string, warnings: { path: string; message: string }[]): Promise<HistoryEngine> {
  if (requested !== undefined && requested !== 'git' && requested !== 'isomorphic') {
    throw new UsageError(`leakguard history: --git-engine must be git or isomorphic, not "${requested}"`);
  }
  // isomorphic-git is loaded only when used: it is the fallback, and loading it is startup time.
  const isomorphic = async () => (await import('../../git/isomorphic-history-engine.js')).createIsomorphicHistoryEngine(target);
  if (requested === 'isomorphic') return isomorphic();
  if (!gitIsAvailable()) {
    if (requested === 'git') throw new UsageError('leakguard history: --git-engine git: git is not installed or not on PATH');
    warnings.push({ path: '', message: 'git was not found: reading the repository with isomorphic-git (slower)' });
    return isomorphic();
  }
  return createCliHistoryEngine(target);
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`leakguard history: --workers must be a whole number from 0 to 64, not "${value}"`);
  return n;
}
