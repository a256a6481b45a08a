import { SourceError, UsageError } from '../../engine/errors.js';
import { findWorkTreeRoot } from '../../git/work-tree.js';
import { rangeFragments } from '../../sources/commit-range.js';
import { emptyDiffStats } from '../../sources/diff-fragments.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { scanGitFragments } from '../scan-git-fragments.js';
import { writeReport } from '../write-report.js';

export const DIFF_HELP = `usage: leakguard diff BASE [HEAD] [options]

Scan every commit in BASE..HEAD (HEAD defaults to HEAD): each line each commit adds, not only
the net difference, so a secret added in one commit and removed in a later one is still found.
Merge commits contribute the lines that are new relative to all of their parents (conflict
resolutions). Findings name the commit. Uses .leakguard-baseline.json at the root when present.

${COMMON_HELP}
  exit codes: 0 no secrets, 1 secrets found, 2 error`;

export const diffCommand: Command = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand('diff', argv, {});
  if (values.help) {
    ctx.stdout.write(`${DIFF_HELP}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('leakguard diff: give BASE and optionally HEAD, e.g. `leakguard diff origin/main` (see `leakguard diff --help`)');
  const [base, head = 'HEAD'] = positionals as [string, string?];
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard diff: ${ctx.cwd} is not inside a git work tree; run it in the repository`);
  const requested = commonOptions('diff', values);
  const stats = emptyDiffStats();
  const { outcome, loaded, options } = await scanGitFragments('diff', root, rangeFragments(root, base, head, stats), stats, requested, ctx.cwd, startedAt);
  return writeReport(outcome, options, loaded?.baseline, ctx);
};
