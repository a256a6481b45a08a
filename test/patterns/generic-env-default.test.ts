import { describe, expect, it } from 'vitest';
import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { runCli } from '../helpers/run-cli.js';
import { tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface Finding {
  ruleId: string;
  path: string;
  line: number;
  secret: string;
}

/**
 * `${VAR:-fallback}`: the shell (and docker compose) use the literal whenever the variable is unset.
 * The fallback is the secret, wherever the expansion sits, and it is reported once, as itself.
 */
describe('hard-coded fallbacks of secret environment variables in shell expansions', () => {
  it('reports the fallback once, inside a connection URL and as a plain assignment', () => {
    const repo = tempRepo();
    const token = `${randomBase62(23)}7`;
    writeFiles(repo, {
      'docker-compose.yml': [
        'services:',
        '  web:',
        '    image: registry.internal/shop/web:1.4',
        '    environment:',
        '      DATABASE_URL: postgres://app:${PGPASS:-hunter2x}@db:5432/app',
        '      CACHE_URL: redis://default:${REDIS_PASSWORD:-Tr0ub4dor&3}@cache.shop.internal:6379/0',
        '',
      ].join('\n'),
      'bin/start.sh': ['#!/bin/sh', 'export DB_PASSWORD=${DB_PASSWORD:-hunter2x}', `export API_TOKEN=\${API_TOKEN:-${token}}`, 'exec node server.js', ''].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json', '--no-redact'], { cwd: repo });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout).findings as Finding[]).map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.secret}`).sort();
    expect(found).toEqual([
      'bin/start.sh:2 generic-env-default hunter2x',
      `bin/start.sh:3 generic-env-default ${token}`,
      'docker-compose.yml:5 generic-env-default hunter2x',
      'docker-compose.yml:6 generic-env-default Tr0ub4dor&3',
    ]);
  });

  it('reports nothing for an expansion without a fallback', () => {
    const repo = tempRepo();
    writeFiles(repo, {
      'docker-compose.yml': ['services:', '  web:', '    environment:', '      DATABASE_URL: postgres://app:${PGPASS}@db.shop.internal:5432/app', ''].join('\n'),
      'bin/start.sh': ['#!/bin/sh', 'export DB_PASSWORD=${DB_PASSWORD:?set DB_PASSWORD}', ''].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});
