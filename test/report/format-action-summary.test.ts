import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { formatActionSummary, type ActionSummaryInput } from '../../src/report/format-action-summary.js';
import { createMasker } from '../../src/report/mask-secrets.js';
import { placeFindings } from '../../src/report/place-findings.js';

function finding(i: number, summary = `Add key ${i}`): Finding {
  const secret = `SECRET${String(i).padStart(6, '0')}XYZ`;
  return {
    ruleId: 'test-key', ruleName: 'Test key', description: '', severity: 'high', confidence: 'high', path: `src/file-${i}.js`, line: 1, column: 1, endLine: 1,
    endColumn: 1 + secret.length, secret, redacted: `...${secret.slice(-4)}`, snippet: '', entropy: 4, fingerprint: String(i).padStart(32, '0'),
    commit: { sha: `${String(i).padStart(8, '0')}${'c'.repeat(32)}`, authorName: 'a', authorEmail: 'a@b', date: '2026-01-01', summary },
  };
}

function input(findings: Finding[]): ActionSummaryInput {
  return {
    label: 'pull request #1', range: 'aaaa..bbbb', notes: [], commits: 5, files: findings.length, findings,
    placed: placeFindings(findings, (p) => findings.filter((f) => f.path === p).map((f) => f.secret).join('\n')),
    notAnnotated: [], annotations: 'check-run', suppressedByBaseline: 0, failOnFindings: true, sarifPath: 'leakguard.sarif', mask: createMasker(findings),
  };
}

describe('formatActionSummary', () => {
  it('stays under the byte limit with a note saying how many rows were left out and where they are', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i));
    const md = formatActionSummary(input(findings), 100_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000);
    const omitted = Number(/\*\*Summary truncated:\*\* (\d+) more rows not shown/.exec(md)?.[1]);
    const shown = md.split('\n').filter((l) => l.startsWith('| <code>src/file-')).length;
    const entries = md.split('\n').filter((l) => l.startsWith('{"fingerprint"')).length;
    expect(shown + entries + omitted).toBe(10_000);
    expect(md).toContain('the SARIF file (leakguard.sarif)');
    expect(md).toContain('### How to resolve');
    expect((md.match(/```/g)?.length ?? 0) % 2).toBe(0);
  });

  it('is not truncated when everything fits', () => {
    const md = formatActionSummary(input([finding(1), finding(2)]));
    expect(md).not.toContain('truncated');
    expect(md).toContain('| test-key (Test key) | 2 |');
  });

  it('neutralises Markdown and HTML from commit messages and masks a secret quoted in one', () => {
    const f = finding(7);
    f.commit!.summary = `<img src=x> | pipe ${f.secret}`;
    const md = formatActionSummary(input([f]));
    expect(md).not.toContain('<img');
    expect(md).toContain(`&lt;img src=x&gt; &#124; pipe ${f.redacted}`);
    expect(md).not.toContain(f.secret);
  });
});

describe('formatActionSummary at the edge of the limit', () => {
  it('never leaves a code fence open, whatever the limit', () => {
    const findings = Array.from({ length: 300 }, (_, i) => finding(i));
    for (let limit = 6_000; limit <= 60_000; limit += 1_357) {
      const md = formatActionSummary(input(findings), limit);
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit);
      expect((md.match(/```/g)?.length ?? 0) % 2).toBe(0);
      expect((md.match(/<details>/g)?.length ?? 0)).toBe(md.match(/<\/details>/g)?.length ?? 0);
    }
  });
});
