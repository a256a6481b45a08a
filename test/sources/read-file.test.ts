import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/engine/locate.js';
import type { Fragment } from '../../src/engine/types.js';
import { CHUNK_BYTES, CHUNK_OVERLAP, readFileFragments } from '../../src/sources/read-file.js';
import { tempDir } from '../helpers/temp-repo.js';

function read(content: string | Buffer) {
  const dir = tempDir();
  const path = join(dir, 'f');
  writeFileSync(path, content);
  const fragments: Fragment[] = [];
  const outcome = readFileFragments(path, 'f', (f) => fragments.push(f));
  return { outcome, fragments };
}

/** Where `needle` is reported when located in the fragment that holds it whole: [line, column]. */
function positionOf(fragments: Fragment[], needle: string): [number, number] | undefined {
  for (const f of fragments) {
    const at = f.text.indexOf(needle);
    if (at === -1) continue;
    const where = createLocator(f.text, f.startLine ?? 1, f.startColumn ?? 0).locate(at);
    return [where.line, where.column];
  }
  return undefined;
}

describe('readFileFragments', () => {
  it('reads a small file as one fragment', () => {
    const { outcome, fragments } = read('a\nb\n');
    expect(outcome).toEqual({ kind: 'scanned', bytes: 4 });
    expect(fragments).toEqual([{ path: 'f', text: 'a\nb\n' }]);
  });

  it('reads one file after another without mixing their bytes (buffers are reused)', () => {
    expect(read('x'.repeat(100_000)).fragments[0]!.text).toHaveLength(100_000);
    expect(read('short').fragments[0]!.text).toBe('short');
  });

  it('cuts a large file into overlapping chunks whose lines and columns match the whole file', () => {
    const line = `${'word '.repeat(19)}\n`; // 96 bytes
    const lines = Math.ceil((CHUNK_BYTES * 2.5) / line.length);
    const marker = 'MARKER_NEAR_THE_CUT';
    const text = line.repeat(lines) + `  ${marker}\n`;
    const { outcome, fragments } = read(text);
    expect(outcome).toEqual({ kind: 'scanned', bytes: Buffer.byteLength(text) });
    expect(fragments.length).toBeGreaterThanOrEqual(3);
    for (const f of fragments) expect(f.text.length).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(positionOf(fragments, marker)).toEqual([lines + 1, 3]);
  });

  it('finds text that spans a cut inside a very long line whole in the next chunk, at its true column', () => {
    // One line longer than a chunk, with multi-byte characters: the cut must not split a character and
    // the next chunk's columns count UTF-16 units, not bytes.
    const head = 'é€𝄞'.repeat(Math.ceil(CHUNK_BYTES / 9));
    const needle = 'NEEDLE_ACROSS_THE_BOUNDARY';
    const text = `first\n${head}${needle}${'z'.repeat(CHUNK_OVERLAP)}`;
    const { fragments } = read(text);
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    expect(fragments.some((f) => f.text.includes('\ufffd'))).toBe(false);
    expect(positionOf(fragments, needle)).toEqual([2, head.length + 1]);
  });

  it('counts lone CR, CRLF and LF line ends the same way across chunks', () => {
    const unit = 'a\rb\r\nc\n'; // three lines
    const repeats = Math.ceil((CHUNK_BYTES * 1.5) / unit.length);
    const text = unit.repeat(repeats) + 'END';
    const { fragments } = read(text);
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    expect(positionOf([fragments[fragments.length - 1]!], 'END')).toEqual([repeats * 3 + 1, 1]);
  });

  it('says binary for a NUL byte in the first 8000 bytes and text for one after', () => {
    expect(read(Buffer.from('ab\0cd')).outcome).toEqual({ kind: 'binary', bytes: 5 });
    expect(read(Buffer.concat([Buffer.alloc(8000, 'a'), Buffer.from('\0')])).outcome.kind).toBe('scanned');
  });

  it('reports a missing file as unreadable with the reason', () => {
    const fragments: Fragment[] = [];
    expect(readFileFragments(join(tempDir(), 'gone'), 'gone', (f) => fragments.push(f))).toEqual({ kind: 'unreadable', reason: 'no such file' });
    expect(fragments).toEqual([]);
  });
});
