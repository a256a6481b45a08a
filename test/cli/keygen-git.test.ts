import { describe, expect, it } from 'vitest';
import { BASE62 } from '../../src/engine/crc32.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface Finding {
  ruleId: string;
  confidence: string;
  secret: string;
  path: string;
}

function keys(count: number): string[] {
  const r = runCli(['keygen', '--prefix', 'acme', '--env', 'live', '--count', String(count)], { cwd: tempDir() });
  expect(r.code).toBe(0);
  return r.stdout.trim().split('\n');
}

function lookAlike(key: string): string {
  const at = key.length - 20;
  return key.slice(0, at) + BASE62[(BASE62.indexOf(key[at]!) + 1) % 62] + key.slice(at + 1);
}

/**
 * A repository whose committed leakguard.toml holds the keygen rule with the generic rules that would
 * also flag a random value assigned to `key` (generic-prefixed-api-key, generic-api-key) disabled.
 */
function repoWithRule(): string {
  const repo = tempRepo();
  const rule = runCli(['keygen', '--rule', '--prefix', 'acme'], { cwd: repo }).stdout;
  writeFiles(repo, { 'leakguard.toml': `disable = ["generic-prefixed-api-key", "generic-api-key"]\n\n${rule}`, 'README.md': 'demo\n' });
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'config');
  return repo;
}

function findingsOf(args: string[], cwd: string): { code: number; findings: Finding[] } {
  const r = runCli([...args, '--format', 'json', '--no-redact'], { cwd });
  expect(r.code, r.stderr).not.toBe(2);
  return { code: r.code, findings: JSON.parse(r.stdout).findings };
}

describe('the rule from keygen --rule, through git sources', () => {
  it('staged: blocks a staged key and lets its one-character look-alike through', () => {
    const repo = repoWithRule();
    const [key] = keys(1);
    writeFiles(repo, { 'src/client.js': `export const key = "${lookAlike(key!)}";\n` });
    git(repo, 'add', 'src/client.js');
    const clean = findingsOf(['staged'], repo);
    expect(clean.findings).toEqual([]);
    expect(clean.code).toBe(0);

    writeFiles(repo, { 'src/client.js': `export const key = "${key}";\n` });
    git(repo, 'add', 'src/client.js');
    const blocked = findingsOf(['staged'], repo);
    expect(blocked.code).toBe(1);
    expect(blocked.findings.map((f) => [f.ruleId, f.secret, f.path])).toEqual([['acme-api-key', key, 'src/client.js']]);
  });

  it('history: finds a key committed and later deleted, not its look-alike', () => {
    const repo = repoWithRule();
    const [key, other] = keys(2);
    writeFiles(repo, { '.env': `ACME_API_KEY=${key}\nOLD=${lookAlike(other!)}\n` });
    git(repo, 'add', '.env');
    git(repo, 'commit', '-q', '-m', 'add env');
    git(repo, 'rm', '-q', '.env');
    git(repo, 'commit', '-q', '-m', 'remove env');
    const { code, findings } = findingsOf(['history'], repo);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.secret, f.path])).toEqual([['acme-api-key', key, '.env']]);
  });
});
