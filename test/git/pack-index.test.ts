import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackIndex } from '../../src/git/pack-index.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

describe('parsePackIndex', () => {
  it('reads ids, CRCs and offsets, 8-byte offsets included, as git show-index lists them', () => {
    const repo = tempRepo();
    for (let v = 0; v < 3; v++) {
      writeFiles(repo, { 'a.txt': `${'x'.repeat(2000)}\n${v}\n`, [`b${v}.txt`]: `b ${v}\n` });
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', `v${v}`);
    }
    git(repo, 'gc', '-q');
    const dir = join(repo, '.git', 'objects', 'pack');
    const pack = join(dir, readdirSync(dir).find((f) => f.endsWith('.pack'))!);
    // --index-version=2,0x100: every object past offset 0x100 gets an 8-byte offset entry.
    const idxPath = join(repo, 'wide.idx');
    git(repo, 'index-pack', '--index-version=2,0x100', '-o', idxPath, pack);
    const buf = readFileSync(idxPath);
    const index = parsePackIndex(buf);
    const shown = execFileSync('git', ['show-index'], { cwd: repo, input: buf }).toString().trim().split('\n');
    expect(index.count).toBe(shown.length);
    expect(shown.some((l) => Number(l.split(' ')[0]) > 0x100)).toBe(true);
    for (let i = 0; i < index.count; i++) {
      const [offset, oid, crc] = shown[i]!.split(' ');
      expect(index.oids.subarray(i * 20, i * 20 + 20).toString('hex')).toBe(oid);
      expect(index.offsets[i]).toBe(Number(offset));
      expect(index.crcs[i]!.toString(16).padStart(8, '0')).toBe(crc!.slice(1, -1));
      expect(index.find(Buffer.from(oid!, 'hex'))).toBe(i);
    }
    expect(index.find(Buffer.alloc(20, 0xff))).toBe(-1);
    expect(index.find(Buffer.alloc(20, 0))).toBe(-1);
  });

  it('refuses a file that is not a version 2 index', () => {
    expect(() => parsePackIndex(Buffer.alloc(2000))).toThrow(/not a version 2 pack index/);
  });
});
