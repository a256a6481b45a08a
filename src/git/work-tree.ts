import { runGit, runGitSync } from './run-git.js';

/** The top of the git work tree containing `dir`, or undefined when `dir` is not in one (or git is missing). */
export function findWorkTreeRoot(dir: string): string | undefined {
  const r = runGitSync(['rev-parse', '--show-toplevel'], dir);
  return r.ok ? r.stdout.trim() || undefined : undefined;
}

/**
 * Files under `dir` that git does not ignore: tracked plus untracked-and-not-ignored, as paths relative
 * to `dir`. `git ls-files --exclude-standard` applies .gitignore, .git/info/exclude and core.excludesFile.
 * https://git-scm.com/docs/git-ls-files
 */
export async function listUnignoredFiles(dir: string): Promise<string[]> {
  const { stdout } = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.'], { cwd: dir });
  const prefix = runGitSync(['rev-parse', '--show-prefix'], dir).stdout.trim();
  const seen = new Set<string>();
  for (const p of stdout.toString('utf8').split('\0')) {
    if (!p) continue;
    seen.add(prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  }
  return [...seen];
}
