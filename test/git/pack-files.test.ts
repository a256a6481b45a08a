import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackFiles } from '../../src/git/pack-files.js';
import { loadSharedPacks } from '../../src/git/shared-packs.js';
import { git, tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

/** A repository whose one file (`length` lines, about 35 bytes each) changes over `versions` commits. */
function editedRepo(versions: number, length = 300): string {
  const repo = tempRepo();
  const lines = Array.from({ length }, (_, i) => `line ${i}: some ordinary content ${i * 3}`);
  for (let v = 0; v < versions; v++) {
    lines[(v * 17) % length] = `edited in version ${v}`;
    writeFiles(repo, { 'file.txt': `${lines.join('\n')}\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', `v${v}`);
  }
  return repo;
}

describe('findPackFiles', () => {
  it('lists the packs of the repository and of its alternates', async () => {
    const source = editedRepo(8);
    git(source, 'gc', '-q');
    const clone = join(tempDir(), 'clone');
    git(source, 'clone', '-q', '--shared', source, clone);
    writeFiles(clone, { 'new.txt': 'new\n' });
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'new');
    git(clone, 'repack', '-q', '-d', '-l');
    const found = await findPackFiles(clone);
    const pack = (repo: string) => readdirSync(join(repo, '.git', 'objects', 'pack')).filter((f) => f.endsWith('.pack')).map((f) => join(repo, '.git', 'objects', 'pack', f));
    expect(found).toEqual({ packs: [...pack(clone), ...pack(source)] });
  });

  it('declines a repository whose objects are mostly loose, or not packed at all', async () => {
    expect(await findPackFiles(editedRepo(3))).toEqual({ reason: 'most objects are loose' });
    const packed = editedRepo(3);
    git(packed, 'gc', '-q');
    expect('packs' in (await findPackFiles(packed))).toBe(true);
  });

  it('declines a SHA-256 repository', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '--object-format=sha256');
    expect(await findPackFiles(repo)).toEqual({ reason: 'not a SHA-1 repository' });
  });
});

describe('loadSharedPacks', () => {
  it('reads packs whose blobs are mostly deltas, and declines packs that store them whole', async () => {
    const edited = editedRepo(12);
    git(edited, 'gc', '-q');
    const found = await findPackFiles(edited);
    if (!('packs' in found)) throw new Error(found.reason);
    const loaded = loadSharedPacks(found.packs, 1 << 30);
    expect('packs' in loaded && loaded.packs.map((p) => p.path)).toEqual(found.packs);
    expect(loadSharedPacks(found.packs, 1000)).toEqual({ reason: 'packs larger than 0 MiB' });

    const distinct = tempRepo();
    for (let i = 0; i < 12; i++) writeFiles(distinct, { [`f${i}.txt`]: `file ${i} has its own content ${'x'.repeat(i)}\n` });
    git(distinct, 'add', '-A');
    git(distinct, 'commit', '-qm', 'distinct');
    git(distinct, 'gc', '-q');
    const packs = await findPackFiles(distinct);
    if (!('packs' in packs)) throw new Error(packs.reason);
    expect(loadSharedPacks(packs.packs, 1 << 30)).toEqual({ reason: 'most blobs are stored whole' });
    expect('packs' in loadSharedPacks(packs.packs, 1 << 30, true)).toBe(true);
  });

  it('declines the packs of a history of small files (scanned whole either way), unless forced', async () => {
    const small = editedRepo(12, 60);
    git(small, 'gc', '-q');
    const found = await findPackFiles(small);
    if (!('packs' in found)) throw new Error(found.reason);
    expect(loadSharedPacks(found.packs, 1 << 30)).toEqual({ reason: 'files are small' });
    expect('packs' in loadSharedPacks(found.packs, 1 << 30, true)).toBe(true);
  });
});
