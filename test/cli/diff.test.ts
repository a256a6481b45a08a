import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

function commit(repo: string, message: string, files: Record<string, string>) {
  writeFiles(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

describe('leakguard diff', () => {
  it('finds a secret added in one commit and removed in the next, naming that commit', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    const base = commit(repo, 'base', { 'app.js': 'let a = 1;\n' });
    const bad = commit(repo, 'add config', { 'app.js': `let a = 1;\nconst token = "${token}";\n` });
    commit(repo, 'remove token', { 'app.js': 'let a = 1;\n' });
    const r = runCli(['diff', base], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.js:2:');
    expect(r.stdout).toContain(bad.slice(0, 12));
    expect(r.stdout).toContain('add config');
    expect(r.stdout + r.stderr).not.toContain(token);
    const json = JSON.parse(runCli(['diff', base, 'HEAD', '--format', 'json'], { cwd: repo }).stdout);
    expect(json.findings[0].commit).toMatchObject({ sha: bad, summary: 'add config', authorEmail: 'author@example.com' });
    expect(json.summary.commits).toBe(2);
  });

  it('does not report secrets that were already there before BASE', () => {
    const repo = tempRepo();
    const base = commit(repo, 'old secret', { 'a.env': `T=${fakeGithubToken()}\n` });
    commit(repo, 'unrelated', { 'b.txt': 'fine\n' });
    const r = runCli(['diff', base], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no secrets found');
  });

  it('scans only up to HEAD when given, shows secrets only with --no-redact, and honours the baseline file', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    const base = commit(repo, 'base', { 'x.txt': '\n' });
    const mid = commit(repo, 'clean', { 'x.txt': 'ok\n' });
    commit(repo, 'leak', { 'y.txt': `key ${token}\n` });
    expect(runCli(['diff', base, mid], { cwd: repo }).code).toBe(0);
    expect(runCli(['diff', base, '--no-redact'], { cwd: repo }).stdout).toContain(token);
    expect(runCli(['baseline'], { cwd: repo }).code).toBe(0);
    expect(runCli(['diff', base], { cwd: repo }).code).toBe(0);
  });

  it('exits 2 with a one-line reason for a bad revision, a missing argument, or outside a repository', () => {
    const repo = tempRepo();
    commit(repo, 'base', { 'x.txt': '\n' });
    const bad = runCli(['diff', 'nope'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/BASE "nope" is not a commit/);
    expect(runCli(['diff'], { cwd: repo }).code).toBe(2);
    expect(runCli(['diff', 'HEAD'], { cwd: tempDir() }).code).toBe(2);
  });
});
