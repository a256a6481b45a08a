import { execFileSync } from 'node:child_process';
import { GIT_ENV, tempRepo } from './temp-repo.js';

/**
 * A repository with `count` commits, each changing one small file, written in one `git fast-import`
 * (https://git-scm.com/docs/git-fast-import): thousands of commits in well under a second.
 */
export function manyCommitsRepo(count: number): string {
  const repo = tempRepo();
  let stream = '';
  for (let i = 1; i <= count; i++) {
    const content = `version ${i}\n`;
    const message = `commit ${i}`;
    stream += `commit refs/heads/main\ncommitter Test <t@example.com> ${1_700_000_000 + i} +0000\ndata ${message.length}\n${message}\n`;
    stream += `M 100644 inline file-${i % 50}.txt\ndata ${content.length}\n${content}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream, env: { ...process.env, ...GIT_ENV } });
  return repo;
}
