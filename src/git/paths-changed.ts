import { runGit } from './run-git.js';

/**
 * Which of `paths` any commit `git rev-list <revs>` selects touches. `revs` are object ids and git's
 * own flags (`--not`), never user text. https://git-scm.com/docs/git-log (`--name-only`, pathspecs after `--`)
 */
export async function pathsChanged(repoDir: string, revs: readonly string[], paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const r = await runGit(['-c', 'core.quotePath=false', 'log', '--format=', '--name-only', '--no-renames', ...revs, '--', ...paths.map((p) => `:(literal)${p}`)], { cwd: repoDir });
  return [...new Set(r.stdout.toString('utf8').split('\n').filter(Boolean))].sort();
}
