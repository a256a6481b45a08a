import { execFileSync } from 'node:child_process';
import { git, tempDir, tempRepo, writeFiles } from './temp-repo.js';

/**
 * A stand-in for a GitHub repository and for what `actions/checkout` makes of it on a runner: the
 * origin is a real repository (served over file://, so shallow fetches behave as over HTTPS) and
 * the workspace is fetched from it the way the checkout action fetches.
 * https://github.com/actions/checkout (fetch-depth, refs/pull/N/merge, persisted origin remote)
 */
export function createOrigin(): string {
  const origin = tempRepo();
  // GitHub serves any commit reachable from a ref by id; git needs telling.
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  return origin;
}

/** Write files and commit them on the current branch; returns the new commit id. */
export function commit(repo: string, files: Record<string, string>, message: string): string {
  writeFiles(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** Many commits quickly, through one `git fast-import` (hundreds of `git commit` calls take long). */
export function commitMany(repo: string, branch: string, commits: { files: Record<string, string>; message: string }[]): string[] {
  const parent = git(repo, 'rev-parse', `refs/heads/${branch}`).trim();
  let stream = '';
  commits.forEach((c, i) => {
    stream += `commit refs/heads/${branch}\nmark :${i + 1}\ncommitter Test Committer <committer@example.com> ${1_700_000_000 + i} +0000\n`;
    stream += `data ${Buffer.byteLength(c.message)}\n${c.message}\n`;
    stream += i === 0 ? `from ${parent}\n` : `from :${i}\n`;
    for (const [path, content] of Object.entries(c.files)) stream += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    stream += '\n';
  });
  stream += `get-mark :${commits.length}\n`;
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: repo, input: stream });
  const shas = git(repo, 'rev-list', '--reverse', `${parent}..refs/heads/${branch}`).trim().split('\n');
  if (git(repo, 'symbolic-ref', '--short', 'HEAD').trim() === branch) git(repo, 'reset', '-q', '--hard', branch);
  return shas;
}

/**
 * GitHub's refs for pull request `n`: `refs/pull/n/head` and the synthetic merge `refs/pull/n/merge`
 * (what GITHUB_SHA names on pull_request events). Returns the merge commit id.
 */
export function publishPullRequest(origin: string, n: number, base: string, head: string): string {
  git(origin, 'update-ref', `refs/pull/${n}/head`, head);
  // `merge-tree --write-tree` needs git 2.38; older git gets the head's tree (no conflicting changes on base in these tests).
  let tree: string;
  try {
    tree = git(origin, 'merge-tree', '--write-tree', base, head).trim().split('\n')[0]!;
  } catch {
    tree = git(origin, 'rev-parse', `${head}^{tree}`).trim();
  }
  const merge = execFileSync('git', ['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`], { cwd: origin, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' } }).trim();
  git(origin, 'update-ref', `refs/pull/${n}/merge`, merge);
  return merge;
}

/**
 * What actions/checkout does for a pull_request event: fetch `refs/pull/n/merge` (with `depth` 1 by
 * default; 0 fetches every branch and full history) and check it out detached.
 */
export function checkoutPullRequest(origin: string, n: number, options: { depth: number }): string {
  const ws = workspaceFor(origin);
  const refspecs = [`+refs/pull/${n}/merge:refs/remotes/pull/${n}/merge`];
  if (options.depth === 0) refspecs.unshift('+refs/heads/*:refs/remotes/origin/*');
  git(ws, 'fetch', '-q', '--no-tags', ...(options.depth ? [`--depth=${options.depth}`] : []), 'origin', ...refspecs);
  git(ws, 'checkout', '-q', '--detach', `refs/remotes/pull/${n}/merge`);
  return ws;
}

/** What actions/checkout does for a push event: fetch the pushed branch (depth 1 by default) and check it out. */
export function checkoutBranch(origin: string, branch: string, options: { depth: number }): string {
  const ws = workspaceFor(origin);
  const refspecs = options.depth === 0 ? ['+refs/heads/*:refs/remotes/origin/*'] : [`+refs/heads/${branch}:refs/remotes/origin/${branch}`];
  git(ws, 'fetch', '-q', '--no-tags', ...(options.depth ? [`--depth=${options.depth}`] : []), 'origin', ...refspecs);
  git(ws, 'checkout', '-q', '-B', branch, `refs/remotes/origin/${branch}`);
  return ws;
}

function workspaceFor(origin: string): string {
  const ws = tempDir('leakguard-workspace-');
  git(ws, 'init', '-q');
  git(ws, 'config', 'commit.gpgSign', 'false');
  git(ws, 'remote', 'add', 'origin', `file://${origin}`);
  return ws;
}

/** Drop commits no ref reaches, as GitHub eventually does after a force push. */
export function pruneUnreachable(repo: string): void {
  git(repo, 'reflog', 'expire', '--expire=now', '--all');
  git(repo, 'gc', '-q', '--prune=now');
}

const REPOSITORY = { name: 'widgets', full_name: 'octo-org/widgets', default_branch: 'main', owner: { login: 'octo-org' }, private: false };

/** A pull_request webhook payload with the fields GitHub sends that leakguard reads. https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request */
export function pullRequestEvent(n: number, base: string, head: string, options: { fork?: boolean; commits?: number } = {}) {
  const headRepo = options.fork ? { ...REPOSITORY, full_name: 'outsider/widgets', owner: { login: 'outsider' }, fork: true } : REPOSITORY;
  return {
    action: 'synchronize',
    number: n,
    pull_request: {
      number: n,
      state: 'open',
      commits: options.commits ?? 1,
      head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: head, repo: headRepo },
      base: { label: 'octo-org:main', ref: 'main', sha: base, repo: REPOSITORY },
    },
    repository: REPOSITORY,
    sender: { login: options.fork ? 'outsider' : 'octocat' },
  };
}

/** A push webhook payload. https://docs.github.com/en/webhooks/webhook-events-and-payloads#push */
export function pushEvent(branch: string, before: string, after: string, options: { created?: boolean; deleted?: boolean; forced?: boolean } = {}) {
  return {
    ref: `refs/heads/${branch}`,
    before,
    after,
    created: options.created ?? false,
    deleted: options.deleted ?? false,
    forced: options.forced ?? false,
    base_ref: null,
    compare: `https://github.com/octo-org/widgets/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [],
    head_commit: options.deleted ? null : { id: after },
    repository: REPOSITORY,
    pusher: { name: 'octocat' },
  };
}

export const ZERO_SHA = '0000000000000000000000000000000000000000';
