import { runGit } from './run-git.js';

/**
 * The best common ancestor of two commits, or undefined when they share no history (git exits 1).
 * Only meaningful in a complete (not shallow) history. https://git-scm.com/docs/git-merge-base
 */
export async function findMergeBase(repoDir: string, a: string, b: string): Promise<string | undefined> {
  const r = await runGit(['merge-base', a, b], { cwd: repoDir, okCodes: [1] });
  const sha = r.stdout.toString('utf8').trim();
  return r.code === 0 && sha ? sha : undefined;
}
