import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitRun, hookRepo } from '../helpers/hook-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, writeFiles } from '../helpers/temp-repo.js';

const ZERO = '0'.repeat(40);

/** A repo with both hooks installed, a bare remote `origin`, and one clean commit pushed to main. */
function setup() {
  const { repo, bin } = hookRepo(['--pre-push']);
  const remote = tempDir('leakguard-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  git(repo, 'remote', 'add', 'origin', remote);
  writeFiles(repo, { 'README.md': '# project\n' });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', 'init');
  const push = (...args: string[]) => gitRun(repo, ['push', '-q', 'origin', ...args], { bin });
  expect(push('main').code).toBe(0);
  const commit = (message: string, files: Record<string, string>) => {
    writeFiles(repo, files);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', message);
    return git(repo, 'rev-parse', 'HEAD').trim();
  };
  return { repo, remote, bin, push, commit };
}

describe('leakguard pre-push, as the pre-push hook', () => {
  it('blocks a new branch whose commits added a secret, even if a later commit removed it', () => {
    const { repo, remote, push, commit } = setup();
    git(repo, 'checkout', '-q', '-b', 'feature');
    const bad = commit('add key', { 'cfg.js': `const t = "${fakeGithubToken()}";\n` });
    commit('remove key', { 'cfg.js': 'const t = process.env.T;\n' });
    const r = push('feature');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('push stopped');
    expect(r.stderr).toContain('cfg.js:1');
    expect(r.stderr).toContain(bad.slice(0, 12));
    expect(r.stderr).toContain('git push --no-verify');
    expect(gitRun(remote, ['rev-parse', '--verify', '-q', 'refs/heads/feature']).code).not.toBe(0);
  });

  it('scans only commits the remote does not have: an old published secret does not block new clean work', () => {
    const { push, commit } = setup();
    commit('legacy', { 'old.env': `T=${fakeGithubToken()}\n` });
    expect(push('--no-verify', 'main').code).toBe(0);
    commit('clean work', { 'new.txt': 'fine\n' });
    expect(push('main').code).toBe(0);
    commit('new leak', { 'new.txt': `fine\nT=${fakeGithubToken()}\n` });
    const r = push('main');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('new.txt:2');
    expect(r.stderr).not.toContain('old.env');
  });

  it('blocks a force push that rewrites history to include a secret', () => {
    const { repo, push, commit } = setup();
    commit('work', { 'w.txt': 'one\n' });
    expect(push('main').code).toBe(0);
    writeFiles(repo, { 'w.txt': `one\nT=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--amend', '--no-verify', '-m', 'work, amended');
    const r = push('--force', 'main');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('w.txt:2');
  });

  it('lets a branch deletion through, whatever the branch held', () => {
    const { repo, push, commit } = setup();
    git(repo, 'checkout', '-q', '-b', 'tmp');
    commit('leak', { 'x.env': `T=${fakeGithubToken()}\n` });
    expect(push('--no-verify', 'tmp').code).toBe(0);
    expect(push('--delete', 'tmp').code).toBe(0);
  });

  it('reads the lines on standard input directly, and rejects input that is not pre-push lines', () => {
    const { repo, commit } = setup();
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    const sha = commit('leak', { 'y.txt': `T=${fakeGithubToken()}\n` });
    const line = (remote: string) => `refs/heads/main ${sha} refs/heads/main ${remote}\n`;
    expect(runCli(['pre-push', 'origin', 'url'], { cwd: repo, input: line(base) }).code).toBe(1);
    expect(runCli(['pre-push'], { cwd: repo, input: line(ZERO) }).code).toBe(1);
    expect(runCli(['pre-push'], { cwd: repo, input: `(delete) ${ZERO} refs/heads/main ${base}\n` })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli(['pre-push'], { cwd: repo, input: `refs/heads/main ${sha} refs/heads/main ${sha}\n` }).code).toBe(0);
    const json = JSON.parse(runCli(['pre-push', '--format', 'json'], { cwd: repo, input: line(base) }).stdout);
    expect(json.findings[0]).toMatchObject({ path: 'y.txt', commit: { sha, summary: 'leak' } });
    const bad = runCli(['pre-push'], { cwd: repo, input: 'not a pre-push line\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/pre-push lines/);
  });

  it('uses PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF under the pre-commit framework', () => {
    const { repo, commit } = setup();
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    commit('leak', { 'z.txt': `T=${fakeGithubToken()}\n` });
    const clean = commit('clean', { 'c.txt': 'ok\n' });
    expect(runCli(['pre-push'], { cwd: repo, input: '', env: { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: 'HEAD' } }).code).toBe(1);
    expect(runCli(['pre-push'], { cwd: repo, input: '', env: { PRE_COMMIT_FROM_REF: `${clean}~1`, PRE_COMMIT_TO_REF: clean } }).code).toBe(0);
    expect(runCli(['pre-push'], { cwd: repo, input: '', env: { PRE_COMMIT_TO_REF: 'HEAD' } }).code).toBe(1);
  });
});
