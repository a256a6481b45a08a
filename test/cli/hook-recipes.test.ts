/**
 * The documented husky v9 and lint-staged 16 recipes, proved end to end: the real packages are
 * installed from the npm registry (and leakguard from `npm pack` of this checkout) into a temp
 * repository, and a real `git commit` is blocked. Slow and needs the registry: kept in this file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { git, GIT_ENV, tempRepo, writeFiles } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM_CACHE = join(tmpdir(), 'leakguard-test-npm-cache');
const ENV = {
  ...process.env,
  ...GIT_ENV,
  NO_COLOR: '1',
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
  npm_config_cache: NPM_CACHE,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const SLOW = 300_000;
const PRE_COMMIT = process.env.LEAKGUARD_PRE_COMMIT || findOnPath('pre-commit');

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

let tarball = '';

// Not tempDir(): that one is removed after each test, and the tarball serves every test in this file.
let packDir = '';
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

beforeAll(() => {
  const dir = (packDir = mkdtempSync(join(tmpdir(), 'leakguard-pack-')));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, env: ENV, stdio: 'pipe' });
  tarball = join(dir, readdirSync(dir).find((n) => n.endsWith('.tgz'))!);
}, SLOW);

function npm(cwd: string, ...args: string[]): string {
  return execFileSync('npm', args, { cwd, env: ENV, encoding: 'utf8', stdio: 'pipe' });
}

function commit(repo: string, ...args: string[]) {
  const r = spawnSync('git', ['commit', '-q', ...args], { cwd: repo, env: ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** A repo with a package.json, the given packages installed, and a first commit made without hooks. */
function npmRepo(packages: string[]): string {
  const repo = tempRepo();
  writeFiles(repo, {
    'package.json': JSON.stringify({ name: 'recipe-test', private: true, scripts: { test: 'node -e 0' } }, null, 2),
    '.gitignore': 'node_modules/\n',
  });
  npm(repo, 'install', '--save-dev', tarball, ...packages);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', 'init');
  return repo;
}

describe('hook recipes with the real tools (husky, lint-staged from npm; pre-commit when installed)', () => {
  it('husky 9: `npx husky init` then `npx leakguard install` blocks a commit that adds a secret', () => {
    const repo = npmRepo(['husky@9']);
    npm(repo, 'exec', '--', 'husky', 'init');
    npm(repo, 'exec', '--', 'leakguard', 'install', '--pre-push');
    expect(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8')).toContain('leakguard staged');
    writeFiles(repo, { 'src/config.js': `export const token = "${fakeGithubToken()}";\n` });
    git(repo, 'add', 'src/config.js');
    const blocked = commit(repo, '-m', 'add config');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('src/config.js:1');
    expect(blocked.output).toContain('npx leakguard accept');
    writeFiles(repo, { 'src/config.js': 'export const token = process.env.TOKEN;\n' });
    git(repo, 'add', '-A');
    expect(commit(repo, '-m', 'add config').code).toBe(0);
    // The pre-push line: git's ref lines reach leakguard through husky's runner.
    const remote = tempRepo();
    git(repo, 'remote', 'add', 'origin', remote);
    writeFiles(repo, { 'k.env': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', 'k.env');
    expect(commit(repo, '--no-verify', '-m', 'sneak a key').code).toBe(0);
    const push = spawnSync('git', ['push', '-q', 'origin', 'HEAD:refs/heads/feature'], { cwd: repo, env: ENV, encoding: 'utf8' });
    expect(push.status).not.toBe(0);
    expect(`${push.stdout}${push.stderr}`).toContain('k.env:1');
  }, SLOW);

  it('lint-staged 16: a `"*": "leakguard staged"` task, run by husky, blocks a commit that adds a secret', () => {
    const repo = npmRepo(['husky@9', 'lint-staged@16']);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    pkg['lint-staged'] = { '*': 'leakguard staged' };
    writeFileSync(join(repo, 'package.json'), JSON.stringify(pkg, null, 2));
    npm(repo, 'exec', '--', 'husky', 'init');
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npx lint-staged\n');
    git(repo, 'add', '-A');
    expect(commit(repo, '-m', 'set up lint-staged').code).toBe(0);
    mkdirSync(join(repo, 'deep dir'));
    writeFiles(repo, { 'deep dir/a.env': `TOKEN=${fakeGithubToken()}\n`, 'b.txt': 'fine\n' });
    git(repo, 'add', '-A');
    const blocked = commit(repo, '-m', 'add env');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('deep dir/a.env:1');
    // lint-staged restores the working tree; the files are still there, still staged.
    expect(git(repo, 'diff', '--cached', '--name-only')).toContain('deep dir/a.env');
    git(repo, 'rm', '-q', '--cached', 'deep dir/a.env');
    expect(commit(repo, '-m', 'only the clean file').code).toBe(0);
  }, SLOW);

  // The pre-commit framework is a Python tool: this runs when `pre-commit` is on PATH (or named by
  // LEAKGUARD_PRE_COMMIT), e.g. after `pip install pre-commit`.
  it.skipIf(!PRE_COMMIT)('pre-commit framework: the `leakguard` hook from .pre-commit-hooks.yaml installs without a build and blocks a commit', () => {
    // The hook repository as a tag of this project holds it: the packed files (dist/ included) and the hooks file.
    const hookRepo = tempRepo();
    execFileSync('tar', ['xzf', tarball, '-C', hookRepo, '--strip-components=1'], { env: ENV });
    copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'));
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'release');
    const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();
    const repo = tempRepo();
    writeFiles(repo, { '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: leakguard\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'init');
    const env = { ...ENV, PRE_COMMIT_HOME: join(repo, '.git', 'pre-commit-home') };
    execFileSync(PRE_COMMIT!, ['install'], { cwd: repo, env, stdio: 'pipe' });
    writeFiles(repo, { 'a.env': `TOKEN=${fakeGithubToken()}\n` });
    git(repo, 'add', 'a.env');
    const r = spawnSync('git', ['commit', '-q', '-m', 'x'], { cwd: repo, env, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('a.env:1');
    git(repo, 'rm', '-q', '--cached', 'a.env');
    writeFiles(repo, { 'ok.txt': 'fine\n' });
    git(repo, 'add', 'ok.txt');
    expect(spawnSync('git', ['commit', '-q', '-m', 'ok'], { cwd: repo, env, encoding: 'utf8' }).status).toBe(0);
  }, SLOW);
});
