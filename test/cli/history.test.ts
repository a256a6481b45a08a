import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { buildHistoryScenario } from '../helpers/history-scenario.js';
import { buildChurnHistory } from '../helpers/packed-history.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface JsonFinding {
  ruleId: string; path: string; line: number; secret: string; fingerprint: string; stillExposed: boolean; sameBlobElsewhere: number;
  commit: { sha: string; authorName: string; authorEmail: string; date: string; summary: string };
}

function places(stdout: string) {
  const doc = JSON.parse(stdout) as { findings: JsonFinding[] };
  return doc.findings.map((f) => ({ secret: f.secret, path: f.path, line: f.line, commit: f.commit.sha, stillExposed: f.stillExposed })).sort(byPlace);
}

function byPlace(a: { path: string; commit: string }, b: { path: string; commit: string }): number {
  return a.path.localeCompare(b.path) || a.commit.localeCompare(b.commit);
}

describe('leakguard history', () => {
  it('finds every secret ever committed, on every ref, attributed to the commit that introduced it', () => {
    const { repo, expected } = buildHistoryScenario();
    const r = runCli(['history', '--format', 'json', '--no-redact'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(places(r.stdout)).toEqual([...expected].sort(byPlace));
  });

  it('attributes a secret first written in a conflict resolution to the merge commit, and a cleanly merged one to its branch commit', () => {
    const { repo, commits, expected } = buildHistoryScenario();
    const doc = JSON.parse(runCli(['history', '--format', 'json', '--no-redact'], { cwd: repo }).stdout) as { findings: JsonFinding[] };
    const at = (path: string) => doc.findings.find((f) => f.path === path)!;
    expect(at('merge.txt').commit.sha).toBe(commits.conflictMerge);
    expect(at('merge.txt').commit.summary).toMatch(/^Merge branch 'conflict'/);
    expect(at('side.txt').commit.sha).toBe(commits.side);
    expect(at('side.txt').commit.sha).not.toBe(commits.cleanMerge);
    expect(at('src/keys.js').commit).toMatchObject({ authorName: 'Mallory Dev', authorEmail: 'mallory.dev@example.com', summary: 'add aws key', date: '2024-01-03T00:00:00+00:00' });
    expect(expected).toHaveLength(10);
  });

  it('groups the text report by secret, still-exposed first, redacted, with every place it appeared', () => {
    const { repo, expected, commits } = buildHistoryScenario();
    const r = runCli(['history'], { cwd: repo });
    expect(r.code).toBe(1);
    for (const e of expected) expect(r.stdout).not.toContain(e.secret);
    const aws = expected.find((e) => e.path === 'lib/keys.js')!.secret;
    const blocks = r.stdout.split('\n\n');
    const awsBlock = blocks.find((b) => b.includes('lib/keys.js:3:'))!;
    expect(awsBlock).toContain(`AKIA...${aws.slice(-2)}`);
    expect(awsBlock).toContain('STILL EXPOSED at main (lib/keys.js)');
    expect(awsBlock).toContain('appeared at 2 paths');
    expect(awsBlock).toContain(`introduced: ${commits.aws.slice(0, 12)} 2024-01-03 Mallory Dev <mallory.dev@example.com> "add aws key"`);
    expect(awsBlock).toMatch(/src\/keys\.js:3:\d+/);
    expect(awsBlock).toMatch(/lib\/keys\.js:3:\d+/);
    // Still-exposed secrets come before removed ones.
    const firstRemoved = blocks.findIndex((b) => b.includes('removed from main, still in history'));
    const lastExposed = blocks.map((b) => b.includes('STILL EXPOSED')).lastIndexOf(true);
    expect(lastExposed).toBeLessThan(firstRemoved);
    expect(r.stdout).toMatch(/9 secrets found in history at 10 places, 3 still exposed/);
  });

  it('narrows the scope with --branch, --range and --since-commit', () => {
    const { repo, commits } = buildHistoryScenario();
    const feature = places(runCli(['history', '--branch', 'feature', '--format', 'json'], { cwd: repo }).stdout);
    expect(feature.map((p) => p.path).sort()).toEqual(['config/app.env', 'feature.txt', 'src/keys.js']);
    const range = places(runCli(['history', '--range', `${commits.scrub}..feature`, '--format', 'json'], { cwd: repo }).stdout);
    expect(range.map((p) => [p.path, p.commit])).toEqual([['feature.txt', commits.feature]]);
    const since = places(runCli(['history', '--branch', 'main', '--since-commit', commits.rename, '--format', 'json'], { cwd: repo }).stdout);
    expect(since.map((p) => p.path).sort()).toEqual(['merge.txt', 'side.txt']);
    // Still exposed is decided at main's tip even for a narrowed scope.
    expect(since.every((p) => p.stillExposed)).toBe(true);
    const bad = runCli(['history', '--branch', 'nope'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--branch "nope" names no commit/);
  });

  it('hides what the baseline lists: a baseline of the current tree leaves the history-only secrets', () => {
    const { repo, expected } = buildHistoryScenario();
    expect(runCli(['baseline', '.'], { cwd: repo }).code).toBe(0);
    const r = runCli(['history', '--baseline', '.leakguard-baseline.json', '--format', 'json'], { cwd: repo });
    const shown = places(r.stdout).map((p) => p.path);
    expect(shown).not.toContain('lib/keys.js');
    expect(shown).toContain('src/keys.js');
    expect(shown).toHaveLength(expected.length - 3);
    expect(JSON.parse(r.stdout).summary.suppressedByBaseline).toBe(3);
  });

  it('writes valid SARIF with the introducing commit in partialFingerprints and properties', () => {
    const { repo, expected } = buildHistoryScenario();
    const r = runCli(['history', '--format', 'sarif'], { cwd: repo });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    // The SARIF schema is draft-04 (`id`, no `$schema` Ajv 8 knows): rename `id` to `$id` to load it.
    const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    schema.$id = id;
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results;
    expect(results).toHaveLength(expected.length);
    const merge = results.find((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'merge.txt');
    const want = expected.find((e) => e.path === 'merge.txt')!;
    expect(merge.partialFingerprints['commitSha/v1']).toBe(want.commit);
    expect(merge.properties.commit.sha).toBe(want.commit);
    expect(merge.properties.stillExposed).toBe(true);
    expect(r.stdout).not.toContain(want.secret);
  });

  it('exits 0 with a clear note on an empty repository', () => {
    const repo = tempRepo();
    const r = runCli(['history'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no commits yet');
    expect(r.stdout).toContain('no secrets found');
  });

  it.each([
    [['history', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['history', '--range', 'main'], /--range must look like A\.\.B/],
    [['history', '--git-engine', 'hg'], /--git-engine must be git or isomorphic/],
    [['history', 'no-such-dir'], /no such directory/],
  ])('exits 2 with a one-line error for %j', (args, message) => {
    const r = runCli(args, { cwd: tempRepo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with a one-line error outside a git repository', () => {
    const r = runCli(['history'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a git repository/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('finds a secret at the end of a blob larger than one read piece, on the right line', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    const filler = `${'0123456789abcdef '.repeat(6)}\n`.repeat(60_000);
    writeFiles(repo, { 'big.log': `${filler}token=${token}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'big');
    const doc = JSON.parse(runCli(['history', '--format', 'json'], { cwd: repo }).stdout);
    expect(doc.findings.map((f: JsonFinding) => [f.path, f.line])).toEqual([['big.log', 60_001]]);
  });

  it('finds every secret in every version of a long file edited in several places per commit, on the right lines', () => {
    const repo = tempRepo();
    const top = fakeGithubToken();
    const bottom = fakeGithubToken();
    const middle = fakeGithubToken();
    const near = fakeGithubToken();
    const between = fakeGithubToken();
    // 6000 lines; each version edits three places far apart, so later versions are rescanned only around them.
    const lines = Array.from({ length: 6000 }, (_, i) => `line ${i + 1} ${'filler text '.repeat(4)}`);
    lines[4] = `top = "${top}"`;
    lines[5994] = `bottom = "${bottom}"`;
    lines[2249] = `between = "${between}"`;
    const shas: string[] = [];
    for (let v = 0; v < 12; v++) {
      lines[1500] = `first edit ${v}`;
      lines[3000] = `second edit ${v}`;
      lines[4500] = `third edit ${v}`;
      if (v === 4) lines.splice(3001, 0, `middle = "${middle}"`, 'extra', 'extra');
      if (v === 8) lines.splice(3001, 1);
      if (v === 6) lines[2990] = `near = "${near}"`;
      writeFiles(repo, { 'big.txt': `${lines.join('\n')}\n` });
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', `version ${v}`);
      shas.push(git(repo, 'rev-parse', 'HEAD').trim());
    }
    const doc = JSON.parse(runCli(['history', '--format', 'json', '--no-redact'], { cwd: repo }).stdout) as { findings: (JsonFinding & { commitsAtPath: number })[] };
    const bySecret = new Map(doc.findings.map((f) => [f.secret, f]));
    expect(bySecret.get(top)).toMatchObject({ line: 5, commitsAtPath: 12, commit: { sha: shas[0] } });
    expect(bySecret.get(between)).toMatchObject({ line: 2250, commitsAtPath: 12, commit: { sha: shas[0] } });
    expect(bySecret.get(bottom)).toMatchObject({ line: 5995, commitsAtPath: 12, commit: { sha: shas[0] } });
    expect(bySecret.get(middle)).toMatchObject({ line: 3002, commitsAtPath: 4, commit: { sha: shas[4] } });
    expect(bySecret.get(near)).toMatchObject({ line: 2991, commitsAtPath: 6, commit: { sha: shas[6] } });
    expect(doc.findings).toHaveLength(5);
    // The bottom secret moved down 3 lines in version 4 and back up 1 in version 8: the tip has it at 5997.
    const tip = runCli(['scan', '--format', 'json', '--no-redact', 'big.txt'], { cwd: repo });
    expect(JSON.parse(tip.stdout).findings.find((f: JsonFinding) => f.secret === bottom).line).toBe(5997);
  });

  it('finds secrets in a large file rescanned only around its edits: at a change\'s edge, far from the change, and written in a merge resolution', () => {
    const repo = tempRepo();
    const [edge, kept, resolved, branchOnly] = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    // 3000 lines (~150 KB): each later version is diffed against the one it replaced and rescanned around its edits.
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i + 1} ${'filler text '.repeat(3)}`);
    const commit = (message: string) => {
      writeFiles(repo, { 'big.txt': `${lines.join('\n')}\n` });
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', message);
      return git(repo, 'rev-parse', 'HEAD').trim();
    };
    lines[99] = `kept = "${kept}"`;
    commit('base');
    git(repo, 'branch', 'side');
    // An edit whose last changed line carries the secret; the lines after it are unchanged.
    lines.splice(1500, 1, 'edited line', `edge = "${edge}"`);
    const edgeCommit = commit('edit at an edge');
    lines[2500] = 'main changes this line';
    commit('main edit');
    git(repo, 'checkout', '-q', 'side');
    const sideLines = readFileSync(join(repo, 'big.txt'), 'utf8').split('\n');
    sideLines[2499] = `side changes this line, token = "${branchOnly}"`; // main's line 2501 now
    writeFiles(repo, { 'big.txt': sideLines.join('\n') });
    git(repo, 'commit', '-qam', 'side edit');
    const sideCommit = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', 'main');
    expect(() => git(repo, 'merge', '-q', 'side')).toThrow();
    // The resolution keeps neither side's line: it writes a new secret there.
    lines[2500] = `resolved = "${resolved}"`;
    const mergeCommit = commit('Merge side, resolved');
    const doc = JSON.parse(runCli(['history', '--format', 'json', '--no-redact'], { cwd: repo }).stdout) as { findings: JsonFinding[] };
    const bySecret = new Map(doc.findings.map((f) => [f.secret, f]));
    expect(bySecret.get(edge)).toMatchObject({ line: 1502, commit: { sha: edgeCommit } });
    expect(bySecret.get(kept)).toMatchObject({ line: 100 });
    expect(bySecret.get(resolved)).toMatchObject({ line: 2501, commit: { sha: mergeCommit } });
    expect(bySecret.get(branchOnly)).toMatchObject({ line: 2500, commit: { sha: sideCommit } });
    expect(doc.findings).toHaveLength(4);
  });

  it('exits 0 on a history without secrets', () => {
    const repo = tempRepo();
    writeFiles(repo, { 'a.txt': 'hello\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    const r = runCli(['history'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no secrets found in history \(all refs, 1 commits, 1 unique blobs/);
  });

  it('warns that a shallow clone is incomplete and scans what is there', () => {
    const { repo, commits } = buildHistoryScenario();
    const clone = join(tempDir(), 'shallow');
    git(repo, 'clone', '-q', '--depth', '1', '--no-local', `file://${repo}`, clone);
    const r = runCli(['history', '--format', 'json'], { cwd: clone });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.history.shallow).toBe(true);
    // The boundary commit is all there is: it appears to introduce everything it holds.
    expect(doc.findings.map((f: JsonFinding) => f.commit.sha)).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(doc.findings.every((f: JsonFinding) => f.commit.sha !== commits.aws)).toBe(true);
    expect(runCli(['history'], { cwd: clone }).stdout).toContain('shallow clone: history is incomplete');
  });

  it('reports a missing object and exits 2 after scanning the rest', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    writeFiles(repo, { 'leak.txt': `t=${token}\n`, 'lost.txt': 'this blob will go missing\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'two files');
    const lost = git(repo, 'rev-parse', 'HEAD:lost.txt').trim();
    rmSync(join(repo, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
    for (const engine of ['git', 'isomorphic']) {
      const r = runCli(['history', '--git-engine', engine], { cwd: repo });
      expect(r.code, engine).toBe(2);
      expect(r.stdout).toContain(`could not read blob ${lost} (lost.txt`);
      expect(r.stdout).toContain('leak.txt:1:3');
      expect(r.stdout).toContain('the audit is incomplete');
    }
  });

  it('exits 2 when a commit or tree is missing, never reporting clean', () => {
    const repo = tempRepo();
    writeFiles(repo, { 'a.txt': 'one\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    writeFiles(repo, { 'b.txt': 'two\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'two');
    const tree = git(repo, 'rev-parse', 'HEAD~1^{tree}').trim();
    rmSync(join(repo, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    for (const engine of ['git', 'isomorphic']) {
      const r = runCli(['history', '--git-engine', engine, '--format', 'json'], { cwd: repo });
      expect(r.code, engine).toBe(2);
      expect(JSON.parse(r.stdout).summary.history.walkError, engine).toBeTruthy();
    }
  });

  it('gives the same findings with isomorphic-git as with the git CLI', () => {
    const { repo, expected } = buildHistoryScenario();
    const viaGit = runCli(['history', '--format', 'json'], { cwd: repo });
    const viaIso = runCli(['history', '--format', 'json', '--git-engine', 'isomorphic'], { cwd: repo });
    expect(viaIso.code).toBe(1);
    const strip = (s: string) => {
      const doc = JSON.parse(s);
      return { findings: doc.findings, secrets: doc.secrets, commits: doc.summary.commits, blobs: doc.summary.blobs };
    };
    expect(strip(viaIso.stdout)).toEqual(strip(viaGit.stdout));
    expect(strip(viaIso.stdout).findings).toHaveLength(expected.length);
    expect(JSON.parse(viaIso.stdout).summary.history.engine).toBe('isomorphic');
  });

  it('falls back to isomorphic-git, and says so, when no git binary is on PATH', () => {
    const { repo, expected } = buildHistoryScenario();
    const r = runCli(['history', '--format', 'json'], { cwd: repo, env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.history.engine).toBe('isomorphic');
    expect(doc.summary.warnings).toEqual([{ path: '', message: expect.stringContaining('git was not found') }]);
    expect(doc.findings).toHaveLength(expected.length);
  });

  it('counts other commits and paths that carry the same blob', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    writeFiles(repo, { 'a/config.txt': `k=${token}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    writeFiles(repo, { 'b/config.txt': `k=${token}\n`, 'c/config.txt': `k=${token}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'copies');
    const doc = JSON.parse(runCli(['history', '--format', 'json'], { cwd: repo }).stdout);
    expect(doc.findings.map((f: JsonFinding) => [f.path, f.sameBlobElsewhere])).toEqual([['a/config.txt', 2], ['b/config.txt', 2], ['c/config.txt', 2]]);
    expect(doc.summary.blobs).toBe(1);
    expect(doc.secrets).toHaveLength(1);
    expect(doc.secrets[0].places).toHaveLength(3);
  });

  it('applies path allowlists per place even though each blob is scanned once', () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    writeFiles(repo, { 'leakguard.toml': '[allowlist]\npaths = ["fixtures/**"]\n', 'fixtures/t.txt': `k=${token}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'fixture');
    writeFiles(repo, { 'src/t.txt': `k=${token}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'same content outside fixtures');
    const doc = JSON.parse(runCli(['history', '--format', 'json'], { cwd: repo }).stdout);
    expect(doc.findings.map((f: JsonFinding) => f.path)).toEqual(['src/t.txt']);
  });

  it('reports at each path what a scan of that path reports, where a path-scoped rule outranks another (one blob, many paths)', () => {
    const repo = tempRepo();
    // fetchmail, esmtp and msmtp rules read `password VALUE` only in their own files; elsewhere the generic
    // rule reports it. The same blob is committed under all four names.
    const content = 'user deploy\npassword "Zq8#vR2!mK9pLx4w"\n';
    writeFiles(repo, { 'app.conf': content, '.fetchmailrc': content, '.esmtprc': content, 'config/.msmtprc': content });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one blob at four paths');
    const byPath = (stdout: string) => (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.path} ${f.ruleId} ${f.line}`).sort();
    const scanned = byPath(runCli(['scan', '.', '--format', 'json'], { cwd: repo }).stdout);
    expect(scanned).toEqual(['.esmtprc esmtp-password 2', '.fetchmailrc fetchmail-password 2', 'app.conf generic-password 2', 'config/.msmtprc msmtp-password 2']);
    for (const packs of ['0', '1']) {
      const r = runCli(['history', '--format', 'json'], { cwd: repo, env: { LEAKGUARD_HISTORY_PACKS: packs } });
      expect(byPath(r.stdout), `LEAKGUARD_HISTORY_PACKS=${packs}`).toEqual(scanned);
      expect(r.stdout).not.toContain('shadowedBy');
    }
  });

  it('reads a packed history from its packs (LEAKGUARD_HISTORY_PACKS=1, held or read from their files) and reports exactly what the cat-file path (=0) reports', () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const report = (env: NodeJS.ProcessEnv, workers: string) => {
      const r = runCli(['history', '--format', 'json', '--no-redact', '--workers', workers], { cwd: h.repo, env });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      delete doc.summary.durationMs;
      return doc;
    };
    for (const workers of ['1', '2']) {
      const fromPacks = report({ LEAKGUARD_HISTORY_PACKS: '1' }, workers);
      expect(fromPacks).toEqual(report({ LEAKGUARD_HISTORY_PACKS: '0' }, workers));
      expect(report({ LEAKGUARD_HISTORY_PACKS: 'files' }, workers)).toEqual(fromPacks);
      const found = places(JSON.stringify(fromPacks));
      for (const e of [...h.expected, ...h.churn]) expect(found).toContainEqual({ ...e, stillExposed: expect.any(Boolean) });
    }
  });

  it('reports a blob missing beside the packs and exits 2, as the cat-file path does', () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    h.edit(1);
    const lost = git(h.repo, 'rev-parse', 'HEAD:src/server.js').trim();
    rmSync(join(h.repo, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
    for (const env of [{ LEAKGUARD_HISTORY_PACKS: '1' }, { LEAKGUARD_HISTORY_PACKS: '0' }]) {
      const r = runCli(['history'], { cwd: h.repo, env });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`could not read blob ${lost} (src/server.js`);
      expect(r.stdout).toContain('the audit is incomplete');
    }
  });

  it('exits 2 on a corrupt pack, whichever path reads it, instead of hanging or reporting clean', () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const packDir = join(h.repo, '.git', 'objects', 'pack');
    const pack = readdirSync(packDir).find((f) => f.endsWith('.pack'))!;
    // Scramble the middle of the compressed data of a version of the long file (a delta, deep in the pack).
    const listing = git(h.repo, 'verify-pack', '-v', join(packDir, pack.replace(/\.pack$/, '.idx')));
    const blob = git(h.repo, 'rev-parse', 'HEAD~5:src/server.js').trim();
    const [, , , packed, offset] = listing.split('\n').find((l) => l.startsWith(blob))!.trim().split(/\s+/);
    const bytes = readFileSync(join(packDir, pack));
    const at = Number(offset) + Math.floor(Number(packed) / 2);
    for (let i = at; i < at + 8; i++) bytes[i] = bytes[i]! ^ 0x5a;
    chmodSync(join(packDir, pack), 0o644);
    writeFileSync(join(packDir, pack), bytes);
    for (const env of [{ LEAKGUARD_HISTORY_PACKS: '1' }, { LEAKGUARD_HISTORY_PACKS: '0' }]) {
      const r = runCli(['history'], { cwd: h.repo, env, timeoutMs: 60_000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('git cat-file');
    }
  });
});
