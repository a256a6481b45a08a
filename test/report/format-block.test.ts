import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { createStyle } from '../../src/report/colors.js';
import { formatBlock, shellQuote } from '../../src/report/format-block.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'github-pat', ruleName: 'GitHub personal access token (classic)', description: '', severity: 'critical', confidence: 'high',
    path: 'src/config.js', line: 2, column: 5, endLine: 2, endColumn: 45, secret: 'ghp_FULLSECRETVALUE', redacted: 'ghp_...ALUE',
    snippet: '', entropy: 4, fingerprint: 'a'.repeat(32), ...over,
  };
}

const input = (findings: Finding[], over = {}) => ({ action: 'commit' as const, findings, redact: true, invocation: 'npx leakguard', baselinePath: '.leakguard-baseline.json', ...over });

describe('formatBlock', () => {
  it('lists each finding, then the ways out in order, with the exact baseline command', () => {
    const text = formatBlock(input([finding(), finding({ path: 'b.env', line: 7, fingerprint: 'b'.repeat(32), ruleId: 'aws-access-key-id', ruleName: 'AWS access key ID' })]), createStyle(false));
    expect(text).toContain('src/config.js:2  GitHub personal access token (classic) [github-pat]');
    expect(text).toContain('b.env:7  AWS access key ID');
    expect(text).toContain('secret: ghp_...ALUE');
    expect(text).not.toContain('FULLSECRETVALUE');
    expect(text).toContain(`npx leakguard accept ${'a'.repeat(32)} --rule github-pat --path src/config.js`);
    expect(text).toContain(`npx leakguard accept ${'b'.repeat(32)} --rule aws-access-key-id --path b.env`);
    const steps = ['1. Remove', 'rotate', '2. If', 'leakguard:allow', 'accept', '3. Last resort', 'git commit --no-verify'].map((s) => text.indexOf(s));
    expect(steps.every((i) => i >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('shows the secret only when redaction is off, and names the commit and git push for a push', () => {
    const commit = { sha: 'c'.repeat(40), authorName: 'A', authorEmail: 'a@example.com', date: '2026-01-01T00:00:00Z', summary: 'add config' };
    const text = formatBlock(input([finding({ commit })], { redact: false, action: 'push' }), createStyle(false));
    expect(text).toContain('ghp_FULLSECRETVALUE');
    expect(text).toContain(`commit: ${'c'.repeat(12)} add config`);
    expect(text).toContain('git push --no-verify');
    expect(text).toContain('push stopped');
  });

  it('uses colour only when asked to', () => {
    expect(formatBlock(input([finding()]), createStyle(true))).toMatch(/\u001b\[31m/);
    expect(formatBlock(input([finding()]), createStyle(false))).not.toMatch(/\u001b\[/);
  });

  it('quotes paths so the printed command pastes correctly into a shell', () => {
    for (const path of ["it's here.txt", 'a b/$HOME `x`.env', 'plain/path-1.js']) {
      const r = spawnSync('sh', ['-c', `printf '%s' ${shellQuote(path)}`], { encoding: 'utf8' });
      expect(r.stdout).toBe(path);
    }
  });
});
