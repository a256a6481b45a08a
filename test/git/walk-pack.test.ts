import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBJ_BLOB, OBJ_COMMIT, OBJ_REF_DELTA, OBJ_TAG, OBJ_TREE, readEntryHeader, TYPE_NAMES } from '../../src/git/pack-file.js';
import { packBytesFromFile } from '../../src/git/pack-bytes.js';
import { parsePackIndex } from '../../src/git/pack-index.js';
import { walkPack, type PackObject } from '../../src/git/walk-pack.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

/** A repository whose files change over several commits, packed so that most blob versions are deltas. */
function historyRepo(): string {
  const repo = tempRepo();
  const lines = Array.from({ length: 400 }, (_, i) => `line ${i}: const value${i} = compute(${i * 7});`);
  for (let v = 0; v < 6; v++) {
    lines.splice(v * 50, 1, `edited in version ${v}`);
    lines.push(`appended in version ${v}`);
    writeFiles(repo, {
      'src/app.js': lines.join('\n') + '\n',
      'docs/notes.md': `# Notes\n${'text '.repeat(2000)}\nrevision ${v}\n`,
      [`one-off-${v}.txt`]: `file ${v}\n`,
      'bin/blob.dat': Buffer.concat([Buffer.alloc(70_000, v), Buffer.from(`tail ${v}`)]),
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', `version ${v}`);
  }
  git(repo, 'tag', '-a', 'v1', '-m', 'a tag');
  git(repo, 'gc', '-q', '--aggressive');
  return repo;
}

function packPaths(dir: string): { pack: string; idx: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pack'))
    .map((f) => ({ pack: join(dir, f), idx: join(dir, f.replace(/\.pack$/, '.idx')) }));
}

function walkAll(pack: string, idx: string, types = [OBJ_COMMIT, OBJ_TREE, OBJ_BLOB, OBJ_TAG]) {
  const objects: PackObject[] = [];
  const result = walkPack(readFileSync(pack), parsePackIndex(readFileSync(idx)), new Set(types), (o) =>
    objects.push({ ...o, oid: Buffer.from(o.oid) }),
  );
  return { objects, result };
}

const objectId = (o: PackObject) => createHash('sha1').update(`${TYPE_NAMES[o.type]} ${o.data.length}\0`).update(o.data).digest('hex');

describe('walkPack', () => {
  it('rebuilds every object of an aggressively packed history, deltas included, byte-identical to git', () => {
    const repo = historyRepo();
    const [{ pack, idx }] = packPaths(join(repo, '.git', 'objects', 'pack')) as [{ pack: string; idx: string }];
    const { objects, result } = walkAll(pack, idx);
    expect(result.unresolved).toEqual([]);
    const listed = git(repo, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname)').trim().split('\n').sort();
    expect(objects.map((o) => o.oid.toString('hex')).sort()).toEqual(listed);
    for (const o of objects) expect(objectId(o)).toBe(o.oid.toString('hex'));
    const deltas = objects.filter((o) => o.delta);
    expect(deltas.filter((o) => o.type === OBJ_BLOB).length).toBeGreaterThan(5);
    for (const o of deltas.filter((d) => d.type === OBJ_BLOB)) {
      const fromGit = execFileSync('git', ['cat-file', 'blob', o.oid.toString('hex')], { cwd: repo });
      expect(o.data.equals(fromGit)).toBe(true);
    }
  });

  it('rebuilds the same objects when it may hold no base at all: dropped bases are rebuilt from their roots', () => {
    const repo = historyRepo();
    // Two lines of edits from one version: the packed deltas branch, so a base serves several children.
    git(repo, 'checkout', '-qb', 'side', 'HEAD~3');
    for (let v = 0; v < 4; v++) {
      writeFiles(repo, { 'src/app.js': `${readFileSync(join(repo, 'src/app.js'), 'utf8')}side ${v}\n` });
      git(repo, 'commit', '-qam', `side ${v}`);
    }
    git(repo, 'gc', '-q', '--aggressive');
    const [{ pack, idx }] = packPaths(join(repo, '.git', 'objects', 'pack')) as [{ pack: string; idx: string }];
    const packBuf = readFileSync(pack);
    const index = parsePackIndex(readFileSync(idx));
    const walk = (stackBytes?: number) => {
      const seen: { oid: string; data: string; base?: string; baseOid?: string }[] = [];
      walkPack(packBuf, index, new Set([OBJ_BLOB]), (o) => seen.push({ oid: o.oid.toString('hex'), data: o.data.toString('hex'), ...(o.base && { base: objectId({ ...o, data: o.base }), baseOid: o.baseOid!.toString('hex') }) }), { ...(stackBytes !== undefined && { stackBytes }) });
      return seen;
    };
    const roomy = walk();
    const tight = walk(0);
    expect(tight).toEqual(roomy);
    // Every base handed over is the object its delta names, and some base has several children.
    for (const o of tight) if (o.base) expect(o.base).toBe(o.baseOid);
    const children = new Map<string, number>();
    for (const o of tight) if (o.baseOid) children.set(o.baseOid, (children.get(o.baseOid) ?? 0) + 1);
    expect(Math.max(...children.values())).toBeGreaterThan(1);
  });

  it('reads a pack from its file as from memory: the same objects, in the same order', () => {
    const repo = historyRepo();
    const [{ pack, idx }] = packPaths(join(repo, '.git', 'objects', 'pack')) as [{ pack: string; idx: string }];
    const index = parsePackIndex(readFileSync(idx));
    const seen = (from: Parameters<typeof walkPack>[0]) => {
      const list: string[] = [];
      walkPack(from, index, new Set([OBJ_COMMIT, OBJ_TREE, OBJ_BLOB, OBJ_TAG]), (o) => list.push(`${o.oid.toString('hex')} ${objectId(o)}`));
      return list;
    };
    const file = packBytesFromFile(pack);
    try {
      const fromFile = seen(file);
      expect(fromFile).toEqual(seen(readFileSync(pack)));
      for (const line of fromFile) expect(line.split(' ')[0]).toBe(line.split(' ')[1]);
    } finally {
      file.close();
    }
  });

  it('walks only the requested types and resolves bases named by id (REF_DELTA)', () => {
    const repo = historyRepo();
    // --no-delta-base-offset writes every delta as REF_DELTA (base by object id) instead of OFS_DELTA.
    const out = join(repo, 'refpack');
    const ids = git(repo, 'rev-list', '--objects', '--all').split('\n').map((l) => l.split(' ')[0]).join('\n');
    const name = execFileSync('git', ['pack-objects', '--no-delta-base-offset', '--window=50', '--depth=50', out], { cwd: repo, input: ids }).toString().trim();
    const { objects, result } = walkAll(`${out}-${name}.pack`, `${out}-${name}.idx`, [OBJ_BLOB]);
    const packBuf = readFileSync(`${out}-${name}.pack`);
    const index = parsePackIndex(readFileSync(`${out}-${name}.idx`));
    const refDeltas = Array.from(index.offsets).filter((at) => readEntryHeader(packBuf, at).type === OBJ_REF_DELTA);
    expect(refDeltas.length).toBeGreaterThan(5);
    expect(result.unresolved).toEqual([]);
    expect(objects.every((o) => o.type === OBJ_BLOB)).toBe(true);
    expect(objects.filter((o) => o.delta).length).toBeGreaterThan(5);
    for (const o of objects) expect(objectId(o)).toBe(o.oid.toString('hex'));
    const blobs = git(repo, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)').split('\n').filter((l) => l.endsWith(' blob'));
    expect(objects.length).toBe(blobs.length);
  });

  it('walks only toward wanted objects: their delta bases are rebuilt, trees without any are not read', () => {
    const repo = historyRepo();
    const [{ pack, idx }] = packPaths(join(repo, '.git', 'objects', 'pack')) as [{ pack: string; idx: string }];
    const packBuf = readFileSync(pack);
    const index = parsePackIndex(readFileSync(idx));
    const blobs = new Set([OBJ_BLOB]);
    const all: PackObject[] = [];
    walkPack(packBuf, index, blobs, (o) => all.push({ ...o, oid: Buffer.from(o.oid) }));
    // One version of app.js that is a delta, and nothing else.
    const target = all.find((o) => o.delta && o.data.toString().includes('edited in version 0'))!;
    const wanted = index.find(target.oid);
    const visited: PackObject[] = [];
    walkPack(packBuf, index, blobs, (o) => visited.push({ ...o, oid: Buffer.from(o.oid) }), { want: (at) => at === wanted });
    expect(visited.some((o) => o.oid.equals(target.oid) && o.data.equals(target.data))).toBe(true);
    expect(visited.length).toBeLessThan(all.length);
    // Every object visited is the target or a base on its chain.
    for (const o of visited.slice(0, -1)) expect(visited.some((d) => d.baseOid?.equals(o.oid))).toBe(true);
  });

  it('hands trees out one claim at a time, heaviest first, so threads sharing a counter rebuild each object once', () => {
    const repo = historyRepo();
    const [{ pack, idx }] = packPaths(join(repo, '.git', 'objects', 'pack')) as [{ pack: string; idx: string }];
    const packBuf = readFileSync(pack);
    const index = parsePackIndex(readFileSync(idx));
    const all = new Set([OBJ_COMMIT, OBJ_TREE, OBJ_BLOB, OBJ_TAG]);
    let counter = 0;
    // Three walkers that each stop after two trees, as threads would stop when the others took the rest.
    const walkers = [0, 1, 2].map(() => {
      const ids: string[] = [];
      let taken = 0;
      walkPack(packBuf, index, all, (o) => ids.push(o.oid.toString('hex')), { claims: { next: (count) => (taken++ < 2 ? counter++ : count) } });
      return ids;
    });
    const rest: string[] = [];
    walkPack(packBuf, index, all, (o) => rest.push(o.oid.toString('hex')), { claims: { next: () => counter++ } });
    expect(walkers.every((ids) => ids.length > 0)).toBe(true);
    const everything: string[] = [];
    walkPack(packBuf, index, all, (o) => everything.push(o.oid.toString('hex')));
    expect([...walkers.flat(), ...rest].sort()).toEqual(everything.sort());
  });
});
