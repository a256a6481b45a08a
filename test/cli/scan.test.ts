import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

describe('leakguard scan', () => {
  it('exits 0 and says so on a clean directory', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.js': 'const x = 1;\n' });
    const r = runCli(['scan', dir], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no secrets found');
  });

  it('exits 1 with path:line:col, rule and the redacted secret, never the secret', () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'src/config.js': `// settings\nexport const token = "${token}";\n` });
    const r = runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/config.js:2:23');
    expect(r.stdout).toContain('github-pat');
    expect(r.stdout).toContain(`ghp_...${token.slice(-4)}`);
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('shows the secret in full only with --no-redact', () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'a.env': `TOKEN=${token}\n` });
    expect(runCli(['scan', '--no-redact', '.'], { cwd: dir }).stdout).toContain(token);
    for (const format of ['json', 'sarif']) {
      const r = runCli(['scan', '--format', format, '.'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain(token);
      expect(runCli(['scan', '--format', format, '--no-redact', '.'], { cwd: dir }).stdout).toContain(token);
    }
  });

  it('writes JSON with the documented fields to --output and a verdict to stderr', () => {
    const dir = tempDir();
    writeFiles(dir, { 'k.txt': `id=${fakeAwsKeyId()}\n` });
    const r = runCli(['scan', '.', '--format', 'json', '--output', 'out.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 secret found');
    const doc = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.findings[0]).toMatchObject({ ruleId: 'aws-access-key-id', path: 'k.txt', line: 1, column: 4 });
    expect(doc.summary).toMatchObject({ findings: 1, files: 1 });
  });

  it('honours .gitignore in a work tree unless --no-gitignore, and never reads .git', () => {
    const repo = tempRepo();
    writeFiles(repo, { '.gitignore': 'build/\n', 'build/out.js': `t="${fakeGithubToken()}"\n`, 'src/a.js': 'ok\n' });
    writeFileSync(join(repo, '.git', 'leak.txt'), `t="${fakeGithubToken()}"\n`);
    expect(runCli(['scan', '.'], { cwd: repo }).code).toBe(0);
    const all = runCli(['scan', '--no-gitignore', '.'], { cwd: repo });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('build/out.js');
    expect(all.stdout).not.toContain('.git/');
  });

  it('skips binary files by content, counts them, and still scans text with invalid UTF-8 and CRLF', () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, {
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(token)]),
      'latin.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`\r\nkey = ${token}\r\n`)]),
    });
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.binarySkipped).toEqual(['image.png']);
    expect(doc.findings.map((f: { path: string; line: number }) => [f.path, f.line])).toEqual([['latin.txt', 2]]);
  });

  it('handles odd file names: spaces, unicode, newlines and a leading dash', () => {
    const dir = tempDir();
    const names = ['with space.txt', 'ünïcødé.txt', 'new\nline.txt', '-dash.txt'];
    for (const name of names) writeFileSync(join(dir, name), `t=${fakeGithubToken()}\n`);
    const r = runCli(['scan', '--format', 'json', '--', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path).sort()).toEqual([...names].sort());
    const single = runCli(['scan', '--', '-dash.txt'], { cwd: dir });
    expect(single.code).toBe(1);
  });

  it('does not follow symlink loops and lists them as skipped', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    writeFiles(dir, { 'a/x.txt': 'fine\n' });
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.skipped).toEqual([{ path: 'a/loop', reason: expect.stringContaining('symbolic link') }]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file with its reason', () => {
    const dir = tempDir();
    writeFiles(dir, { 'secret.txt': 'x' });
    chmodSync(join(dir, 'secret.txt'), 0);
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).summary.unreadable).toEqual([{ path: 'secret.txt', reason: 'permission denied' }]);
  });

  it('scans standard input with "-"', () => {
    const dir = tempDir();
    const r = runCli(['scan', '-'], { cwd: dir, input: `x=${fakeGithubToken()}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-:1:3');
  });

  it('scans an empty directory cleanly', () => {
    const r = runCli(['scan', '.'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 files');
  });

  it.each([
    [['scan', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', 'does-not-exist'], /no such file or directory/],
    [['nope'], /unknown command "nope"/],
  ])('exits 2 with a one-line error for %j', (args, message) => {
    const r = runCli(args, { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the file and problem for a malformed leakguard.toml', () => {
    const dir = tempDir();
    writeFiles(dir, { 'leakguard.toml': '[allowlist]\npaths = "not a list"\n' });
    const r = runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leakguard\.toml: "allowlist\.paths" must be a list of strings/);
  });

  it('rejects a config rule whose regex would backtrack catastrophically, without hanging', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'leakguard.toml': `[[rules]]\nid = "bad"\nname = "Bad"\ndescription = "d"\nregex = '''k=(?<secret>(a+)+$)'''\nkeywords = ["k="]\nexamples = ["k=aa"]\n`,
      'x.txt': `k=${'a'.repeat(50)}!\n`,
    });
    const r = runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('backtrack catastrophically');
  });

  it('lets leakguard.toml disable rules, allowlist paths and add rules', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'leakguard.toml': `disable = ["aws-access-key-id"]\n[allowlist]\npaths = ["fixtures/**"]\n\n[[rules]]\nid = "acme-key"\nname = "Acme key"\ndescription = "Acme API access"\nregex = '''(?<secret>acme_[a-z0-9]{20})'''\nkeywords = ["acme_"]\nentropy = 3.0\nexamples = ["acme_k3j9x8q2m7v4b1n6c5z0"]\n`,
      'a.txt': `id=${fakeAwsKeyId()}\n`,
      'fixtures/b.txt': `t=${fakeGithubToken()}\n`,
      'c.txt': 'key = acme_k3j9x8q2m7v4b1n6c5z0\n',
    });
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`)).toEqual(['acme-key c.txt']);
  });

  it('uses worker threads for large trees and finds the same secrets', () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1200; i++) files[`d${i % 10}/f${i}.txt`] = i % 300 === 7 ? `t=${fakeGithubToken()}\n` : `line ${i}\n`;
    // Binary files whose listing order is not their sorted order: every way of scanning lists them alike.
    for (const name of ['z/b.bin', 'a/z.bin', 'm/a.bin', 'a/a.bin']) files[name] = 'ELF\0\0\0binary';
    writeFiles(dir, files);
    const threaded = JSON.parse(runCli(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    const inline = JSON.parse(runCli(['scan', '.', '--format', 'json', '--workers', '0'], { cwd: dir }).stdout);
    // Three workers and the main thread claiming files from one shared list: each file scanned once.
    const many = JSON.parse(runCli(['scan', '.', '--format', 'json', '--workers', '3'], { cwd: dir }).stdout);
    expect(threaded.findings).toHaveLength(4);
    expect(threaded.findings).toEqual(inline.findings);
    expect(many.findings).toEqual(inline.findings);
    expect(inline.summary.binarySkipped).toEqual(['a/a.bin', 'a/z.bin', 'm/a.bin', 'z/b.bin']);
    expect(threaded.summary.binarySkipped).toEqual(inline.summary.binarySkipped);
    expect(threaded.summary.files).toBe(1200);
    expect(many.summary.files).toBe(1200);
  });

  it('lists untracked files in a git repo once', () => {
    const repo = tempRepo();
    writeFiles(repo, { 'a.txt': `t=${fakeGithubToken()}\n` });
    git(repo, 'add', 'a.txt');
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
  });
});
