import { describe, expect, it } from 'vitest';
import { isIntegrityHash } from '../../../src/engine/filters/integrity-hash.js';
import { fakeHex, randomBase64 } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('integrity-hash filter', () => {
  it.each([
    ['package-lock.json', `      "integrity": "sha512-${randomBase64(64)}",\n      "token": "sha512-${randomBase64(64)}"`],
    ['Cargo.lock', `checksum = "${fakeHex(64)}"\nkey_checksum = "${fakeHex(64)}"`],
    ['index.html', `<script src="app.js" integrity="sha384-${randomBase64(48)}" data-key="sha384-${randomBase64(48)}"></script>`],
  ])('drops checksums in %s', (path, text) => {
    const result = check(isIntegrityHash, text, path);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });

  it('recognises go.sum hashes on sight', () => {
    const hash = `h1:${randomBase64(32).slice(0, 43)}=`;
    const line = `github.com/acme/sdk v1.2.0 ${hash}`;
    expect(isIntegrityHash({ secret: hash, line, lineOffset: line.indexOf(hash), path: 'go.sum', rule: { spec: {} } as never })).toBe('integrity hash');
  });

  it('keeps a token in a lockfile registry URL', () => {
    const token = fakeHex(36);
    const line = `  resolved "https://npm.example.com/pkg.tgz?token=${token}"`;
    expect(isIntegrityHash({ secret: token, line, lineOffset: line.indexOf(token), path: 'yarn.lock', rule: { spec: {} } as never })).toBeUndefined();
  });
});
