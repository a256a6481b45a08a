import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

describe('leakguard accept', () => {
  it('adds a finding to the baseline at the repository root, sorted, once; later scans hide it', () => {
    const repo = tempRepo();
    writeFiles(repo, { 'sub/a.env': `T=${fakeGithubToken()}\n` });
    const found = JSON.parse(runCli(['scan', '--format', 'json', '.'], { cwd: repo }).stdout).findings[0];
    const args = ['accept', found.fingerprint, '--rule', found.ruleId, '--path', found.path];
    expect(runCli(args, { cwd: join(repo, 'sub') }).code).toBe(0);
    expect(runCli(['accept', 'f'.repeat(32), '--rule', 'aws-access-key-id', '--path', 'a b.txt'], { cwd: repo }).code).toBe(0);
    const again = runCli(args, { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already in');
    const text = readFileSync(join(repo, '.leakguard-baseline.json'), 'utf8');
    const paths = JSON.parse(text).findings.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['a b.txt', 'sub/a.env']);
    expect(runCli(['scan', '--baseline', '.leakguard-baseline.json', '.'], { cwd: repo }).code).toBe(0);
    git(repo, 'add', 'sub/a.env');
    expect(runCli(['staged'], { cwd: repo }).code).toBe(0);
  });

  it('writes to --baseline FILE, and exits 2 for a malformed fingerprint or missing --rule/--path', () => {
    const repo = tempRepo();
    expect(runCli(['accept', 'a'.repeat(32), '--rule', 'x', '--path', 'p', '--baseline', 'custom.json'], { cwd: repo }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'custom.json'), 'utf8')).findings).toEqual([{ fingerprint: 'a'.repeat(32), rule: 'x', path: 'p' }]);
    for (const args of [['accept', 'not-hex', '--rule', 'x', '--path', 'p'], ['accept', 'a'.repeat(32)], ['accept']]) {
      const r = runCli(args, { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
