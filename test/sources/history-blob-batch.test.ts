import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { decoders } from '../../src/engine/decode.js';
import { createScanner } from '../../src/engine/scanner.js';
import { createBatchWriter, FRAGMENT, scanBatch, WHOLE_BLOB } from '../../src/sources/history-blob-batch.js';
import { createVersionScanner } from '../../src/sources/history-version-scanner.js';
import { rescanMargins } from '../../src/sources/rescan-margins.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

describe('history blob batches', () => {
  const rules = loadBuiltinRules();
  const scanner = createScanner(rules);
  const margins = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);

  it('carry whole blobs and fragments to the scanner with their names and positions', () => {
    const token = fakeGithubToken();
    const writer = createBatchWriter(64, 1 << 20);
    writer.add(WHOLE_BLOB, Buffer.from('nothing here\n'), 'b1', 'a.txt', undefined, 1, 0);
    writer.add(FRAGMENT, Buffer.from(`token = "${token}"\n`), 'b2', 'dir/ü.env', undefined, 41, 3);
    // Larger than the writer's capacity: it grows.
    writer.add(WHOLE_BLOB, Buffer.from(`${'filler line\n'.repeat(20)}key = "${token}"\n`), 'b3', 'c.txt', undefined, 1, 0);
    expect(writer.items).toBe(3);
    const found = scanBatch(writer.take(), createVersionScanner(scanner.scan, margins, 1 << 20), scanner.scan);
    expect(writer.items).toBe(0);
    expect(found.map(([i, fs]) => [i, fs.map((f) => [f.blobId, f.path, f.line, f.column, f.secret])])).toEqual([
      [1, [['b2', 'dir/ü.env', 41, 13, token]]],
      [2, [['b3', 'c.txt', 21, 8, token]]],
    ]);
  });

  it('rescan a blob only where it differs from its partner, and give the findings a full scan gives', () => {
    const token = fakeGithubToken();
    const lines = Array.from({ length: 800 }, (_, i) => `line ${i + 1} ${'ordinary filler text '.repeat(2)}`);
    lines[99] = `token = "${token}"`;
    const newer = Buffer.from(`${lines.join('\n')}\n`);
    lines[700] = 'edited far from the secret';
    const older = Buffer.from(`${lines.join('\n')}\n`);
    let scanned = 0;
    const counting = (f: Parameters<typeof scanner.scan>[0]) => {
      scanned += f.text.length;
      return scanner.scan(f);
    };
    const versions = createVersionScanner(counting, margins, 1 << 20);
    const writer = createBatchWriter(1 << 16, 1 << 20);
    writer.add(WHOLE_BLOB, newer, 'new', 'big.txt', undefined, 1, 0);
    writer.add(WHOLE_BLOB, older, 'old', 'big.txt', 'new', 1, 0);
    const found = scanBatch(writer.take(), versions, counting);
    expect(found.map(([i, fs]) => [i, fs.map((f) => [f.blobId, f.line, f.secret])])).toEqual([
      [0, [['new', 100, token]]],
      [1, [['old', 100, token]]],
    ]);
    expect(scanned).toBeLessThan(newer.length + older.length * 0.75);
  });
});
