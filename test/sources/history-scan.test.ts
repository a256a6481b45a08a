import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { decoders } from '../../src/engine/decode.js';
import { createScanner } from '../../src/engine/scanner.js';
import { createCliHistoryEngine } from '../../src/git/cli-history-engine.js';
import { rescanMargins } from '../../src/sources/rescan-margins.js';
import { scanHistory } from '../../src/sources/history-scan.js';
import { scanBatch } from '../../src/sources/history-blob-batch.js';
import { createVersionScanner } from '../../src/sources/history-version-scanner.js';
import type { Fragment } from '../../src/engine/types.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

describe('scanHistory', () => {
  it('keeps the findings a partially rescanned blob takes from a partner that has already left the cache', async () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    // Two versions of a 40 KB file: the older is rescanned only around the edit, so its secret (far from
    // the edit) comes from the newer version's findings. A cache of one blob evicts the newer version as
    // soon as the older one is cached, before either is scanned.
    const lines = Array.from({ length: 800 }, (_, i) => `line ${i + 1} ${'ordinary filler text '.repeat(2)}`);
    lines[99] = `token = "${token}"`;
    writeFiles(repo, { 'big.txt': `${lines.join('\n')}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    lines[700] = 'edited far from the secret';
    writeFiles(repo, { 'big.txt': `${lines.join('\n')}\n` });
    git(repo, 'commit', '-qam', 'second');
    const older = git(repo, 'rev-parse', 'HEAD~1:big.txt').trim();
    const newer = git(repo, 'rev-parse', 'HEAD:big.txt').trim();

    const rules = loadBuiltinRules();
    const scanner = createScanner(rules);
    let scanned = 0;
    const counting = (fragment: Fragment) => {
      scanned += Buffer.byteLength(fragment.text);
      return scanner.scan(fragment);
    };
    const margins = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
    const versions = createVersionScanner(counting, margins, 70_000);
    const result = await scanHistory(createCliHistoryEngine(repo), { include: 'all', exclude: [] }, async (_lane, batch) => ({ findings: scanBatch(batch, versions, counting) }), {
      lanes: 1,
      maxBatchesInFlight: 4,
      cacheBytes: 70_000,
    });
    const lineOf = (oid: string) => result.hits.find((h) => h.oid === oid)?.findings.map((f) => [f.ruleId, f.line, f.secret]);
    expect(lineOf(newer)).toEqual([['github-pat', 100, token]]);
    expect(lineOf(older)).toEqual([['github-pat', 100, token]]);
    // The older version was not scanned whole.
    expect(scanned).toBeLessThan(result.bytes * 0.75);
  });

  it('gives a second scanner work only once the first falls behind and a core is free, and loses nothing either way', async () => {
    const repo = tempRepo();
    const token = fakeGithubToken();
    const filler = (i: number) => Array.from({ length: 3000 }, (_, n) => `file ${i} line ${n} ordinary filler text`).join('\n');
    writeFiles(repo, { 'small/a.txt': 'hello\n', 'small/b.txt': `token = "${token}"\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'small');
    const rules = loadBuiltinRules();
    const scanner = createScanner(rules);
    const margins = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
    const run = async (slowFirst: boolean, mayWakeLane?: () => boolean) => {
      // The first lane's cache has the whole budget, the second half of it (as history-scan.ts mirrors them).
      const versions = [createVersionScanner((f) => scanner.scan(f), margins, 2 << 20), createVersionScanner((f) => scanner.scan(f), margins, 1 << 20)];
      const used = [0, 0];
      const result = await scanHistory(createCliHistoryEngine(repo), { include: 'all', exclude: [] }, async (lane, batch) => {
        used[lane] = (used[lane] ?? 0) + 1;
        // A first scanner that cannot keep up: its batches queue while git keeps reading.
        if (slowFirst && lane === 0) await new Promise((r) => setTimeout(r, 40));
        return { findings: scanBatch(batch, versions[lane]!, (f) => scanner.scan(f)) };
      }, { lanes: 2, maxBatchesInFlight: 8, cacheBytes: 2 << 20, ...(mayWakeLane && { mayWakeLane }) });
      return { used, secrets: result.hits.flatMap((h) => h.findings.map((f) => f.secret)) };
    };

    // A small history: the first scanner keeps up, the second is never woken.
    const small = await run(false);
    expect(small.used[1]).toBe(0);
    expect(small.secrets).toEqual([token]);

    // About 9 MB of new files while the first scanner lags: the rest spills to the second.
    writeFiles(repo, Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`big/${i}.txt`, filler(i)])));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'big');
    const big = await run(true);
    expect(big.used[0]).toBeGreaterThan(0);
    expect(big.used[1]).toBeGreaterThan(0);
    expect(big.secrets).toEqual([token]);

    // No core to spare: the first scanner does all of it.
    const busy = await run(true, () => false);
    expect(busy.used[1]).toBe(0);
    expect(busy.secrets).toEqual([token]);
  });

  it("drops a path-bound rule's findings where it applies at no path seen yet, and scans the blob again when one turns up later", async () => {
    const repo = tempRepo();
    const content = 'user deploy\npassword "Zq8#vR2!mK9pLx4w"\n';
    // The same blob: first (oldest) as .fetchmailrc, then copied to app.conf. The walk meets app.conf first.
    writeFiles(repo, { '.fetchmailrc': content });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'fetchmail config');
    const oldest = git(repo, 'rev-parse', 'HEAD').trim();
    writeFiles(repo, { 'app.conf': content });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'copied');
    const rules = loadBuiltinRules();
    const scoped = new Set(rules.filter((r) => r.paths).map((r) => r.id));
    // As history scans: path conditions lifted, the place-scoped rules named.
    const scanner = createScanner(rules.map(({ paths: _p, ...r }) => r), { placeScopedRules: scoped });
    const margins = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
    const versions = createVersionScanner(scanner.scan, margins, 1 << 20);
    const placed = createScanner(rules);
    const keep = (ruleId: string, path: string) => placed.rules.find((r) => r.id === ruleId)!.appliesTo(path);
    let scans = 0;
    const engine = createCliHistoryEngine(repo);
    // The older introduction is held back until the blob, met at app.conf, has been scanned.
    let scanned: () => void = () => undefined;
    const firstScan = new Promise<void>((done) => (scanned = done));
    const slowed = {
      ...engine,
      walk: (scope: Parameters<typeof engine.walk>[0], sink: Parameters<typeof engine.walk>[1]) =>
        engine.walk(scope, { commit: (c) => sink.commit(c), introduce: async (i) => (i.path === '.fetchmailrc' && scans === 0 ? firstScan.then(() => sink.introduce(i)) : sink.introduce(i)) }),
    };
    const result = await scanHistory(
      slowed,
      { include: 'all', exclude: [] },
      async (_lane, batch) => {
        const findings = scanBatch(batch, versions, scanner.scan);
        scans++;
        setTimeout(scanned, 50);
        return { findings };
      },
      { lanes: 1, maxBatchesInFlight: 4, placeScoped: { rules: scoped, keep } },
    );
    expect(scans).toBe(2); // the walk's scan, and the scan again after it
    const [hit] = result.hits;
    expect(result.hits).toHaveLength(1);
    expect(hit!.findings.map((f) => f.ruleId).sort()).toEqual(['fetchmail-password', 'generic-password']);
    expect(hit!.introductions.map((i) => [i.path, i.commit.sha === oldest])).toEqual([['app.conf', false], ['.fetchmailrc', true]]);
  });
});
