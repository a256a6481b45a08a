import { describe, expect, it } from 'vitest';
import { isZeroSha, parsePushLines } from '../../src/git/parse-push-lines.js';

const A = 'a'.repeat(40);
const Z = '0'.repeat(40);

describe('parsePushLines', () => {
  it('reads updates, new refs and deletions, ignoring blank lines and CRs', () => {
    const { updates, bad } = parsePushLines(`refs/heads/main ${A} refs/heads/main ${Z}\r\n\n(delete) ${Z} refs/heads/old ${A}\n`);
    expect(bad).toEqual([]);
    expect(updates).toEqual([
      { localRef: 'refs/heads/main', localSha: A, remoteRef: 'refs/heads/main', remoteSha: Z },
      { localRef: '(delete)', localSha: Z, remoteRef: 'refs/heads/old', remoteSha: A },
    ]);
    expect(isZeroSha(updates[0]!.remoteSha)).toBe(true);
    expect(isZeroSha(updates[0]!.localSha)).toBe(false);
  });

  it('accepts SHA-256 ids and returns malformed lines so the caller can fail closed', () => {
    const b = 'b'.repeat(64);
    expect(parsePushLines(`HEAD ${b} refs/heads/x ${'0'.repeat(64)}\n`).updates).toHaveLength(1);
    expect(parsePushLines('refs/heads/main abc refs/heads/main def\n').bad).toEqual(['refs/heads/main abc refs/heads/main def']);
    expect(parsePushLines(`only three ${A}\n`).bad).toHaveLength(1);
  });
});
