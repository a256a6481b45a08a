import { runGit } from './run-git.js';

/** A remote-tracking ref and the commit it points at. */
export interface RemoteRef {
  /** Full name: `refs/remotes/origin/main`. */
  name: string;
  sha: string;
}

/**
 * The remote-tracking refs of `remote` (symbolic ones like `origin/HEAD` left out: they repeat a branch).
 * https://git-scm.com/docs/git-for-each-ref
 */
export async function listRemoteRefs(repoDir: string, remote = 'origin'): Promise<RemoteRef[]> {
  const r = await runGit(['for-each-ref', '--format=%(objectname) %(refname) %(symref)', `refs/remotes/${remote}/`], { cwd: repoDir });
  const refs: RemoteRef[] = [];
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [sha, name, symref] = line.split(' ');
    if (sha && name && !symref) refs.push({ name, sha });
  }
  return refs;
}
