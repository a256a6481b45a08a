import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/sources/list-files.js';
import { tempDir, writeFiles } from '../helpers/temp-repo.js';

describe('listFiles outside a git work tree', () => {
  it('lists files with paths relative to the scanned directory, and never enters .git', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': '', 'sub/deeper/b.js': '', 'with space/c d.txt': '', '.git/config': '' });
    const listing = await listFiles(['.'], dir, { gitignore: false });
    expect(listing.root).toBe(dir);
    expect(listing.files.map((f) => f.rel).sort()).toEqual(['a.txt', 'sub/deeper/b.js', 'with space/c d.txt']);
    for (const f of listing.files) expect(f.abs).toBe(join(dir, f.rel));
  });

  it('lists what it does not read and why: symbolic links, dangling links and FIFOs', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'real/x.txt': '' });
    symlinkSync(join(dir, 'real'), join(dir, 'loop'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    execFileSync('mkfifo', [join(dir, 'real', 'pipe')]);
    const listing = await listFiles([dir], dir, { gitignore: false });
    expect(listing.files.map((f) => f.rel)).toEqual(['real/x.txt']);
    expect(listing.skipped.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'dangling', reason: 'symbolic link (not followed)' },
      { path: 'loop', reason: 'symbolic link (not followed)' },
      { path: 'real/pipe', reason: 'not a regular file (FIFO, socket or device)' },
    ]);
  });

  it('names files under a subdirectory target relative to the first target', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'one/a.txt': '', 'two/b.txt': '' });
    mkdirSync(join(dir, 'empty'));
    const listing = await listFiles(['one', 'two', 'empty'], dir, { gitignore: false });
    expect(listing.files.map((f) => f.rel).sort()).toEqual(['one/a.txt', 'two/b.txt']);
  });
});
