import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { base64, fakeHex, fakePassword, fakeToken } from '../helpers/fake-generic.js';

/**
 * An adversarial set for generic detection: real-looking fake secrets (made fresh each run) in the
 * syntaxes people write them in, and hard negatives that look like secrets to a loose pattern.
 * `{P}` is replaced by a person-style password, `{T}` by a generated token.
 */
const scanner = createScanner(loadBuiltinRules());

const POSITIVES: [string, string][] = [
  ['src/db.js', 'const password = "{P}";'],
  ['src/client.ts', 'export const apiKey: string = `{T}`;'],
  ['app/settings.py', 'DATABASES = {"default": {"PASSWORD": "{P}", "HOST": "db"}}'],
  ['app/client.py', 'client = Client(api_key="{T}", timeout=5)'],
  ['main.go', 'var dbPassword = "{P}"'],
  ['main.go', '\tcfg := Config{AuthToken: "{T}"}'],
  ['Main.java', 'private static final String DB_PASSWORD = "{P}";'],
  ['App.java', 'props.put("mail.smtp.password", "{P}");'],
  ['config.rb', "config.api_token = '{T}'"],
  ['config.rb', "  :password => '{P}',"],
  ['wp-config.php', "define('DB_PASSWORD', '{P}');"],
  ['index.php', "$db_pass = '{P}';"],
  ['Startup.cs', 'var conn = "Server=db;Database=app;User Id=sa;Password={P};";'],
  ['values.yaml', 'redis:\n  password: {P}'],
  ['config.json', '{\n  "client_secret": "{P}"\n}'],
  ['config.toml', '[db]\npassword = "{P}"'],
  ['app.ini', '[auth]\nsecret_key = {T}'],
  ['application.properties', 'spring.datasource.password={P}'],
  ['settings.xml', '<server><id>repo</id><password>{P}</password></server>'],
  ['web.config', '<add key="StorageAccountKey" value="{T}" />'],
  ['.env', 'STRIPE_WEBHOOK_SECRET={P}'],
  ['deploy.sh', 'export NPM_TOKEN={T}'],
  ['deploy.sh', 'curl -H "Authorization: Bearer {T}" https://api.example.com'],
  ['backup.sh', 'mysqldump -u backup -p{P} --all-databases'],
  ['ci.sh', 'psql --password {P} -h db'],
  ['Dockerfile', 'ENV DB_PASSWORD {P}'],
  ['Dockerfile', 'ARG NPM_TOKEN={T}'],
  ['main.tf', 'resource "x" "y" {\n  admin_password = "{P}"\n}'],
  ['.netrc', 'machine api.example.com login deploy password {P}'],
  ['docker-compose.yml', '      - DATABASE_URL=postgres://app:{P}@db:5432/app'],
  ['request.http', 'Authorization: Basic {B64}'],
  ['settings.py', 'DB_PASSWORD = os.environ.get("DB_PASSWORD", "{P}")'],
  ['config.js', 'const apiToken = process.env.API_TOKEN || "{T}";'],
  ['build.gradle.kts', '    password = nexusPassword ?: "{P}"'],
  ['build.gradle', "        credentials {\n            password '{P}'\n        }"],
  ['config.py', 'password: str = "{P}"'],
  ['api.md', 'curl -H "Authorization: Token {T}" https://api.example.com/v1/'],
  ['callback.txt', 'https://api.example.com/oauth/authorize?oauth_token={T}&oauth_callback=https%3A%2F%2Fexample.com'],
];

const NEGATIVES: [string, string][] = [
  ['src/db.js', 'const password = process.env.DB_PASSWORD;'],
  ['src/db.js', 'const password = await vault.read("secret/db");'],
  ['app/settings.py', 'PASSWORD = os.environ["DB_PASSWORD"]'],
  ['app/settings.py', "password = '%(password)s'"],
  ['main.go', 'password := os.Getenv("DB_PASSWORD")'],
  ['values.yaml', 'password: {{ .Values.db.password }}'],
  ['.github/workflows/ci.yml', '        token: ${{ secrets.NPM_TOKEN }}'],
  ['.env.example', 'API_KEY=your-api-key-here'],
  ['README.md', 'Set `password: <your password>` in the config.'],
  ['config.yaml', 'password: changeme'],
  ['config.yaml', 'password: "********"'],
  ['src/form.tsx', '<input type="password" name="password" placeholder="Password" />'],
  ['src/i18n/de.json', '{ "password_label": "Passwort eingeben" }'],
  ['src/auth.ts', 'const tokenUrl = "https://login.example.com/oauth2/token";'],
  ['src/auth.ts', 'if (token_type === "bearer") return header;'],
  ['package.json', '  "author": "Jane Developer <jane@example.com>",'],
  ['package-lock.json', '      "integrity": "sha512-Zq3xLm9TvR2pKw8NbY4sHd6G1aK9fJ2mQ7rT4wZp8NbY3sHd6Rq0cV5bN8mL2xK4jH7gF3dS1aP9oI6uY2tR5eW=="'],
  ['index.html', '<script src="/assets/app.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>'],
  ['Cargo.lock', 'checksum = "{HEX64}"'],
  ['.ssh/id_ed25519.pub', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq3xLm9TvR2pKw8NbY4sHd6G1aK9fJ2mQ7rT4wZp8Nb ci@example'],
  ['src/pay.js', 'const stripe = Stripe("pk_live_{TKN}");'],
  ['docs/aws.md', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
  ['src/keys.ts', 'const primaryKey = "userAccountIdentifier";'],
  ['src/keys.ts', 'const cacheKey = `user:${id}:profile`;'],
  ['Makefile', 'release: TOKEN=$(shell cat .token)'],
  ['src/ids.ts', 'const requestToken = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";'],
  ['src/app.py', 'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")'],
  ['src/app.py', 'secret_name = "prod/db/credentials"'],
  ['test/fixtures/users.json', '{ "password": "admin123" }'],
  ['src/build.js', '  "main.js": "static/js/main.8f2d1c3b.chunk.js",'],
  ['src/style.css', '.logo { background: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==); }'],
];

function fill(template: string): { text: string; secrets: string[] } {
  const password = fakePassword();
  const token = fakeToken(32);
  const basic = base64(`deploy:${password}`);
  const text = template
    .replace('{B64}', basic)
    .replace('{HEX64}', fakeHex(64))
    .replace('{TKN}', fakeToken(24))
    .replaceAll('{P}', password)
    .replaceAll('{T}', token);
  return { text, secrets: [password, token, basic] };
}

describe('adversarial set: real-looking secrets in many syntaxes', () => {
  it.each(POSITIVES)('reports the secret in %s: %s', (path, template) => {
    const { text, secrets } = fill(template);
    const found = scanner.scan({ path, text });
    expect(found.length, text).toBeGreaterThan(0);
    expect(found.some((f) => secrets.includes(f.secret)), JSON.stringify(found.map((f) => f.secret))).toBe(true);
  });
});

describe('adversarial set: hard negatives', () => {
  it.each(NEGATIVES)('reports nothing in %s: %s', (path, template) => {
    const { text } = fill(template);
    expect(scanner.scan({ path, text }).map((f) => `${f.ruleId}: ${f.secret}`)).toEqual([]);
  });
});

describe('adversarial set: templates', () => {
  it('reports a literal secret inside a template expression, not a vault path', () => {
    const password = fakePassword();
    const text = `db: "{{ lookup('hashi_vault', 'secret=kv/app:db role_id=app secret_id=${password}') }}"`;
    expect(scanner.scan({ path: 'site.yml', text }).map((f) => f.secret)).toEqual([password]);
  });
});
