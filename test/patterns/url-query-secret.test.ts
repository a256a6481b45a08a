import { describe, expect, it } from 'vitest';
import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { runCli } from '../helpers/run-cli.js';
import { tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface Finding {
  ruleId: string;
  ruleName: string;
  path: string;
  line: number;
  secret: string;
}

const RULE = 'generic-url-query-secret';

/** A random query-string secret with at least one digit (fresh per test, never a real key). */
function fakeValue(length = 32): string {
  return `${randomBase62(length - 1)}7`;
}

describe('secrets in URL query strings', () => {
  it('are reported in JS, Python, shell curl lines and YAML, naming the Authorization header', () => {
    const repo = tempRepo();
    const v = Array.from({ length: 8 }, () => fakeValue());
    writeFiles(repo, {
      'src/api.js': [
        `const res = await fetch("https://api.example.com/v1/orders?api_key=${v[0]}");`,
        `const url = \`https://api.example.com/v1/items?page=\${page}&access_token=${v[1]}\`;`,
        '',
      ].join('\n'),
      'tools/report.py': [
        'import requests',
        `r = requests.get("https://maps.example.com/geocode/json?address=Paris&key=${v[2]}")`,
        `WEBHOOK = 'https://hooks.example.com/services/notify?Token=${v[3]}'`,
        '',
      ].join('\n'),
      'scripts/fetch.sh': [
        '#!/bin/sh',
        `curl -s "https://api.example.com/v2/report?format=csv&token=${v[4]}" -o report.csv`,
        `curl 'https://api.example.com/v2/export?client_secret=${v[5]}&id=3'`,
        '',
      ].join('\n'),
      'deploy/values.yml': [
        'notify:',
        `  url: https://hooks.example.com/notify?channel=ops&secret=${v[6]}`,
        `  health: "https://status.example.com/ping?apikey=${v[7]}"`,
        '',
      ].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json', '--no-redact'], { cwd: repo });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.ruleId === RULE);
    expect(findings.map((f) => f.secret).sort()).toEqual([...v].sort());
    expect(findings.map((f) => `${f.path}:${f.line}`).sort()).toEqual(
      ['deploy/values.yml:2', 'deploy/values.yml:3', 'scripts/fetch.sh:2', 'scripts/fetch.sh:3', 'src/api.js:1', 'src/api.js:2', 'tools/report.py:2', 'tools/report.py:3'],
    );
    expect(findings[0]!.ruleName).toContain('Authorization header');

    const text = runCli(['scan', 'src/api.js'], { cwd: repo });
    expect(text.stdout).toContain('send it in an Authorization header instead');
    for (const value of v) expect(text.stdout).not.toContain(value);
  });

  it('are not reported when the URL takes the value from a variable, or the secret goes in a header', () => {
    const repo = tempRepo();
    const headerValue = fakeValue();
    writeFiles(repo, {
      'src/api.js': [
        'const res = await fetch(`https://api.example.com/v1/orders?api_key=${process.env.API_KEY}`);',
        'const url = "https://api.example.com/v1/items?access_token=" + token;',
        `const res2 = await fetch("https://api.example.com/v1/orders", { headers: { Authorization: "Bearer ${headerValue}" } });`,
        'if (ready && key=lookupKeyFor20240101User) start();',
        '',
      ].join('\n'),
      'tools/report.py': [
        'r = requests.get(f"https://maps.example.com/geocode/json?address=Paris&key={api_key}")',
        'r = requests.get("https://api.example.com/v1/search", params={"q": "shoes"}, headers={"Authorization": f"Bearer {token}"})',
        'items = sorted(rows, key=itemgetter_for_column_12345)',
        '',
      ].join('\n'),
      'scripts/fetch.sh': [
        'curl -s "https://api.example.com/v2/report?format=csv&token=$API_TOKEN" -o report.csv',
        'curl -s -H "Authorization: Bearer $API_TOKEN" "https://api.example.com/v2/report?format=csv"',
        'make build && token=$(cat token.txt) && deploy',
        '',
      ].join('\n'),
      'deploy/values.yml': [
        'notify:',
        '  url: https://hooks.example.com/notify?channel=ops&secret=${{ secrets.WEBHOOK_SECRET }}',
        '  reset: https://app.example.com/reset?token=reset-your-password-please',
        '  docs: https://api.example.com/v1/items?api_key=YOUR_API_KEY_HERE_123',
        '',
      ].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json', '--no-redact'], { cwd: repo });
    expect(r.code).not.toBe(2);
    const findings = (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.ruleId === RULE);
    expect(findings).toEqual([]);
  });
});
