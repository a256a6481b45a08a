import { describe, expect, it } from 'vitest';
import type { CommitInfo, Finding } from '../../src/engine/types.js';
import { attributeFindings, groupBySecret } from '../../src/sources/history-provenance.js';
import type { BlobHit } from '../../src/sources/history-scan.js';

const commit = (sha: string, date: string): CommitInfo => ({ sha, authorName: 'A', authorEmail: 'a@example.com', date, summary: sha });
const finding = (secret: string, line: number): Finding => ({
  ruleId: 'r', ruleName: 'R', description: '', severity: 'high', confidence: 'high', path: 'first/seen.txt', line, column: 1, endLine: line, endColumn: 10,
  secret, redacted: 'x...', snippet: 'x...', entropy: 4, fingerprint: 'f',
});
const old = commit('old', '2024-01-01T00:00:00Z');
const newer = commit('new', '2024-02-01T00:00:00Z');
const all = () => true;

describe('attributeFindings', () => {
  it('attributes a secret at a path to its oldest introduction (largest walk position), counting commits and blob copies', () => {
    const hits: BlobHit[] = [
      { oid: 'b2', findings: [finding('S', 5)], introductions: [{ seq: 1, commit: newer, path: 'a.txt', oid: 'b2' }] },
      { oid: 'b1', findings: [finding('S', 2)], introductions: [{ seq: 9, commit: old, path: 'a.txt', oid: 'b1' }, { seq: 10, commit: old, path: 'copy.txt', oid: 'b1' }] },
    ];
    const out = attributeFindings(hits, all, new Map([['S', ['a.txt']]]));
    const a = out.find((f) => f.path === 'a.txt')!;
    expect(a).toMatchObject({ commit: old, line: 2, blobId: 'b1', commitsAtPath: 2, sameBlobElsewhere: 1, stillExposed: true });
    expect(out.find((f) => f.path === 'copy.txt')).toMatchObject({ commit: old, commitsAtPath: 1 });
    expect(a.fingerprint).not.toBe(out.find((f) => f.path === 'copy.txt')!.fingerprint);
  });

  it('drops places the path filter rejects', () => {
    const hits: BlobHit[] = [{ oid: 'b', findings: [finding('S', 1)], introductions: [{ seq: 0, commit: old, path: 'fixtures/x', oid: 'b' }, { seq: 1, commit: old, path: 'src/x', oid: 'b' }] }];
    expect(attributeFindings(hits, (_rule, path) => !path.startsWith('fixtures/'), new Map()).map((f) => f.path)).toEqual(['src/x']);
  });
});

describe('groupBySecret', () => {
  it('puts still-exposed secrets first, then oldest first, places in date order', () => {
    const hits: BlobHit[] = [
      { oid: 'b1', findings: [finding('OLD', 1)], introductions: [{ seq: 5, commit: old, path: 'a', oid: 'b1' }] },
      { oid: 'b2', findings: [finding('LIVE', 1)], introductions: [{ seq: 1, commit: newer, path: 'z', oid: 'b2' }, { seq: 2, commit: newer, path: 'b', oid: 'b2' }] },
    ];
    const tip = new Map([['LIVE', ['z']]]);
    const groups = groupBySecret(attributeFindings(hits, all, tip), tip);
    expect(groups.map((g) => [g.secret, g.stillExposed, g.places.map((p) => p.path)])).toEqual([
      ['LIVE', true, ['b', 'z']],
      ['OLD', false, ['a']],
    ]);
  });
});
