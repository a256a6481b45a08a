import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatFileReader, PIECE_BYTES, type BlobPiece } from '../../src/git/cat-file-reader.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

async function readAll(repo: string, oids: string[]) {
  const pieces: BlobPiece[] = [];
  const reader = createCatFileReader(repo, (p) => pieces.push(p));
  for (const oid of oids) await reader.request(oid);
  await reader.finish();
  return pieces;
}

describe('createCatFileReader', () => {
  it('streams blobs in request order, a large one in bounded pieces, and says which are missing', async () => {
    const repo = tempRepo();
    const big = Buffer.alloc(PIECE_BYTES * 2 + 123, 'x');
    writeFiles(repo, { 'small.txt': 'hello\n', 'empty.txt': '', 'big.txt': big });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'files');
    const id = (p: string) => git(repo, 'rev-parse', `HEAD:${p}`).trim();
    const missing = 'f'.repeat(40);
    const pieces = await readAll(repo, [id('big.txt'), missing, id('empty.txt'), id('small.txt')]);
    const bigPieces = pieces.filter((p) => p.oid === id('big.txt')) as Extract<BlobPiece, { data: Buffer }>[];
    expect(bigPieces.map((p) => p.data.length)).toEqual([PIECE_BYTES, PIECE_BYTES, 123]);
    expect(bigPieces.map((p) => p.last)).toEqual([false, false, true]);
    expect(Buffer.concat(bigPieces.map((p) => p.data)).equals(big)).toBe(true);
    const rest = pieces.slice(3);
    expect(rest[0]).toEqual({ oid: missing, missing: 'object missing from the repository' });
    expect(rest[1]).toMatchObject({ oid: id('empty.txt'), size: 0, last: true });
    expect(rest[2]).toMatchObject({ oid: id('small.txt'), size: 6, last: true });
    expect((rest[2] as { data: Buffer }).data.toString()).toBe('hello\n');
  });

  it('reports an object that is not a blob instead of misreading the stream', async () => {
    const repo = tempRepo();
    writeFiles(repo, { 'a.txt': 'a\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    const tree = git(repo, 'rev-parse', 'HEAD^{tree}').trim();
    const blob = git(repo, 'rev-parse', 'HEAD:a.txt').trim();
    const pieces = await readAll(repo, [tree, blob]);
    expect(pieces[0]).toEqual({ oid: tree, missing: 'expected a blob, found a tree' });
    expect(pieces[1]).toMatchObject({ oid: blob, size: 2 });
  });

  it('fails, rather than waiting forever, when git dies on a corrupt object with many requests queued', async () => {
    const repo = tempRepo();
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} of a file that compresses into a long zlib stream ${i * 7919}`);
    writeFiles(repo, { 'a.txt': `${lines.join('\n')}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'a');
    git(repo, 'gc', '-q');
    const oid = git(repo, 'rev-parse', 'HEAD:a.txt').trim();
    const dir = join(repo, '.git', 'objects', 'pack');
    const pack = join(dir, readdirSync(dir).find((f) => f.endsWith('.pack'))!);
    const bytes = readFileSync(pack);
    const [, , , packed, offset] = git(repo, 'verify-pack', '-v', pack.replace(/\.pack$/, '.idx')).split('\n').find((l) => l.startsWith(oid))!.trim().split(/\s+/);
    const at = Number(offset) + Math.floor(Number(packed) / 2);
    for (let i = at; i < at + 8; i++) bytes[i] = bytes[i]! ^ 0x5a;
    chmodSync(pack, 0o644);
    writeFileSync(pack, bytes);
    // The corrupt blob, then more ids than git's stdin pipe holds: git dies with them unread.
    await expect(readAll(repo, [oid, ...Array.from({ length: 20_000 }, () => 'e'.repeat(40))])).rejects.toThrow(/git cat-file/);
  });
});
