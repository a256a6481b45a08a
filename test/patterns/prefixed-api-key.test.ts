import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface Finding {
  ruleId: string;
  confidence: string;
  secret: string;
}

const RULE = 'generic-prefixed-api-key';

function keygen(prefix: string, env: string): string {
  const r = runCli(['keygen', '--prefix', prefix, '--env', env], { cwd: tempDir() });
  expect(r.code).toBe(0);
  return r.stdout.trim();
}

describe('the built-in prefixed API key rule', () => {
  it('reports keygen-format keys of any vendor at high confidence and other keys of the shape at low', () => {
    const repo = tempRepo();
    const checksummed = [keygen('payco', 'live'), keygen('shipit', 'test'), keygen('mailer9', 'prod')];
    const plain = [`shipco_live_${randomBytes(20).toString('hex')}`, `widget_test_${randomBase62(32)}`];
    writeFiles(repo, {
      'config/.env': [...checksummed, ...plain].map((k, i) => `KEY_${i}=${k}`).join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json', '--no-redact'], { cwd: repo });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.ruleId === RULE);
    const confidence = Object.fromEntries(findings.map((f) => [f.secret, f.confidence]));
    expect(confidence).toEqual({
      ...Object.fromEntries(checksummed.map((k) => [k, 'high'])),
      ...Object.fromEntries(plain.map((k) => [k, 'low'])),
    });
  });

  it('leaves Stripe-style sk_/pk_/rk_ keys to provider rules and ignores word-made identifiers', () => {
    const repo = tempRepo();
    writeFiles(repo, {
      'a.py': [
        `stripe.api_key = "sk_live_${randomBase62(40)}"`,
        `PUBLISHABLE = "pk_test_${randomBase62(40)}"`,
        'def should_test_ReturnsEmptyListWhenNoItems(self): pass',
        'def unit_test_handlesmultipleconcurrentrequestsgracefully(): pass',
        `FOO = "acme_staging_${randomBase62(43)}"`,
        '',
      ].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: repo });
    expect(r.code).not.toBe(2);
    expect((JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.ruleId === RULE)).toEqual([]);
  });
});
