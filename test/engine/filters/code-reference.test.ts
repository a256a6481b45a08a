import { describe, expect, it } from 'vitest';
import { isCodeReference } from '../../../src/engine/filters/code-reference.js';
import { createScanner } from '../../../src/engine/index.js';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { check } from './harness.js';

const scanner = createScanner(loadBuiltinRules());
const report = (path: string, text: string) => scanner.scan({ path, text }).map((f) => f.ruleId);

describe('code-reference filter', () => {
  it.each([
    ['clients/appfabric.d.ts', '    apiKey: T_7fa9c3d1e8b2a4;'],
    ['dist/bundle.js', 'var token = _0x3f9a2c71b8e4d6;'],
    ['clients/mq.d.ts', '    ServiceAccountPassword: __string;'],
    ['clients/iot.d.ts', '  export type MqttPassword = Buffer|Uint8Array|Blob|string;'],
    ['app/settings.py', 'SECRET_KEY = _k9f3a7c2e1b8d4x'],
    ['cmd/main.go', '\tvar token = tk_9f3a7c2e1b8d4x'],
    ['src/Config.java', '    String apiToken = K9f3a7c2e1b8d4;'],
    ['db_test.go', '\t\t"-e", "POSTGRES_PASSWORD="+postgresPass,'],
    // A line that opens with a quoted key is not a Visual Basic comment.
    ['database/factories/UserFactory.php', "            'password' => static::$password ??= Hash::make('password'),"],
  ])('drops the reference in %s', (path, text) => {
    const result = check(isCodeReference, text, path);
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.builtin).toEqual([]);
  });

  it('keeps quoted literals, comments and bare values in formats that allow them', () => {
    expect(report('src/config.ts', 'const apiKey = "Zq3xLm9TvR2pKw8NbY4sHd6G";')).toContain('generic-api-key');
    expect(report('src/config.ts', '// api_key: Zq3xLm9TvR2pKw8NbY4sHd6G')).toContain('generic-api-key');
    expect(report('deploy/app.py', '# token = Zq3xLm9TvR2pKw8NbY4sHd6G')).toContain('generic-api-key');
    expect(report('Module1.vb', "' token = Zq3xLm9TvR2pKw8NbY4sHd6G")).toContain('generic-api-key');
    // The value opens a literal right after a quote, though the quotes before it pair up.
    expect(report('client/oauth.py', "        'oauth_token: 'Zq3xLm9TvR2pKw8NbY4sHd6G',")).toContain('generic-api-key');
    expect(report('.env', 'API_KEY=Zq3xLm9TvR2pKw8NbY4sHd6G')).toContain('generic-api-key');
    expect(report('values.yaml', 'apiKey: Zq3xLm9TvR2pKw8NbY4sHd6G')).toContain('generic-api-key');
  });

  it('never drops a provider-format token written bare in code', () => {
    const token = 'xoxb-2719058422-5510982763104-Zq3xLm9TvR2pKw8NbY4sHd6G';
    expect(report('bot.py', `SLACK_TOKEN = ${token}`)).toContain('slack-bot-token');
  });
});
