import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { auditHistory, buildChurnHistory, missing, places } from '../helpers/packed-history.js';
import { git, tempDir } from '../helpers/temp-repo.js';

const packDir = (repo: string) => join(repo, '.git', 'objects', 'pack');
const packsIn = (repo: string) => readdirSync(packDir(repo)).filter((f) => f.endsWith('.pack'));

/** Both paths on one repository: the same report, and the pack reader really read blobs. */
async function bothPaths(repo: string, scope?: Parameters<typeof auditHistory>[1]['scope']) {
  const fromPacks = await auditHistory(repo, { packs: true, ...(scope && { scope }) });
  const catFile = await auditHistory(repo, { packs: false, ...(scope && { scope }) });
  expect(catFile.fromPacks).toBeUndefined();
  expect(places(fromPacks)).toEqual(places(catFile));
  expect(fromPacks.unreadable).toEqual(catFile.unreadable);
  expect([fromPacks.blobs, fromPacks.bytes, fromPacks.binaryBlobs, fromPacks.commits]).toEqual([catFile.blobs, catFile.bytes, catFile.binaryBlobs, catFile.commits]);
  return { fromPacks, catFile };
}

describe('scanHistoryInPool reading packs', () => {
  it('finds and attributes every planted secret of a gc-packed history as the cat-file path does', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const { fromPacks } = await bothPaths(h.repo);
    expect(fromPacks.fromPacks).toBe(fromPacks.blobs);
    expect(missing(fromPacks, [...h.expected, ...h.churn])).toEqual([]);
  });

  it('does the same after gc --aggressive (long delta chains)', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q', '--aggressive');
    const { fromPacks } = await bothPaths(h.repo);
    expect(fromPacks.fromPacks).toBe(fromPacks.blobs);
    expect(missing(fromPacks, [...h.expected, ...h.churn])).toEqual([]);
  });

  it('reads loose objects committed on top of a pack through cat-file', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    h.edit(3, fakeGithubToken());
    const { fromPacks } = await bothPaths(h.repo);
    expect(fromPacks.fromPacks).toBeGreaterThan(0);
    expect(fromPacks.fromPacks).toBeLessThan(fromPacks.blobs);
    expect(missing(fromPacks, [...h.expected, ...h.churn])).toEqual([]);
  });

  it('reads the packs of an alternate object store (a clone made with --shared)', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const clone = join(tempDir(), 'clone');
    git(h.repo, 'clone', '-q', '--shared', h.repo, clone);
    expect(existsSync(join(clone, '.git', 'objects', 'info', 'alternates'))).toBe(true);
    expect(packsIn(clone)).toEqual([]);
    const { fromPacks } = await bothPaths(clone);
    expect(fromPacks.fromPacks).toBe(fromPacks.blobs);
    // The clone has the branches (as remote-tracking refs) and the tag; not the stash, nor the source's own remote refs.
    const elsewhere = [h.commits.stash, h.commits.oldStash, h.commits.remote];
    const inClone = [...h.expected, ...h.churn].filter((e) => !elsewhere.includes(e.commit));
    expect(missing(fromPacks, inClone)).toEqual([]);
  });

  it('keeps to a --branch or --range scope, leaving out blobs the pack holds from elsewhere', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const side = await bothPaths(h.repo, { include: [h.commits.side], exclude: [] });
    expect(side.fromPacks.fromPacks).toBe(side.fromPacks.blobs);
    const secrets = places(side.fromPacks).map((p) => p.split(' ')[1]);
    expect(secrets).toContain(h.expected.find((e) => e.commit === h.commits.side)!.secret);
    expect(secrets).not.toContain(h.churn[0]!.secret);

    const main = git(h.repo, 'rev-parse', 'main').trim();
    const range = await bothPaths(h.repo, { include: [main], exclude: [h.commits.conflictMerge] });
    expect(missing(range.fromPacks, h.churn)).toEqual([]);
    expect(places(range.fromPacks).some((p) => p.includes(h.expected[0]!.secret))).toBe(false);
  });

  it('reads a pack whose index it cannot parse (version 1) through cat-file, and the other packs itself', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const [old] = packsIn(h.repo) as [string];
    const idx = join(packDir(h.repo), old.replace(/\.pack$/, '.idx'));
    rmSync(idx);
    git(h.repo, 'index-pack', '--index-version=1', '-o', idx, join(packDir(h.repo), old));
    h.edit(10, fakeGithubToken());
    git(h.repo, 'repack', '-q', '-d');
    expect(packsIn(h.repo)).toHaveLength(2);
    const { fromPacks } = await bothPaths(h.repo);
    expect(fromPacks.fromPacks).toBeGreaterThan(0);
    expect(fromPacks.fromPacks).toBeLessThan(fromPacks.blobs);
    expect(missing(fromPacks, [...h.expected, ...h.churn])).toEqual([]);
  });

  it('reports a blob missing from the object store as unreadable, as the cat-file path does', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    h.edit(1);
    const blob = git(h.repo, 'rev-parse', 'HEAD:src/server.js').trim();
    rmSync(join(h.repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const { fromPacks } = await bothPaths(h.repo);
    expect(fromPacks.unreadable.map((u) => [u.oid, u.path])).toEqual([[blob, 'src/server.js']]);
  });

  it('never reports a corrupt pack clean: its blobs go to cat-file, which fails on them as before', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q');
    const [pack] = packsIn(h.repo) as [string];
    // A delta of the long file, deep in the pack: scramble the middle of its compressed data.
    const listing = execFileSync('git', ['verify-pack', '-v', join(packDir(h.repo), pack.replace(/\.pack$/, '.idx'))], { encoding: 'utf8' });
    const server = git(h.repo, 'rev-parse', 'HEAD~5:src/server.js').trim();
    const [, , , packed, offset] = listing.split('\n').find((l) => l.startsWith(server))!.trim().split(/\s+/);
    const at = Number(offset) + Math.floor(Number(packed) / 2);
    const fd = openSync(join(packDir(h.repo), pack), 'r+');
    const byte = Buffer.alloc(8);
    readSync(fd, byte, 0, 8, at);
    for (let i = 0; i < 8; i++) byte[i] = byte[i]! ^ 0x5a;
    writeSync(fd, byte, 0, 8, at);
    closeSync(fd);
    for (const packs of [true, false]) {
      const outcome = await auditHistory(h.repo, { packs }).then(
        (scan) => (scan.unreadable.length > 0 ? 'unreadable' : 'clean'),
        () => 'error',
      );
      expect(outcome).not.toBe('clean');
    }
  });
});
