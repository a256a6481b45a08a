import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fakeAwsKeyId, fakeGithubToken } from './fake-secrets.js';
import { GIT_ENV, tempRepo, writeFiles } from './temp-repo.js';

/** Where a secret should be reported: the commit that introduced it at that path, and the line. */
export interface ExpectedPlace {
  secret: string;
  path: string;
  line: number;
  commit: string;
  stillExposed: boolean;
}

type CommitName = 'add' | 'aws' | 'scrub' | 'feature' | 'featureDelete' | 'rename' | 'side' | 'cleanMerge' | 'theirs' | 'ours' | 'conflictMerge' | 'tagged' | 'remote' | 'oldStash' | 'stash';

export interface HistoryScenario {
  repo: string;
  expected: ExpectedPlace[];
  commits: Record<CommitName, string>;
}

/**
 * A repository whose history hides secrets every way a history audit must find them: added then removed,
 * on a branch whose file was deleted, moved by a rename, first written in a merge conflict's resolution,
 * merged cleanly from a side branch, reachable only from a tag, only from a remote-tracking ref, and only
 * from stash entries (the latest and an older one). Dates are fixed and increasing, one day per commit.
 */
export function buildHistoryScenario(): HistoryScenario {
  const repo = tempRepo();
  let day = 0;
  const git = (...args: string[]) => {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
    return execFileSync('git', args, { cwd: repo, env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' }).trim();
  };
  const commit = (message: string, author?: string) => {
    day++;
    git('add', '-A');
    git('commit', '-q', '-m', message, ...(author ? ['--author', `${author} <${author.toLowerCase().replace(/ /g, '.')}@example.com>`] : []));
    return git('rev-parse', 'HEAD');
  };
  const s = {
    removed: fakeGithubToken(), aws: fakeAwsKeyId(), deleted: fakeGithubToken(), resolution: fakeGithubToken(),
    side: fakeGithubToken(), tagged: fakeGithubToken(), remote: fakeGithubToken(), stash: fakeGithubToken(), oldStash: fakeGithubToken(),
  };
  const c = {} as Record<CommitName, string>;

  writeFiles(repo, { 'config/app.env': `NAME=demo\nTOKEN=${s.removed}\n`, 'merge.txt': 'base\n', 'README.md': '# demo\n' });
  c.add = commit('add config with a token');
  writeFiles(repo, { 'src/keys.js': `// keys\n\nexport const id = "${s.aws}";\n` });
  c.aws = commit('add aws key', 'Mallory Dev');
  writeFiles(repo, { 'config/app.env': 'NAME=demo\nTOKEN=${TOKEN}\n' });
  c.scrub = commit('read the token from the environment');

  git('checkout', '-q', '-b', 'feature');
  writeFiles(repo, { 'feature.txt': `one\ntwo\nkey: ${s.deleted}\n` });
  c.feature = commit('feature work');
  rmSync(join(repo, 'feature.txt'));
  c.featureDelete = commit('drop feature file');

  git('checkout', '-q', 'main');
  mkdirSync(join(repo, 'lib'));
  git('mv', 'src/keys.js', 'lib/keys.js');
  c.rename = commit('move keys to lib');

  git('checkout', '-q', '-b', 'side');
  writeFiles(repo, { 'side.txt': `side=${s.side}\n` });
  c.side = commit('side branch token');
  git('checkout', '-q', 'main');
  day++;
  git('merge', '-q', '--no-ff', '-m', 'merge side cleanly', 'side');
  c.cleanMerge = git('rev-parse', 'HEAD');

  git('checkout', '-q', '-b', 'conflict');
  writeFiles(repo, { 'merge.txt': 'theirs\n' });
  c.theirs = commit('theirs');
  git('checkout', '-q', 'main');
  writeFiles(repo, { 'merge.txt': 'ours\n' });
  c.ours = commit('ours');
  day++;
  try {
    git('merge', '-q', 'conflict');
  } catch {
    // the conflict is the point
  }
  writeFiles(repo, { 'merge.txt': `resolved\nsecret=${s.resolution}\n` });
  git('add', 'merge.txt');
  git('commit', '-q', '--no-edit');
  c.conflictMerge = git('rev-parse', 'HEAD');

  // Reachable only from an annotated tag.
  git('checkout', '-q', '-b', 'tagged');
  writeFiles(repo, { 'release.txt': `token ${s.tagged}\n` });
  c.tagged = commit('release candidate');
  git('tag', '-a', 'v1.0', '-m', 'v1.0');
  git('checkout', '-q', 'main');
  git('branch', '-q', '-D', 'tagged');

  // Reachable only from a remote-tracking ref.
  git('checkout', '-q', '-b', 'gone');
  writeFiles(repo, { 'remote.txt': `\n\n${s.remote}\n` });
  c.remote = commit('pushed elsewhere');
  git('update-ref', 'refs/remotes/origin/gone', c.remote);
  git('checkout', '-q', 'main');
  git('branch', '-q', '-D', 'gone');

  // Reachable only from the stash: an older entry and the latest.
  writeFiles(repo, { 'README.md': `# demo\nold=${s.oldStash}\n` });
  day++;
  git('stash', 'push', '-q', '-m', 'older stash');
  c.oldStash = git('rev-parse', 'refs/stash');
  writeFiles(repo, { 'README.md': `# demo\n\nnew=${s.stash}\n` });
  day++;
  git('stash', 'push', '-q', '-m', 'latest stash');
  c.stash = git('rev-parse', 'refs/stash');

  const expected: ExpectedPlace[] = [
    { secret: s.removed, path: 'config/app.env', line: 2, commit: c.add, stillExposed: false },
    { secret: s.aws, path: 'src/keys.js', line: 3, commit: c.aws, stillExposed: true },
    { secret: s.aws, path: 'lib/keys.js', line: 3, commit: c.rename, stillExposed: true },
    { secret: s.deleted, path: 'feature.txt', line: 3, commit: c.feature, stillExposed: false },
    { secret: s.side, path: 'side.txt', line: 1, commit: c.side, stillExposed: true },
    { secret: s.resolution, path: 'merge.txt', line: 2, commit: c.conflictMerge, stillExposed: true },
    { secret: s.tagged, path: 'release.txt', line: 1, commit: c.tagged, stillExposed: false },
    { secret: s.remote, path: 'remote.txt', line: 3, commit: c.remote, stillExposed: false },
    { secret: s.oldStash, path: 'README.md', line: 2, commit: c.oldStash, stillExposed: false },
    { secret: s.stash, path: 'README.md', line: 3, commit: c.stash, stillExposed: false },
  ];
  return { repo, expected, commits: c };
}
