import { isAbsolute, relative, resolve, sep } from 'node:path';
import { SourceError } from '../../engine/errors.js';
import { findWorkTreeRoot } from '../../git/work-tree.js';
import { emptyDiffStats } from '../../sources/diff-fragments.js';
import { stagedFragments } from '../../sources/staged-fragments.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { COMMON_HELP, commonOptions, parseCommand } from '../common-options.js';
import { scanGitFragments } from '../scan-git-fragments.js';

export const STAGED_HELP = `usage: leakguard staged [FILE...] [options]

Scan what the next commit records: the staged content (the index, as git reads it, including the
temporary index of \`git commit -a\` and \`git commit <path>\`), never the working-tree files. Only
lines added relative to HEAD are reported. FILE arguments (from lint-staged or the pre-commit
framework) narrow the set of staged files; unstaged files are never read. Silent when clean;
prints what to do when it stops a commit. Never modifies files or the index.
Uses .leakguard-baseline.json at the root when present.

${COMMON_HELP}
  exit codes: 0 nothing staged or no secrets, 1 secrets found, 2 the staged content could not be read`;

export const stagedCommand: Command = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand('staged', argv, {});
  if (values.help) {
    ctx.stdout.write(`${STAGED_HELP}\n`);
    return EXIT_CLEAN;
  }
  // The top of the work tree, found only when needed: with nothing staged, git runs once.
  let root: string | undefined;
  const rootOf = () => {
    root ??= findWorkTreeRoot(ctx.cwd);
    if (!root) throw new SourceError(`cannot read the staged content: ${ctx.cwd} is not inside a git work tree`);
    return root;
  };
  const only = positionals.length ? new Set(positionals.map((p) => repoPath(rootOf(), ctx.cwd, p))) : undefined;
  const requested = commonOptions('staged', values);
  const stats = emptyDiffStats();
  const fragments = stagedFragments(ctx.cwd, stats, { only, env: ctx.env });
  const { outcome, loaded, options } = await scanGitFragments('staged', rootOf, fragments, stats, requested, ctx.cwd, startedAt);
  // A clean run in a hook prints nothing: skip loading the reporters.
  if (outcome.findings.length === 0 && options.format === 'text' && !options.output) return EXIT_CLEAN;
  const { finishHook } = await import('../finish-hook.js');
  return finishHook('commit', outcome, options, loaded?.baseline, ctx);
};

/** A file argument (absolute, or relative to where we were started) as a repo-relative path. */
function repoPath(root: string, cwd: string, arg: string): string {
  const abs = isAbsolute(arg) ? arg : resolve(cwd, arg);
  return relative(root, abs).split(sep).join('/');
}
