import { describe, expect, it } from 'vitest';
import { isContentHashName } from '../../../src/engine/filters/content-hash-name.js';
import { fakeToken } from '../../helpers/fake-generic.js';

const rule = { spec: {} } as never;

describe('content-hash-name filter', () => {
  it('drops content hashes in asset file names', () => {
    const hash = fakeToken(16);
    for (const line of [`<script src="/assets/app-${hash}.js"></script>`, `  "main.css": "static/css/main.${hash}.chunk.css",`]) {
      expect(isContentHashName({ secret: hash, line, lineOffset: line.indexOf(hash), path: 'dist/index.html', rule }), line).toBe('content hash in a file name');
    }
  });

  it('drops a provider-shaped stretch with a hyphen inside a file name', () => {
    const hash = fakeToken(32);
    const line = `<img src="http://cdn.example.com/media/video_box.ico-${hash}.png">`;
    const secret = `ico-${hash}`;
    expect(isContentHashName({ secret, line, lineOffset: line.indexOf(secret), path: 'site/index.html', rule })).toBe('content hash in a file name');
  });

  it('keeps the same string when it is a value, not part of a file name', () => {
    const hash = fakeToken(16);
    const line = `API_TOKEN=${hash}`;
    expect(isContentHashName({ secret: hash, line, lineOffset: line.indexOf(hash), path: '.env', rule })).toBeUndefined();
  });
});
