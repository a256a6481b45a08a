import { runGit } from './run-git.js';

/**
 * True when the object database has this commit. A shallow or single-branch checkout may lack the
 * commits an event names. https://git-scm.com/docs/git-cat-file#Documentation/git-cat-file.txt--e
 */
export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  const r = await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  return r.code === 0;
}
