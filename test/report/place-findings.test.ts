import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { batchAnnotations, checkRunAnnotation } from '../../src/report/check-run-annotations.js';
import { placeFindings } from '../../src/report/place-findings.js';

function finding(path: string, line: number, secret: string, sha: string): Finding {
  return {
    ruleId: 'test-key', ruleName: 'Test key', description: '', severity: 'high', confidence: 'high', path, line, column: 5, endLine: line, endColumn: 5 + secret.length,
    secret, redacted: `...${secret.slice(-4)}`, snippet: '', entropy: 4, fingerprint: 'f'.repeat(32),
    commit: { sha, authorName: 'a', authorEmail: 'a@b', date: '2026-01-01', summary: `commit ${sha}` },
  };
}

describe('placeFindings', () => {
  it('moves a finding to the line its secret is on at head, after later commits shifted it', () => {
    const head = 'one\ntwo\nthree\nk = SECRETVALUE123\n';
    const placed = placeFindings([finding('a.py', 1, 'SECRETVALUE123', 'c1')], () => head);
    expect(placed.located.map((l) => [l.line, l.column, l.endColumn])).toEqual([[4, 5, 19]]);
    expect(placed.removed).toEqual([]);
  });

  it('lists a finding whose secret is gone at head (or whose file is) as removed', () => {
    const placed = placeFindings([finding('a.py', 1, 'GONEVALUE1234', 'c1'), finding('b.py', 2, 'OTHERVALUE999', 'c2')], (p) => (p === 'a.py' ? 'k = env\n' : undefined));
    expect(placed.removed.map((f) => f.path)).toEqual(['a.py', 'b.py']);
    expect(placed.annotations).toEqual([]);
  });

  it('annotates each head line once even when two commits added the same secret there', () => {
    const head = 'x = DUPLICATEVALUE1\n';
    const placed = placeFindings([finding('a.py', 1, 'DUPLICATEVALUE1', 'c1'), finding('a.py', 1, 'DUPLICATEVALUE1', 'c3')], () => head);
    expect(placed.located).toHaveLength(2);
    expect(placed.annotations).toHaveLength(1);
  });

  it('spans lines for a multi-line secret and leaves columns out of its annotation', () => {
    const secret = 'BEGIN\nMIDDLELINE\nEND';
    const placed = placeFindings([finding('k.pem', 3, secret, 'c1')], () => `a\nb\n${secret}\n`);
    const annotation = checkRunAnnotation(placed.annotations[0]!);
    expect(annotation).toMatchObject({ start_line: 3, end_line: 5 });
    expect(annotation).not.toHaveProperty('start_column');
    expect(annotation.message).not.toContain(secret);
  });
});

describe('batchAnnotations', () => {
  it('splits into requests of at most 50, in order', () => {
    const batches = batchAnnotations(Array.from({ length: 120 }, (_, i) => i));
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(batchAnnotations([])).toEqual([]);
  });
});
