import { runGit } from './run-git.js';

/** True in a shallow clone (`actions/checkout` makes one unless `fetch-depth: 0`). https://git-scm.com/docs/git-rev-parse#Documentation/git-rev-parse.txt---is-shallow-repository */
export async function isShallowRepository(repoDir: string): Promise<boolean> {
  const r = await runGit(['rev-parse', '--is-shallow-repository'], { cwd: repoDir });
  return r.stdout.toString('utf8').trim() === 'true';
}
