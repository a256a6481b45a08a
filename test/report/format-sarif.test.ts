import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

// `leakguard scan --format sarif` against the OASIS SARIF 2.1.0 schema, and against what GitHub code
// scanning reads: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * The schema as shipped is draft-04 (`id`); Ajv 8 reads draft-07, where the only difference it uses is `$id`.
 * Its `language` pattern has a stray `]`, valid only without the regex `u` flag (unicodeRegExp: false).
 */
function sarifValidator() {
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id, ...schema });
}

interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } }
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; properties: Record<string, unknown> }

describe('SARIF output', () => {
  const validate = sarifValidator();

  function scanBoth(repo: string, cwd: string, ...targets: string[]) {
    const sarif = runCli(['scan', '--format', 'sarif', ...targets], { cwd });
    const json = runCli(['scan', '--format', 'json', ...targets], { cwd });
    return { code: sarif.code, log: JSON.parse(sarif.stdout), findings: JSON.parse(json.stdout).findings as { ruleId: string; path: string; line: number; column: number; endLine: number; endColumn: number; fingerprint: string }[], repo };
  }

  it('is valid SARIF 2.1.0 with the rule metadata, fingerprints and locations GitHub code scanning needs', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    const key = fakeAwsKeyId();
    const odd = 'config dir/ünï #1?%.env';
    writeFiles(repo, {
      'src/app.js': `// settings\nconst token = "${token}";\n`,
      [odd]: `AWS_ACCESS_KEY_ID=${key}\n`,
      'colon:name.txt': `t=${fakeGithubToken()}\n`,
    });
    mkdirSync(join(repo, 'sub'));
    // Scanned from a subdirectory: URIs are still relative to the repository root.
    const { code, log, findings } = scanBoth(repo, join(repo, 'sub'), '..');
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');

    const run = log.runs[0];
    const rules: SarifRule[] = run.tool.driver.rules;
    const results: SarifResult[] = run.results;
    expect(results).toHaveLength(3);
    expect(rules.map((r) => r.id).sort()).toEqual(['aws-access-key-id', 'github-pat']);
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(rule.help.markdown.length).toBeGreaterThan(20);
      const severity = Number(rule.properties['security-severity']);
      expect(typeof rule.properties['security-severity']).toBe('string');
      expect(severity).toBeGreaterThan(0);
      expect(severity).toBeLessThanOrEqual(10);
      expect(rule.properties.tags).toContain('security');
    }

    const uris = results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['colon%3Aname.txt', 'config%20dir/%C3%BCn%C3%AF%20%231%3F%25.env', 'src/app.js']);
    for (const result of results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      const path = artifactLocation.uri.split('/').map(decodeURIComponent).join('/');
      const finding = findings.find((f) => f.path === path && f.ruleId === result.ruleId)!;
      expect(finding, `${path} ${result.ruleId}`).toBeDefined();
      expect(region).toMatchObject({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      expect(result.partialFingerprints['leakguard/v1']).toBe(finding.fingerprint);
      expect(['error', 'warning', 'note']).toContain(result.level);
    }
    const app = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/app.js')!;
    expect(app.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 16, endColumn: 16 + token.length });
    expect(JSON.stringify(log)).not.toContain(token.slice(4, 20));
    expect(JSON.stringify(log)).not.toContain(key.slice(4));
  });

  it('is valid SARIF with no results when nothing is found', () => {
    const repo = tempRepo();
    writeFiles(repo, { 'a.txt': 'nothing here\n' });
    const { code, log } = scanBoth(repo, repo, '.');
    expect(code).toBe(0);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the validator is not vacuous
  });

  it('names a file outside the repository with an absolute file: URI', () => {
    const repo = tempRepo();
    const outside = tempDir();
    writeFiles(outside, { 'x y.env': `t=${fakeGithubToken()}\n` });
    writeFiles(repo, { 'a.txt': 'fine\n' });
    const { log } = scanBoth(repo, repo, '.', join(outside, 'x y.env'));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results.map((r: SarifResult) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([`file://${outside}/x%20y.env`]);
  });
});
