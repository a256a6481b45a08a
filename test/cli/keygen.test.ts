import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validators } from '../../src/engine/checksum.js';
import { BASE62 } from '../../src/engine/crc32.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface Finding {
  ruleId: string;
  confidence: string;
  secret: string;
  path: string;
}

function keygen(args: string[]): string[] {
  const r = runCli(['keygen', ...args, '--format', 'json'], { cwd: tempDir() });
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout).keys as { key: string }[]).map((k) => k.key);
}

function ruleBlock(args: string[]): string {
  const r = runCli(['keygen', '--rule', ...args], { cwd: tempDir() });
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The key with the character at `at` replaced by another base62 character. */
function changeOne(key: string, at: number): string {
  return key.slice(0, at) + BASE62[(BASE62.indexOf(key[at]!) + 7) % 62] + key.slice(at + 1);
}

function scanJson(cwd: string, ...extra: string[]): { code: number; findings: Finding[] } {
  const r = runCli(['scan', '.', '--format', 'json', '--no-redact', ...extra], { cwd });
  expect(r.code, r.stderr).not.toBe(2);
  return { code: r.code, findings: JSON.parse(r.stdout).findings };
}

describe('leakguard keygen', () => {
  it('prints --count keys of one fixed length whose checksum validates, all different', () => {
    const r = runCli(['keygen', '--prefix', 'acme', '--env', 'live', '--count', '25'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const keys = r.stdout.trim().split('\n');
    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    for (const key of keys) {
      expect(key).toMatch(/^acme_live_[0-9A-Za-z]{49}$/);
      expect(validators['prefix-crc32']!(key)).toBe(true);
    }
  });

  it('with --hash prints the SHA-256 node:crypto computes for each key, in text and JSON', () => {
    const text = runCli(['keygen', '--prefix', 'acme', '--env', 'test', '-n', '3', '--hash'], { cwd: tempDir() });
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const [key, hash] = line.split('  sha256:');
      expect(hash).toBe(createHash('sha256').update(key!).digest('hex'));
    }
    const json = runCli(['keygen', '--prefix', 'acme', '--env', 'test', '--hash', '--format', 'json'], { cwd: tempDir() });
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'keygen', prefix: 'acme', env: 'test', length: 59, bits: 256 });
    expect(doc.keys[0].sha256).toBe(createHash('sha256').update(doc.keys[0].key).digest('hex'));
  });

  it('rejects bad input with one line and exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--prefix', 'Acme', '--env', 'live'], /--prefix "Acme" must be 2 to 16 lowercase letters or digits/],
      [['--prefix', 'ac-me', '--env', 'live'], /--prefix "ac-me"/],
      [['--prefix', 'a', '--env', 'live'], /--prefix "a"/],
      [['--env', 'live'], /--prefix is required/],
      [['--prefix', 'acme'], /--env is required/],
      [['--prefix', 'acme', '--env', 'live_2'], /--env "live_2"/],
      [['--prefix', 'acme', '--env', 'live', '--count', '0'], /--count must be a whole number from 1 to 1000, not "0"/],
      [['--prefix', 'acme', '--env', 'live', '--count', '1001'], /--count/],
      [['--prefix', 'acme', '--env', 'live', '--count', '2.5'], /--count/],
      [['--prefix', 'acme', '--env', 'live', '--format', 'sarif'], /--format must be text or json/],
      [['--prefix', 'sk', '--env', 'live'], /Stripe/],
      [['--rule', '--prefix', 'acme', '--count', '2'], /--count does not apply/],
      [['--prefix', 'acme', '--env', 'live', '--nope'], /Unknown option '--nope'/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['keygen', ...args], { cwd: tempDir() });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('--rule prints a block that `rules check` accepts: its examples are found, its look-alikes are not', () => {
    const dir = tempDir();
    writeFiles(dir, { 'leakguard.toml': ruleBlock(['--prefix', 'acme']) });
    const r = runCli(['rules', 'check', 'leakguard.toml'], { cwd: dir });
    expect(r.stdout).toContain('ok: 1 rules');
    expect(r.code).toBe(0);
  });
});

describe('the rule from keygen --rule, through scan', () => {
  it('finds every generated key at high confidence, under its own rule id', () => {
    const repo = tempRepo();
    const [live1, live2] = keygen(['--prefix', 'acme', '--env', 'live', '--count', '2']);
    const [test1] = keygen(['--prefix', 'acme', '--env', 'test']);
    const [staging] = keygen(['--prefix', 'acme', '--env', 'staging']);
    writeFiles(repo, {
      'leakguard.toml': ruleBlock(['--prefix', 'acme']),
      'src/client.js': `const client = new Acme({ apiKey: "${live1}" });\n`,
      '.env': `ACME_API_KEY=${live2}\n`,
      'config/app.yml': `acme:\n  key: ${test1}\n`,
      'deploy.sh': `curl -H "Authorization: Bearer ${staging}" https://api.acme.test/v1/me\n`,
    });
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    const mine = findings.filter((f) => f.ruleId === 'acme-api-key');
    expect(mine.map((f) => f.secret).sort()).toEqual([live1, live2, test1, staging].sort());
    expect(mine.every((f) => f.confidence === 'high')).toBe(true);
    // The generic built-in rule sees the same keys; the project's own rule wins the overlap.
    expect(findings.filter((f) => f.ruleId !== 'acme-api-key')).toEqual([]);
  });

  it('ignores the same keys with one character changed (body, checksum, and with --env, the environment)', () => {
    const repo = tempRepo();
    const keys = keygen(['--prefix', 'acme', '--env', 'live', '--count', '6']);
    const head = 'acme_live_'.length;
    const lookAlikes = [
      changeOne(keys[0]!, head),
      changeOne(keys[1]!, head + 21),
      changeOne(keys[2]!, head + 42),
      changeOne(keys[3]!, keys[3]!.length - 6),
      changeOne(keys[4]!, keys[4]!.length - 1),
      keys[5]!.replace('acme_live_', 'acme_livf_'),
    ];
    for (const k of lookAlikes) expect(validators['prefix-crc32']!(k) && k.startsWith('acme_live_')).toBe(false);
    writeFiles(repo, {
      'leakguard.toml': `disable = ["generic-prefixed-api-key"]\n\n${ruleBlock(['--prefix', 'acme', '--env', 'live,test'])}`,
      'lookalikes.txt': lookAlikes.map((k, i) => `key${i} = "${k}"\n`).join(''),
    });
    const clean = scanJson(repo);
    expect(clean.findings).toEqual([]);
    expect(clean.code).toBe(0);

    // The originals in the same place are found: the rule, not the file, made the difference.
    writeFiles(repo, { 'lookalikes.txt': keys.map((k, i) => `key${i} = "${k}"\n`).join('') });
    const found = scanJson(repo);
    expect(found.findings.map((f) => f.secret).sort()).toEqual([...keys].sort());
  });

  it('leaves look-alikes to the generic built-in rule, at low confidence, when that rule is on', () => {
    const repo = tempRepo();
    const [key] = keygen(['--prefix', 'acme', '--env', 'live']);
    const lookAlike = changeOne(key!, 20);
    writeFiles(repo, { 'leakguard.toml': ruleBlock(['--prefix', 'acme']), 'a.txt': `k=${lookAlike}\n` });
    const { findings } = scanJson(repo);
    expect(findings.map((f) => [f.ruleId, f.confidence])).toEqual([['generic-prefixed-api-key', 'low']]);
  });

  it('keeps the key out of the report unless --no-redact', () => {
    const repo = tempRepo();
    const [key] = keygen(['--prefix', 'acme', '--env', 'live']);
    writeFiles(repo, { 'leakguard.toml': ruleBlock(['--prefix', 'acme']), 'a.js': `const k = "${key}";\n` });
    const r = runCli(['scan', '.'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('acme-api-key');
    expect(r.stdout).toContain(`...${key!.slice(-4)}`);
    expect(r.stdout + r.stderr).not.toContain(key);
  });
});
