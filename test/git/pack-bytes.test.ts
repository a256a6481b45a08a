import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBytesFromFile } from '../../src/git/pack-bytes.js';

describe('packBytesFromFile', () => {
  it('gives any range of the file: inside its window, across it, backwards, and larger than it', () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 123);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    const path = join(mkdtempSync(join(tmpdir(), 'leakguard-pack-bytes-')), 'x.pack');
    writeFileSync(path, bytes);
    const file = packBytesFromFile(path);
    try {
      expect(file.length).toBe(bytes.length);
      const ranges = [[0, 10], [5, 40], [1024 * 1024 - 5, 1024 * 1024 + 5], [100, 200], [2 * 1024 * 1024, 3 * 1024 * 1024 + 100], [bytes.length - 3, bytes.length], [7, 7 + 2 * 1024 * 1024], [9, 5 * 1024]];
      for (const ahead of [true, false, true]) {
        for (const [from, to] of ranges) expect(file.range(from!, to!, ahead).equals(bytes.subarray(from, to)), `${from}-${to} ahead ${ahead}`).toBe(true);
      }
    } finally {
      file.close();
    }
  });

  it('says the pack is truncated rather than give short bytes', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leakguard-pack-bytes-')), 'x.pack');
    writeFileSync(path, Buffer.alloc(100, 1));
    const file = packBytesFromFile(path);
    try {
      expect(() => file.range(90, 120)).toThrow(/ends before byte 120/);
      expect(() => file.range(90, 120, true)).toThrow(/ends before byte 120/);
      expect(() => file.range(0, 5 * 1024 * 1024)).toThrow(/ends before byte/);
    } finally {
      file.close();
    }
  });
});
