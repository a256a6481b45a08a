import type { Fragment } from '../engine/types.js';
import { isZeroSha, type PushUpdate } from '../git/parse-push-lines.js';
import { runGit } from '../git/run-git.js';
import { commitFragments } from './commit-range.js';
import { emptyDiffStats, type DiffStats } from './diff-fragments.js';

/**
 * The commits a push publishes, as fragments, in one `git log` (so a commit pushed to several refs
 * is scanned once). A deletion publishes nothing. An update, fast-forward or forced, publishes what
 * is reachable from the new sha and not from the remote's old sha. A new ref, or an old sha we do
 * not have (not fetched), publishes the commits not on any remote-tracking ref. All lines of one
 * pre-push run go to the same remote, so what one ref's old sha reaches is published for all.
 */
export async function* pushFragments(repoDir: string, updates: readonly PushUpdate[], stats: DiffStats = emptyDiffStats()): AsyncGenerator<Fragment> {
  const include: string[] = [];
  const exclude: string[] = [];
  let notOnRemotes = false;
  for (const u of updates) {
    if (isZeroSha(u.localSha)) continue;
    include.push(u.localSha);
    if (!isZeroSha(u.remoteSha) && (await hasCommit(repoDir, u.remoteSha))) exclude.push(`^${u.remoteSha}`);
    else notOnRemotes = true;
  }
  if (include.length === 0) return;
  yield* commitFragments(repoDir, [...include, ...exclude, ...(notOnRemotes ? ['--not', '--remotes'] : [])], stats);
}

async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  const r = await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  return r.code === 0;
}
