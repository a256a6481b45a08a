import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitRun, hookRepo, shRun } from '../helpers/hook-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { git, GIT_ENV, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

const head = (repo: string) => gitRun(repo, ['rev-parse', '--verify', '-q', 'HEAD']).stdout.trim();

/** A repo with the hook installed and one clean commit. */
function setup() {
  const { repo, bin } = hookRepo();
  writeFiles(repo, { 'README.md': '# project\n', 'src/app.js': 'export const a = 1;\n' });
  git(repo, 'add', '-A');
  expect(gitRun(repo, ['commit', '-q', '-m', 'init'], { bin }).code).toBe(0);
  const commit = (...args: string[]) => gitRun(repo, ['commit', '-q', '-m', 'change', ...args], { bin });
  return { repo, bin, commit };
}

/** Commit bypassing the hook, to set up history that already holds a secret. */
const commitNoVerify = (repo: string, message: string) => git(repo, 'commit', '-q', '--no-verify', '-m', message);

describe('leakguard staged, as the pre-commit hook', () => {
  it('blocks `git add` + `git commit` of a secret with path:line, rule, redacted secret and the ways out in order', () => {
    const { repo, commit } = setup();
    const token = fakeGithubToken();
    const before = head(repo);
    writeFiles(repo, { 'src/config.js': `// settings\nexport const token = "${token}";\n` });
    git(repo, 'add', 'src/config.js');
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(head(repo)).toBe(before);
    const out = r.stderr;
    expect(out).toContain('src/config.js:2');
    expect(out).toContain('GitHub personal access token');
    expect(out).toContain(`ghp_...${token.slice(-4)}`);
    expect(out + r.stdout).not.toContain(token);
    const order = ['Remove the secret from the staged content', 'rotate', 'leakguard:allow', ' accept ', 'git commit --no-verify'].map((s) => out.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('prints a baseline command that, once run, lets the commit through; leakguard:allow on the line does too', () => {
    const { repo, bin, commit } = setup();
    writeFiles(repo, { 'k.txt': `id=${fakeAwsKeyId()}\n` });
    git(repo, 'add', 'k.txt');
    const r = commit();
    expect(r.code).not.toBe(0);
    const command = /^\s+(leakguard accept .*)$/m.exec(r.stderr)![1]!;
    expect(shRun(repo, command, bin).code).toBe(0);
    expect(readFileSync(join(repo, '.leakguard-baseline.json'), 'utf8')).toContain('aws-access-key-id');
    expect(commit().code).toBe(0);
    writeFiles(repo, { 'm.txt': `id=${fakeAwsKeyId()} # leakguard:allow\n` });
    git(repo, 'add', 'm.txt');
    expect(commit().code).toBe(0);
  });

  it('blocks a secret staged and then deleted from the working tree', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'a.env': `TOKEN=${fakeGithubToken()}\n` });
    git(repo, 'add', 'a.env');
    rmSync(join(repo, 'a.env'));
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('a.env:1');
  });

  it('does not block a secret that is in the working tree but not staged', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'src/app.js': `export const a = 2;\n`, 'local.env': `TOKEN=${fakeGithubToken()}\n` });
    git(repo, 'add', 'src/app.js');
    writeFiles(repo, { 'src/app.js': `export const a = 2;\nconst t = "${fakeGithubToken()}";\n` });
    expect(commit().code).toBe(0);
  });

  it('checks exactly the staged hunks of a partially staged file (git apply --cached)', () => {
    const { repo, commit } = setup();
    const body = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    writeFiles(repo, { 'p.txt': `${body.join('\n')}\n` });
    git(repo, 'add', 'p.txt');
    expect(commit().code).toBe(0);
    // Working tree: a clean change near the top, a secret near the bottom; stage only the top hunk.
    const edited = [...body];
    edited[1] = 'line 2 edited';
    edited[27] = `token = "${fakeGithubToken()}"`;
    writeFiles(repo, { 'p.txt': `${edited.join('\n')}\n` });
    const patch = git(repo, 'diff', '-U0', 'p.txt');
    const hunks = patch.split(/^(?=@@)/m);
    expect(hunks).toHaveLength(3);
    expect(gitRun(repo, ['apply', '--cached', '--unidiff-zero', '-'], { input: hunks[0]! + hunks[1]! }).code).toBe(0);
    expect(git(repo, 'diff', '--cached')).toContain('line 2 edited');
    expect(commit().code).toBe(0);
    // Now stage the secret's hunk: blocked, at the right line.
    expect(gitRun(repo, ['apply', '--cached', '--unidiff-zero', '-'], { input: hunks[0]! + hunks[2]! }).code).toBe(0);
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('p.txt:28');
  });

  it('honours the temporary index of `git commit -a`', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'src/app.js': `export const a = 1;\nconst t = "${fakeGithubToken()}";\n` });
    const r = commit('-a');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('src/app.js:2');
  });

  it('honours the temporary index of `git commit <path>`: only that path is checked, from the working tree', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'staged.env': `T=${fakeGithubToken()}\n`, 'README.md': '# project\nmore\n' });
    git(repo, 'add', 'staged.env');
    // Commits README.md only; the staged secret is not part of this commit.
    expect(commit('README.md').code).toBe(0);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('README.md');
    writeFiles(repo, { 'src/app.js': `export const a = 1;\nconst t = "${fakeGithubToken()}";\n` });
    const r = commit('src/app.js');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('src/app.js:2');
  });

  it('checks the initial commit (no HEAD yet): every line is new', () => {
    const { repo, bin } = hookRepo();
    writeFiles(repo, { 'a.txt': 'hello\n', 'b.txt': `x\ny\nkey=${fakeAwsKeyId()}\n` });
    git(repo, 'add', '-A');
    const r = gitRun(repo, ['commit', '-q', '-m', 'first'], { bin });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('b.txt:3');
    expect(head(repo)).toBe('');
  });

  it('passes a pure rename of a file with an old secret, and blocks a secret added while renaming', () => {
    const { repo, commit } = setup();
    const body = Array.from({ length: 20 }, (_, i) => `row ${i}`).join('\n');
    writeFiles(repo, { 'old name.txt': `${body}\nT=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    commitNoVerify(repo, 'legacy secret');
    git(repo, 'mv', 'old name.txt', 'new name.txt');
    expect(commit().code).toBe(0);
    git(repo, 'mv', 'new name.txt', 'newer.txt');
    writeFiles(repo, { 'newer.txt': `${body}\nT=removed\nadded ${fakeAwsKeyId()}\n` });
    git(repo, 'add', '-A');
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('newer.txt:22');
    expect(r.stderr).not.toContain('newer.txt:21');
  });

  it('passes deleting a file that holds a secret', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'leak.txt': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    commitNoVerify(repo, 'legacy');
    git(repo, 'rm', '-q', 'leak.txt');
    expect(commit().code).toBe(0);
  });

  it('skips binary files, but scans text that .gitattributes marks binary', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'img.png': Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(fakeGithubToken())]) });
    git(repo, 'add', '-A');
    expect(commit().code).toBe(0);
    writeFiles(repo, { '.gitattributes': '*.cfg binary\n', 'app.cfg': `a=1\ntoken=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('app.cfg:2');
  });

  it('passes a submodule entry (a commit id, not content)', () => {
    const { repo, commit } = setup();
    const sub = tempRepo();
    writeFiles(sub, { 'inner.txt': `T=${fakeGithubToken()}\n` });
    git(sub, 'add', '-A');
    git(sub, 'commit', '-q', '-m', 'sub');
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/sub');
    expect(commit().code).toBe(0);
    expect(git(repo, 'ls-tree', 'HEAD', 'vendor/sub')).toMatch(/^160000 commit/);
  });

  it('ignores intent-to-add entries, until `git commit -a` stages them', () => {
    const { repo, commit } = setup();
    writeFiles(repo, { 'later.env': `T=${fakeGithubToken()}\n`, 'README.md': '# changed\n' });
    git(repo, 'add', '-N', 'later.env');
    git(repo, 'add', 'README.md');
    expect(commit().code).toBe(0);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('README.md');
    const r = commit('-a');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('later.env:1');
  });

  it('checks a merge in progress: a conflict resolution that adds a secret is blocked', () => {
    const { repo, bin, commit } = setup();
    git(repo, 'checkout', '-q', '-b', 'side');
    writeFiles(repo, { 'src/app.js': 'export const a = "side";\n' });
    expect(commit('-a').code).toBe(0);
    git(repo, 'checkout', '-q', 'main');
    writeFiles(repo, { 'src/app.js': 'export const a = "main";\n' });
    expect(commit('-a').code).toBe(0);
    expect(gitRun(repo, ['merge', '-q', 'side'], { bin }).code).not.toBe(0); // conflict
    writeFiles(repo, { 'src/app.js': `export const a = "both";\nconst t = "${fakeGithubToken()}";\n` });
    git(repo, 'add', 'src/app.js');
    const r = gitRun(repo, ['commit', '-q', '--no-edit'], { bin });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('src/app.js:2');
    writeFiles(repo, { 'src/app.js': 'export const a = "both";\n' });
    git(repo, 'add', 'src/app.js');
    expect(gitRun(repo, ['commit', '-q', '--no-edit'], { bin }).code).toBe(0);
    expect(git(repo, 'rev-list', '--parents', '-n1', 'HEAD').trim().split(' ')).toHaveLength(3);
  });

  it('works in a linked worktree (git worktree add)', () => {
    const { repo, bin } = setup();
    const wt = join(tempDir(), 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'feature', wt);
    writeFiles(wt, { 'w.txt': `T=${fakeGithubToken()}\n`, 'ok.txt': 'fine\n' });
    git(wt, 'add', 'w.txt');
    const r = gitRun(wt, ['commit', '-q', '-m', 'wt'], { bin });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('w.txt:1');
    git(wt, 'reset', '-q');
    git(wt, 'add', 'ok.txt');
    expect(gitRun(wt, ['commit', '-q', '-m', 'wt'], { bin }).code).toBe(0);
  });

  it('reads an index in version 4', () => {
    const { repo, commit } = setup();
    git(repo, 'update-index', '--index-version', '4');
    expect(readFileSync(join(repo, '.git', 'index')).readUInt32BE(4)).toBe(4);
    writeFiles(repo, { 'deep/dir/v4.txt': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const r = commit();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('deep/dir/v4.txt:1');
  });

  it('exits 0 and prints nothing when nothing is staged, or the commit is clean', () => {
    const { repo } = setup();
    const empty = runCli(['staged'], { cwd: repo });
    expect(empty).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFiles(repo, { 'README.md': '# project\nclean\n' });
    git(repo, 'add', '-A');
    expect(runCli(['staged'], { cwd: repo })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli(['staged'], { cwd: tempRepo() })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('narrows to file arguments (absolute or relative, in batches) but still reads staged content', () => {
    const { repo } = setup();
    const token = fakeGithubToken();
    writeFiles(repo, { 'src/leak.js': `const t = "${token}";\n`, 'src/ok.js': 'ok\n' });
    git(repo, 'add', '-A');
    writeFiles(repo, { 'src/leak.js': 'clean in the working tree\n' });
    expect(runCli(['staged', 'src/ok.js'], { cwd: repo }).code).toBe(0);
    expect(runCli(['staged', 'ok.js'], { cwd: join(repo, 'src') }).code).toBe(0);
    expect(runCli(['staged', join(repo, 'src/leak.js')], { cwd: repo }).code).toBe(1);
    expect(runCli(['staged', 'leak.js', 'ok.js'], { cwd: join(repo, 'src') }).code).toBe(1);
    expect(runCli(['staged', 'not-staged.txt'], { cwd: repo }).code).toBe(0);
  });

  it('never modifies the index or the working tree', () => {
    const { repo } = setup();
    writeFiles(repo, { 'a.js': `t = "${fakeGithubToken()}"\n`, 'README.md': 'edited, unstaged\n' });
    git(repo, 'add', 'a.js');
    const index = readFileSync(join(repo, '.git', 'index'));
    const status = git(repo, 'status', '--porcelain');
    expect(runCli(['staged'], { cwd: repo }).code).toBe(1);
    expect(readFileSync(join(repo, '.git', 'index')).equals(index)).toBe(true);
    expect(git(repo, 'status', '--porcelain')).toBe(status);
  });

  it('fails closed (exit 2, with the reason) when it cannot read what is staged', () => {
    const { repo } = setup();
    writeFiles(repo, { 'a.js': 'x\n' });
    git(repo, 'add', 'a.js');
    const missing = runCli(['staged'], { cwd: repo, env: { GIT_INDEX_FILE: join(repo, '.git', 'no-such-index') } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the staged content: GIT_INDEX_FILE/);
    writeFileSync(join(repo, '.git', 'index'), 'DIRC garbage');
    const corrupt = runCli(['staged'], { cwd: repo });
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/^leakguard: git diff failed/);
    const outside = runCli(['staged'], { cwd: tempDir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git work tree/);
  });

  it('fails closed when a staged blob is missing from the object database', () => {
    const { repo } = setup();
    git(repo, 'update-index', '--add', '--cacheinfo', `100644,${'1'.repeat(40)},ghost.txt`);
    const r = runCli(['staged'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakguard: git diff failed \(exit 128\): unable to read 1{40}/);
  });

  it('is skipped with LEAKGUARD=0, and gives json when asked', () => {
    const { repo, bin } = setup();
    writeFiles(repo, { 'a.env': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const json = JSON.parse(runCli(['staged', '--format', 'json'], { cwd: repo }).stdout);
    expect(json.command).toBe('staged');
    expect(json.findings[0]).toMatchObject({ path: 'a.env', line: 1, ruleId: 'github-pat' });
    expect(gitRun(repo, ['commit', '-q', '-m', 'skip'], { bin, env: { LEAKGUARD: '0' } }).code).toBe(0);
  });

  // `script` (util-linux) gives git, and so the hook, a terminal.
  it.skipIf(!existsSync('/usr/bin/script'))('colours the message only on a terminal, and not with NO_COLOR', () => {
    const { repo, bin } = setup();
    writeFiles(repo, { 'a.env': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const onTty = (noColor: string | undefined) =>
      spawnSync('script', ['-qec', 'git commit -q -m tty', '/dev/null'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, ...GIT_ENV, PATH: `${bin}${delimiter}${process.env.PATH}`, TERM: 'xterm', NO_COLOR: noColor },
      }).stdout;
    const colored = onTty(undefined);
    expect(colored).toContain('a.env:1');
    expect(colored).toMatch(/\u001b\[31m/);
    const plain = onTty('1');
    expect(plain).toContain('a.env:1');
    expect(plain).not.toMatch(/\u001b\[/);
  });

  it('names staged files with spaces, unicode and newlines exactly', () => {
    const { repo } = setup();
    const names = ['dir with space/caf\u00e9.env', 'new\nline.env', 'quo"te.env'];
    for (const name of names) writeFiles(repo, { [name]: `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const r = runCli(['staged', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path).sort()).toEqual([...names].sort());
    expect(runCli(['staged', 'dir with space/caf\u00e9.env'], { cwd: repo }).code).toBe(1);
  });

  it('resolves a relative GIT_INDEX_FILE (as a plain `git commit` sets it) when started in a subdirectory', () => {
    const { repo } = setup();
    writeFiles(repo, { 'src/k.env': `T=${fakeGithubToken()}\n` });
    git(repo, 'add', '-A');
    const r = runCli(['staged'], { cwd: join(repo, 'src'), env: { GIT_INDEX_FILE: '.git/index' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('src/k.env:1');
  });
});
