import { SourceError } from '../engine/errors.js';
import type { Fragment } from '../engine/types.js';
import { createBlobReader } from '../git/blob-reader.js';
import { logPatchArgs } from '../git/log-patch-args.js';
import { createDiffParser, type CommitDiff } from '../git/parse-diff.js';
import { runGit } from '../git/run-git.js';
import { streamGitLines } from '../git/stream-git.js';
import { changeFragment, emptyDiffStats, type DiffStats } from './diff-fragments.js';

/**
 * Every line added by every commit in `base..head` (all of `head`'s history when `base` is
 * undefined), as fragments carrying their commit: not the net diff, so a secret added in one commit
 * and removed in the next is still found. `stats` is filled in as the scan goes.
 */
export async function* rangeFragments(repoDir: string, base: string | undefined, head: string, stats: DiffStats = emptyDiffStats()): AsyncGenerator<Fragment> {
  const headSha = await resolveCommit(repoDir, head, 'HEAD');
  const revs = [headSha];
  if (base !== undefined) revs.push(`^${await resolveCommit(repoDir, base, 'BASE')}`);
  yield* commitFragments(repoDir, revs, stats);
}

/**
 * Fragments for the commits `git rev-list <revs>` selects. `revs` must be resolved object ids and
 * git's own revision flags (`--not`, `--remotes`), never user text: it goes to git as arguments.
 */
export async function* commitFragments(repoDir: string, revs: readonly string[], stats: DiffStats = emptyDiffStats()): AsyncGenerator<Fragment> {
  const reader = createBlobReader(repoDir);
  const parser = createDiffParser();
  try {
    const lines = streamGitLines(['-c', 'core.quotePath=false', 'log', ...logPatchArgs(), ...revs], { cwd: repoDir });
    for await (const line of lines) {
      for (const diff of parser.push(line)) yield* commitDiffFragments(diff);
    }
    for (const diff of parser.end()) yield* commitDiffFragments(diff);
  } finally {
    reader.close();
  }

  async function* commitDiffFragments(diff: CommitDiff): AsyncGenerator<Fragment> {
    stats.commits++;
    for (const change of diff.files) {
      const fragment = await changeFragment(change, reader, stats, diff.commit);
      if (fragment) yield fragment;
    }
  }
}

/** The full object id of a commit named by the user, or a SourceError that says which name is wrong. */
export async function resolveCommit(repoDir: string, name: string, role: string): Promise<string> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  const sha = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !sha) throw new SourceError(`${role} "${name}" is not a commit in this repository; check the name (git rev-parse ${name})`);
  return sha;
}
