import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../src/sources/read-file.js';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-repo.js';

// Inputs that break naive scanners (issue 2, "Bad input"). The large inputs are generated once per
// describe block, in a temp directory removed afterwards.

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endColumn: number;
  secret: string;
}

function scanJson(dir: string, args: string[] = ['.']) {
  const r = runCli(['scan', '--format', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, doc: JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: Record<string, unknown> } };
}

/** A directory shared by the tests of one describe block: for inputs too large to build per test. */
function sharedDir(): { dir: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'leakguard-bad-input-')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir };
}

/** Text that looks like code and holds no secret: one line of `width` characters. */
function filler(width: number, i: number): string {
  const base = `const value${i % 97} = computeSomething(input, ${i}); // ordinary line of source code `;
  return base.repeat(Math.ceil(width / base.length)).slice(0, width - 1) + '\n';
}

describe('a 100 MB file', () => {
  const shared = sharedDir();
  const tokens = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
  let boundaryLine = 0;
  let lastLine = 0;

  beforeAll(() => {
    // Lines of 100 bytes; one token straddles the first chunk boundary, one sits near the middle, one
    // at the very end. Written in 1 MB blocks so the test itself stays small in memory.
    const fd = openSync(join(shared.dir(), 'big.log'), 'w');
    const line = filler(100, 1);
    const block = line.repeat((1024 * 1024) / 100);
    let written = 0;
    let lineNo = 0;
    const put = (text: string) => {
      writeSync(fd, text);
      written += Buffer.byteLength(text);
      lineNo += text.split('\n').length - 1;
    };
    while (written < CHUNK_BYTES * 0.4) put(line);
    // One line of over half a chunk up to the first chunk boundary: no line break near enough to cut at,
    // so the cut falls inside the token (it starts 13 bytes before the boundary and is 40 long).
    put(`${'x'.repeat(CHUNK_BYTES - 20 - written)} token=${tokens[0]} `);
    boundaryLine = lineNo + 1;
    put('\n');
    while (written < 50 * 1024 * 1024) put(block);
    put(`mid ${tokens[1]}\n`);
    while (written < 100 * 1024 * 1024) put(block);
    put(`end ${tokens[2]}`);
    lastLine = lineNo + 1;
    closeSync(fd);
  });

  it('finds a secret across a chunk boundary and at the end, on the right lines', () => {
    const { code, doc } = scanJson(shared.dir());
    expect(code).toBe(1);
    const found = doc.findings.map((f) => [f.ruleId, f.line]);
    expect(found).toContainEqual(['github-pat', boundaryLine]);
    expect(found).toContainEqual(['github-pat', lastLine]);
    expect(doc.findings.filter((f) => f.ruleId === 'github-pat')).toHaveLength(3);
    expect(doc.summary.bytes).toBeGreaterThan(100 * 1024 * 1024);
  });

  it('keeps memory bounded: peak RSS well under twice the file size', () => {
    // The child records its own peak RSS (threads included) as it exits.
    const probe = join(shared.dir(), 'rss-probe.mjs');
    const rssFile = join(shared.dir(), 'rss.txt');
    writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const r = spawnSync(process.execPath, ['--import', probe, CLI, 'scan', '--format', 'json', 'big.log'], { cwd: shared.dir(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(1);
    const peakKb = Number(readFileSync(rssFile, 'utf8'));
    expect(peakKb).toBeGreaterThan(10 * 1024); // the probe measured something
    expect(peakKb * 1024).toBeLessThan(150 * 1024 * 1024); // the file alone is 100 MB; as a string, up to 200
  });
});

describe('a 10 MB single line (minified JS)', () => {
  const shared = sharedDir();
  const token = fakeGithubToken();
  const prefix = 'var a=function(b){return b*2};'.repeat(Math.ceil((10 * 1024 * 1024) / 30)).slice(0, 10 * 1024 * 1024);

  beforeAll(() => writeFileSync(join(shared.dir(), 'app.min.js'), `${prefix};var t="${token}";`));

  it('finds the secret at the end with its column, and the snippet stays short', () => {
    const { code, doc } = scanJson(shared.dir());
    expect(code).toBe(1);
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({ ruleId: 'github-pat', line: 1, column: prefix.length + 9, endColumn: prefix.length + 9 + token.length });
    expect((doc.findings[0] as unknown as { snippet: string }).snippet.length).toBeLessThan(300);
  });
});

describe('100,000 small files', () => {
  const shared = sharedDir();
  const secretAt = new Set([7, 31_337, 99_999]);
  const keys: string[] = [];

  beforeAll(() => {
    for (let d = 0; d < 100; d++) mkdirSync(join(shared.dir(), `d${d}`));
    for (let i = 0; i < 100_000; i++) {
      const key = secretAt.has(i) ? fakeAwsKeyId() : undefined;
      if (key) keys.push(key);
      const content = key ? `key=${key}\n` : `export const n${i} = ${i};\n`;
      writeFileSync(join(shared.dir(), `d${i % 100}`, `f${i}.js`), content);
    }
  }, 180_000);

  it('scans every file and finds the few secrets', () => {
    const { code, doc } = scanJson(shared.dir());
    expect(code).toBe(1);
    expect(doc.summary.files).toBe(100_000);
    expect(doc.findings.map((f) => f.path).sort()).toEqual([...secretAt].map((i) => `d${i % 100}/f${i}.js`).sort());
  }, 120_000);

  it.skipIf(!hasScript())('shows only counts on the TTY progress line, never a path or a secret', () => {
    // `script` gives the CLI a real terminal; the progress line appears from the first file (delay 0).
    const r = spawnSync('script', ['-qefc', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} scan .`, '/dev/null'], {
      cwd: shared.dir(),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LEAKGUARD_PROGRESS_DELAY_MS: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(1);
    const progress = r.stdout.split(/[\r\n]/).filter((s) => s.includes('scanning '));
    expect(progress.length).toBeGreaterThan(0);
    for (const line of progress) expect(line).toMatch(/^\u001b\[2Kscanning \d+\/100000 \(\d+%\) files(, ~\d+s left)?$/);
    expect(r.stdout).toContain('3 secrets found');
    for (const key of keys) expect(r.stdout).not.toContain(key);
  }, 120_000);
});

describe('NUL bytes and line endings', () => {
  it('skips a file with a NUL byte early as binary, and scans one whose first NUL comes late', () => {
    const dir = tempDir();
    const early = fakeGithubToken();
    const late = fakeGithubToken();
    writeFiles(dir, {
      'early.dat': Buffer.concat([Buffer.from('head\0er\n'), Buffer.from(`t=${early}\n`)]),
      'late.txt': Buffer.concat([Buffer.from(`${filler(100, 0).repeat(100)}`), Buffer.from('\0\0\n'), Buffer.from(`t=${late}\n`)]),
    });
    const { doc } = scanJson(dir);
    expect(doc.summary.binarySkipped).toEqual(['early.dat']);
    expect(doc.findings.map((f) => [f.path, f.line])).toEqual([['late.txt', 102]]);
  });

  it('counts lines the same with LF, CRLF and lone CR line ends, mixed in one file', () => {
    const dir = tempDir();
    const tokens = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    // Lines: 1 "a" LF, 2 "b" CRLF, 3 "c" CR, 4 token LF, 5 CRLF-ended token, 6 CR-ended token, 7 empty, 8 token.
    const text = `a\nb\r\nc\r  x=${tokens[0]}\n${tokens[1]}\r\n\t${tokens[2]}\r\r${tokens[3]}`;
    writeFiles(dir, { 'mixed.txt': text });
    const { doc } = scanJson(dir);
    expect(doc.findings.map((f) => [f.line, f.column])).toEqual([[4, 5], [5, 1], [6, 2], [8, 1]]);
  });
});

describe('secrets stay redacted in every stream', () => {
  it('never prints the secret in text, JSON or SARIF output, on stdout or stderr, or in --output files', () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const key = fakeAwsKeyId();
    writeFiles(dir, { 'conf.env': `GITHUB_TOKEN=${token}\nAWS_ACCESS_KEY_ID=${key}\n`, 'notes.md': `see ${token} twice ${token}\n` });
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['scan', '--format', format, '.'], { cwd: dir });
      expect(r.code).toBe(1);
      for (const stream of [r.stdout, r.stderr]) {
        expect(stream).not.toContain(token);
        expect(stream).not.toContain(key);
        expect(stream).not.toContain(token.slice(4, 20)); // no long piece of it either
      }
      const out = join(dir, `report.${format}`);
      const w = runCli(['scan', '--format', format, '--output', out, 'conf.env', 'notes.md'], { cwd: dir });
      expect(w.code).toBe(1);
      expect(readFileSync(out, 'utf8') + w.stdout + w.stderr).not.toContain(token.slice(4, 20));
    }
  });

  it('keeps the secret out of error messages about a broken config file', () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    // Unquoted: not valid TOML. A parser error quoting the line would print the token.
    writeFiles(dir, { 'leakguard.toml': `[allowlist]\nregexes = [${token}]\n`, 'a.txt': 'fine\n' });
    const r = runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leakguard\.toml: not valid TOML/);
    expect(r.stdout + r.stderr).not.toContain(token.slice(4, 20));
  });
});

describe('files that cannot be read', () => {
  it('lists a FIFO as skipped instead of blocking on it', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    writeFiles(dir, { 'a.txt': `t=${fakeGithubToken()}\n` });
    const r = runCli(['scan', '--format', 'json', '--no-gitignore', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.skipped).toEqual([{ path: 'pipe', reason: expect.stringContaining('not a regular file') }]);
  });

  it('lists a dangling symbolic link as skipped', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const { code, doc } = scanJson(dir);
    expect(code).toBe(0);
    expect(doc.summary.skipped).toEqual([{ path: 'link.txt', reason: expect.stringContaining('symbolic link') }]);
  });

  // Root reads any file whatever its mode, so the scan runs as `nobody` (setpriv, util-linux) to meet a
  // real permission error; CI containers run as root.
  it.skipIf(!canRunAsNobody())('reports a file it may not read with the reason, and still scans the rest', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFiles(dir, { 'locked.txt': `t=${fakeGithubToken()}\n`, 'open.txt': `t=${fakeGithubToken()}\n` });
    chmodSync(join(dir, 'locked.txt'), 0);
    chmodSync(join(dir, 'open.txt'), 0o644);
    const args = ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, 'scan', '--format', 'json', '.'];
    const r = spawnSync('setpriv', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: dir } });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.unreadable).toEqual([{ path: 'locked.txt', reason: 'permission denied' }]);
    expect(doc.findings.map((f: JsonFinding) => f.path)).toEqual(['open.txt']);
  });
});

function hasScript(): boolean {
  return spawnSync('script', ['-qefc', 'true', '/dev/null']).status === 0;
}

function canRunAsNobody(): boolean {
  if (process.getuid?.() !== 0) return false;
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(CLI)})`]);
  return r.status === 0;
}
