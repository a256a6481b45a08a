import { describe, expect, it } from 'vitest';
import { createBlobFragmenter, FRAGMENT_OVERLAP } from '../../src/sources/history-blob-fragments.js';

describe('createBlobFragmenter', () => {
  it('turns a blob that arrives whole into one fragment at line 1', () => {
    const f = createBlobFragmenter('a.txt', 'oid');
    expect(f.push(Buffer.from('x\ny\n'), true)).toEqual([{ path: 'a.txt', bytes: Buffer.from('x\ny\n'), startLine: 1, startColumn: 0, blobId: 'oid' }]);
  });

  it('cuts a blob streamed in pieces at line ends, overlapping, with correct first lines', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}`);
    const text = `${lines.join('\n')}\n`;
    const bytes = Buffer.from(text);
    const f = createBlobFragmenter('big.txt', 'oid');
    const piece = 100_000;
    const fragments = [];
    for (let i = 0; i < bytes.length; i += piece) fragments.push(...f.push(bytes.subarray(i, i + piece), i + piece >= bytes.length).map((s) => ({ ...s, text: s.bytes.toString('utf8') })));
    expect(fragments.length).toBeGreaterThan(5);
    for (const fragment of fragments) {
      // Each fragment starts at a line start and its startLine names that line.
      const first = fragment.text.split('\n')[0]!;
      expect(first).toBe(lines[fragment.startLine! - 1]);
      expect(fragment.startColumn).toBe(0);
    }
    // Consecutive fragments overlap, so every line is in some fragment whole.
    const covered = new Set(fragments.flatMap((fr) => fr.text.split('\n').slice(0, -1).map((_, k) => fr.startLine! + k)));
    expect(covered.size).toBe(lines.length);
    expect(FRAGMENT_OVERLAP).toBeGreaterThan(1000);
  });
});
