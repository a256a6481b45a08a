import { SourceError, UsageError } from '../../engine/errors.js';
import { parsePushLines } from '../../git/parse-push-lines.js';
import { findWorkTreeRoot } from '../../git/work-tree.js';
import { rangeFragments, resolveCommit } from '../../sources/commit-range.js';
import { emptyDiffStats } from '../../sources/diff-fragments.js';
import { pushFragments } from '../../sources/push-fragments.js';
import { readStdin } from '../../sources/read-stdin.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { scanGitFragments } from '../scan-git-fragments.js';

export const PRE_PUSH_HELP = `usage: leakguard pre-push [REMOTE [URL]] [options]   (git's pre-push lines on standard input)

Scan every commit a push is about to publish: for each "<local ref> <local sha> <remote ref>
<remote sha>" line, the commits from the remote's sha to the local one (forced pushes included);
for a new branch, the commits not on any remote-tracking ref; nothing for a deletion. Under the
pre-commit framework (which does not forward those lines) it reads PRE_COMMIT_FROM_REF and
PRE_COMMIT_TO_REF instead. Silent when clean. Uses .leakguard-baseline.json when present.

${COMMON_HELP}
  exit codes: 0 no secrets, 1 secrets found, 2 error`;

export const prePushCommand: Command = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand('pre-push', argv, {});
  if (values.help) {
    ctx.stdout.write(`${PRE_PUSH_HELP}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 2) throw new UsageError('leakguard pre-push: takes at most REMOTE and URL (as git passes them); the refs come on standard input');
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard pre-push: ${ctx.cwd} is not inside a git work tree`);
  const requested = commonOptions('pre-push', values);
  const stats = emptyDiffStats();
  const to = ctx.env.PRE_COMMIT_TO_REF;
  let fragments;
  if (to) {
    // pre-commit framework: https://pre-commit.com/#pre-commit-during-push
    const from = ctx.env.PRE_COMMIT_FROM_REF;
    fragments = from
      ? rangeFragments(root, from, to, stats)
      : pushFragments(root, [{ localRef: to, localSha: await resolveCommit(root, to, 'PRE_COMMIT_TO_REF'), remoteRef: to, remoteSha: '0'.repeat(40) }], stats);
  } else {
    const { updates, bad } = parsePushLines(await readStdin(ctx.stdin));
    if (bad.length > 0) throw new UsageError(`leakguard pre-push: standard input must be git's pre-push lines ("<local ref> <local sha> <remote ref> <remote sha>"), got "${bad[0]}"`);
    fragments = pushFragments(root, updates, stats);
  }
  const { outcome, loaded, options } = await scanGitFragments('pre-push', root, fragments, stats, requested, ctx.cwd, startedAt);
  // A clean run in a hook prints nothing: skip loading the reporters.
  if (outcome.findings.length === 0 && options.format === 'text' && !options.output) return EXIT_CLEAN;
  const { finishHook } = await import('../finish-hook.js');
  return finishHook('push', outcome, options, loaded?.baseline, ctx);
};
