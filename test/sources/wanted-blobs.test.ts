import { describe, expect, it } from 'vitest';
import { readWantedBlobs, shareWantedBlobs } from '../../src/sources/wanted-blobs.js';

describe('shareWantedBlobs', () => {
  it('gives each thread the ids and first paths back exactly, paths outside ASCII and with NULs or newlines included', () => {
    const oids = ['0'.repeat(40), 'ab'.repeat(20), '0123456789abcdef0123456789abcdef01234567'];
    const paths = ['docs/naïve/日本語.md', 'odd\nname\0.txt', 'emoji/🔑.txt'];
    const shared = shareWantedBlobs(3, (w) => oids[w]!, (w) => paths[w]!);
    const view = readWantedBlobs(structuredClone(shared));
    expect(view.count).toBe(3);
    expect([0, 1, 2].map((w) => [view.oid(w), view.path(w)])).toEqual([0, 1, 2].map((w) => [oids[w], paths[w]]));
    expect(view.id(1).equals(Buffer.from(oids[1]!, 'hex'))).toBe(true);
  });

  it('shares memory rather than copying it: a thread sees the same bytes', () => {
    const shared = shareWantedBlobs(1, () => 'f'.repeat(40), () => 'a.txt');
    const copy = structuredClone(shared);
    Buffer.from(shared.ids)[0] = 0;
    expect(readWantedBlobs(copy).oid(0).startsWith('00')).toBe(true);
  });

  it('holds no blob at all', () => {
    expect(readWantedBlobs(shareWantedBlobs(0, () => '', () => '')).count).toBe(0);
  });
});
