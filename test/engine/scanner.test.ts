import { describe, expect, it } from 'vitest';
import { createScanner, parseRuleFile } from '../../src/engine/index.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { HEX, randomFrom } from '../helpers/fake-generic.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';

const rules = loadBuiltinRules();
const scanner = createScanner(rules);

describe('scanner', () => {
  it('reports rule, location, redacted form and a high confidence for a checksum-valid token', () => {
    const token = fakeGithubToken();
    const [f] = scanner.scan({ path: 'src/app.js', text: `// config\nconst t = "${token}";\n` });
    expect(f).toMatchObject({ ruleId: 'github-pat', path: 'src/app.js', line: 2, column: 12, endLine: 2, endColumn: 12 + 40, confidence: 'high', secret: token });
    expect(f!.redacted).toBe(`ghp_...${token.slice(-4)}`);
    expect(f!.snippet).toBe(`const t = "ghp_...${token.slice(-4)}";`);
  });

  it('never shows the start of a generic value, even one that begins with a rule keyword', () => {
    const [f] = scanner.scan({ path: 'deploy/.env', text: 'DB_PASSWORD=PassWord-Lq8vT2xZ\n' });
    expect(f?.ruleId).toBe('generic-password');
    // 17 characters: the last 2 are shown, nothing of the start (the keyword `passwor` is a name word).
    expect(f!.redacted).toBe('...xZ');
    expect(f!.snippet).not.toContain('PassW');
  });

  it('reports a token whose checksum fails at low confidence', () => {
    const token = fakeGithubToken();
    const broken = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const [f] = scanner.scan({ path: 'a.txt', text: broken });
    expect(f?.confidence).toBe('low');
  });

  it('leaves a value with a provider prefix to that provider: a too-short token is not re-reported as a generic key', () => {
    expect(scanner.scan({ path: 'conf/refresh-token', text: '# too short\nghr_16C7e42F292c69\n' })).toEqual([]);
    expect(scanner.scan({ path: 'app.env', text: 'GITLAB_TOKEN=glpat-Zq3xLm9TvR2p\n' })).toEqual([]);
    // Credential words some providers also start with stay everybody's: a generic value may begin with them.
    expect(scanner.scan({ path: 'app.env', text: 'SERVICE_TOKEN=access-Zq3xLm9TvR2pKw8NbY4sHd6G\n' }).map((f) => f.ruleId)).toEqual(['generic-api-key']);
  });

  it('keeps fingerprints stable when lines move and distinct when the secret or path changes', () => {
    const token = fakeGithubToken();
    const a = scanner.scan({ path: 'a.txt', text: `x=${token}` })[0]!;
    const moved = scanner.scan({ path: 'a.txt', text: `\n\n\n  y = ${token}` })[0]!;
    const other = scanner.scan({ path: 'b.txt', text: `x=${token}` })[0]!;
    const changed = scanner.scan({ path: 'a.txt', text: `x=${fakeGithubToken()}` })[0]!;
    expect(moved.fingerprint).toBe(a.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
    expect(changed.fingerprint).not.toBe(a.fingerprint);
  });

  it('honours leakguard:allow on the line, in any comment syntax', () => {
    const token = fakeGithubToken();
    for (const comment of ['// leakguard:allow', '# leakguard:allow', '<!-- leakguard:allow -->', '/* leakguard:allow github-pat */']) {
      expect(scanner.scan({ path: 'a', text: `t = "${token}" ${comment}` })).toEqual([]);
    }
    expect(scanner.scan({ path: 'a', text: `t = "${token}" # leakguard:allow aws-access-key-id` })).toHaveLength(1);
    expect(scanner.scan({ path: 'a', text: `# leakguard:allow\nt = "${token}"` })).toHaveLength(1);
  });

  it('reports only lines listed in reportLines, with line numbers offset by startLine', () => {
    const t1 = fakeGithubToken();
    const t2 = fakeGithubToken();
    const text = `a=${t1}\nb=${t2}\n`;
    const found = scanner.scan({ path: 'a', text, startLine: 10, reportLines: new Set([11]) });
    expect(found.map((f) => [f.line, f.secret])).toEqual([[11, t2]]);
  });

  it('masks every secret on a line in each snippet', () => {
    const t1 = fakeGithubToken();
    const t2 = fakeGithubToken();
    const found = scanner.scan({ path: 'a', text: `x = ["${t1}", "${t2}"]` });
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.snippet).not.toContain(t1);
      expect(f.snippet).not.toContain(t2);
    }
  });

  it('finds a secret at the end of a 10 MB single line without scanning it quadratically', () => {
    const token = fakeGithubToken();
    const text = `${'var a=1;'.repeat(1_250_000)}k="${token}"`;
    const [f] = scanner.scan({ path: 'min.js', text });
    expect(f).toMatchObject({ line: 1, column: 10_000_004, secret: token });
  });

  it('applies the global allowlist for paths, regexes and stopwords', () => {
    const token = fakeGithubToken();
    const allowlisted = createScanner(rules, { allowlist: { paths: ['fixtures/**'], regexes: [`^${token.slice(0, 10)}`], stopwords: [] } });
    expect(allowlisted.scan({ path: 'fixtures/a.txt', text: fakeGithubToken() })).toEqual([]);
    expect(allowlisted.scan({ path: 'src/a.txt', text: token })).toEqual([]);
    expect(allowlisted.scan({ path: 'src/a.txt', text: fakeGithubToken() })).toHaveLength(1);
  });

  it('runs a rule only where one of its keywords occurs', () => {
    const [rule] = parseRuleFile(`
[[rules]]
id = "custom-key"
name = "Custom"
description = "d"
regex = '''(?<secret>[a-z0-9]{24})'''
keywords = ["custom_key"]
entropy = 3.0
examples = ["custom_key = k3j9x8q2m7v4b1n6c5z0p9o8"]
`, 'c.toml');
    const s = createScanner([rule!]);
    expect(s.scan({ path: 'a', text: 'custom_key = k3j9x8q2m7v4b1n6c5z0p9o8' })).toHaveLength(1);
    expect(s.scan({ path: 'a', text: 'other = k3j9x8q2m7v4b1n6c5z0p9o8' })).toEqual([]);
  });
  it('tries a rule that opens with its keywords at each keyword, finding every assignment on a long line once', () => {
    const [rule] = parseRuleFile(`
[[rules]]
id = "acme-key"
name = "Acme"
description = "d"
regex = '''(?i)(?<name>(?:acme)[\\w]{0,20})\\s*=\\s*"(?<secret>[a-z0-9]{24})"'''
keywords = ["acme"]
entropy = 3.0
examples = ['acme_key = "k3j9x8q2m7v4b1n6c5z0p9o8"']
`, 'c.toml');
    const s = createScanner([rule!]);
    expect(s.rules[0]!.anchored).toBe(true);
    const values = ['k3j9x8q2m7v4b1n6c5z0p9o8', 'q8w7e6r5t4y3u2i1o0p9a8s7', 'z1x2c3v4b5n6m7a8s9d0f1g2'];
    const text = `${'x'.repeat(5000)} ACME_KEY = "${values[0]}"; acmeToken="${values[1]}" ${'y'.repeat(3000)} acme_key_acme = "${values[2]}"`;
    expect(s.scan({ path: 'a', text }).map((f) => f.secret)).toEqual(values);
  });

  it('reports a secret two rules match exactly under the same rule, however much of the text around it is scanned', () => {
    // A default in an environment lookup is both a password-like assignment and an environment default.
    // A history rescan scans a few lines around a change, a whole scan the file: the rule that wins the
    // tie must not depend on which keywords came first.
    const secret = randomFrom(HEX, 32);
    const line = `COOKIE_SECRET = os.environ.get("APP_COOKIE_SECRET", "${secret}")`;
    const lines = ['JOB_EXPIRY_TIME = int(os.environ.get("APP_JOB_EXPIRY_TIME", 3600 * 12))', line, 'LOG_LEVEL = os.environ.get("APP_LOG_LEVEL", "INFO")'];
    const rulesOn = (text: string) => scanner.scan({ path: 'settings.py', text }).filter((f) => f.secret === secret).map((f) => f.ruleId);
    const whole = rulesOn(lines.join('\n'));
    expect(whole).toHaveLength(1);
    expect(rulesOn(line)).toEqual(whole);
    expect(rulesOn(`PASSWORD_MIN = 8\n${line}`)).toEqual(whole);
  });
});
