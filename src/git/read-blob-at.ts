import { runGit } from './run-git.js';

/**
 * The content of `path` in commit `rev`, from git objects (never the work tree), or undefined when the
 * file is not in that commit. https://git-scm.com/docs/gitrevisions (`<rev>:<path>`)
 */
export async function readBlobAt(repoDir: string, rev: string, path: string): Promise<Buffer | undefined> {
  const r = await runGit(['cat-file', 'blob', `${rev}:${path}`], { cwd: repoDir, okCodes: [128] });
  return r.code === 0 ? r.stdout : undefined;
}
