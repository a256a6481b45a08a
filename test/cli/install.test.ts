import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitRun, leakguardBinDir } from '../helpers/hook-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

const SHIPPED = (name: string) => fileURLToPath(new URL(`../../hooks/${name}`, import.meta.url));

function stageSecret(repo: string, name = 'leak.env') {
  writeFiles(repo, { [name]: `T=${fakeGithubToken()}\n` });
  git(repo, 'add', name);
}

function stageClean(repo: string, name = 'ok.txt') {
  writeFiles(repo, { [name]: `fine ${Math.random()}\n` });
  git(repo, 'add', name);
}

describe('leakguard install', () => {
  it('writes the shipped hook into .git/hooks, executable, and changes nothing when run again', () => {
    const repo = tempRepo();
    const r = runCli(['install', '--pre-push'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('installed the pre-commit hook (.git/hooks/pre-commit)');
    for (const name of ['pre-commit', 'pre-push']) {
      const file = join(repo, '.git', 'hooks', name);
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(SHIPPED(name), 'utf8'));
      expect(statSync(file).mode & 0o111).not.toBe(0);
    }
    const again = runCli(['install', '--pre-push'], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already runs leakguard');
    expect(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8')).toBe(readFileSync(SHIPPED('pre-commit'), 'utf8'));
    const bin = leakguardBinDir();
    stageSecret(repo);
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin }).code).not.toBe(0);
  });

  it('respects core.hooksPath', () => {
    const repo = tempRepo();
    git(repo, 'config', 'core.hooksPath', 'tools/githooks');
    expect(runCli(['install'], { cwd: join(repo) }).code).toBe(0);
    expect(existsSync(join(repo, 'tools', 'githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
    stageSecret(repo);
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin: leakguardBinDir() }).code).not.toBe(0);
  });

  it('adds one line to .husky/pre-commit when the repository uses husky, keeping what is there', () => {
    const repo = tempRepo();
    mkdirSync(join(repo, '.husky'));
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npm test\n');
    git(repo, 'config', 'core.hooksPath', '.husky/_');
    expect(runCli(['install', '--pre-push'], { cwd: repo }).code).toBe(0);
    expect(runCli(['install', '--pre-push'], { cwd: repo }).code).toBe(0);
    expect(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8')).toBe('npm test\n[ "${LEAKGUARD:-}" = "0" ] || leakguard staged\n');
    expect(readFileSync(join(repo, '.husky', 'pre-push'), 'utf8')).toBe('[ "${LEAKGUARD:-}" = "0" ] || leakguard pre-push "$@"\n');
    expect(existsSync(join(repo, '.husky', '_'))).toBe(false);
  });

  it('says so when the repository has a .husky directory but husky is not active in this clone', () => {
    const repo = tempRepo();
    mkdirSync(join(repo, '.husky'));
    const r = runCli(['install'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('husky is not active');
    expect(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8')).toContain('leakguard staged');
  });

  it('chains an existing shell hook: leakguard runs first, then the old hook as before', () => {
    const repo = tempRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho ran >> hook-ran.txt\nexit 0\n', { mode: 0o755 });
    const r = runCli(['install'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('added leakguard to the top of the existing pre-commit hook');
    expect(runCli(['install'], { cwd: repo }).stderr).toContain('already runs leakguard');
    const bin = leakguardBinDir();
    stageSecret(repo);
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin }).code).not.toBe(0);
    expect(existsSync(join(repo, 'hook-ran.txt'))).toBe(false);
    git(repo, 'reset', '-q');
    stageClean(repo);
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin }).code).toBe(0);
    expect(readFileSync(join(repo, 'hook-ran.txt'), 'utf8')).toBe('ran\n');
  });

  it('chains an existing pre-push shell hook without taking its standard input', () => {
    const repo = tempRepo();
    const remote = tempDir();
    git(remote, 'init', '-q', '--bare');
    git(repo, 'remote', 'add', 'origin', remote);
    writeFileSync(join(repo, '.git', 'hooks', 'pre-push'), '#!/bin/sh\ncat > pushed-lines.txt\n', { mode: 0o755 });
    expect(runCli(['install', '--pre-push'], { cwd: repo }).code).toBe(0);
    const bin = leakguardBinDir();
    stageClean(repo);
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin }).code).toBe(0);
    expect(gitRun(repo, ['push', '-q', 'origin', 'main'], { bin }).code).toBe(0);
    expect(readFileSync(join(repo, 'pushed-lines.txt'), 'utf8')).toMatch(/^refs\/heads\/main [0-9a-f]{40} refs\/heads\/main 0{40}\n$/);
  });

  it('leaves a hook that is not a shell script alone (exit 2, saying how) unless --force, which keeps a copy', () => {
    const repo = tempRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const python = '#!/usr/bin/env python3\nprint("hi")\n';
    writeFileSync(hook, python, { mode: 0o755 });
    const r = runCli(['install'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a shell script.*leakguard staged.*--force/);
    expect(readFileSync(hook, 'utf8')).toBe(python);
    expect(runCli(['install', '--force'], { cwd: repo }).code).toBe(0);
    expect(readFileSync(`${hook}.pre-leakguard`, 'utf8')).toBe(python);
    expect(readFileSync(hook, 'utf8')).toBe(readFileSync(SHIPPED('pre-commit'), 'utf8'));
  });
});

describe('hooks/pre-commit copied by hand', () => {
  it('blocks a secret, is skipped with LEAKGUARD=0, and fails closed when leakguard is not installed', () => {
    const repo = tempRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    copyFileSync(SHIPPED('pre-commit'), hook);
    stageSecret(repo);
    const bin = leakguardBinDir();
    const blocked = gitRun(repo, ['commit', '-q', '-m', 'x'], { bin });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('leak.env:1');
    expect(gitRun(repo, ['commit', '-q', '-m', 'x'], { bin, env: { LEAKGUARD: '0' } }).code).toBe(0);
    stageClean(repo);
    const missing = gitRun(repo, ['commit', '-q', '-m', 'y'], { env: { PATH: '/usr/bin:/bin' } });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('leakguard: not found');
  });
});
