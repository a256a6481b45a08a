import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';

/**
 * Context decides: a weak password is reported where a tool stores it (credential stores) or where a
 * URL sends it to a real host, and stays a stand-in in code, documentation and tests.
 */
const scanner = createScanner(loadBuiltinRules());
const rulesFor = (path: string, text: string) => scanner.scan({ path, text }).map((f) => f.ruleId);

describe('credential stores report the stored password whatever its strength', () => {
  it.each([
    ['home/.pgpass', 'localhost:5432:orders:app:password', 'pgpass-password'],
    ['home/.git-credentials', 'https://me@mail.com:summer!#@7@github.com', 'git-credentials-password'],
    ['home/.esmtprc', 'hostname smtp.gmail.com:587\nusername "me@gmail.com"\npassword "password"', 'esmtp-password'],
    ['home/.msmtprc', 'account default\nhost smtp.gmail.com\npassword dragonfly', 'msmtp-password'],
    ['home/.fetchmailrc', 'poll imap.gmail.com user "me" password "dragonfly"', 'fetchmail-password'],
    ['home/.config/filezilla/sitemanager.xml', '<Server><Host>ftp.shop-assets.net</Host><User>root</User><Pass>ExamplePas123</Pass></Server>', 'filezilla-password'],
    ['db/dbeaver-data-sources.xml', '<connection host="db.shop-assets.net" port="1521" user="user" password="password"/>', 'dbeaver-saved-password'],
    ['db/robomongo.json', '"userName" : "mongouser",\n"userPassword" : "mongopass",\n"sshUserPassword" : "roboMongoSSHPass"', 'robomongo-password'],
    ['site/sftp-config.json', '{\n  "host": "files.shop-assets.net",\n  "password": "hunter22"\n}', 'editor-sftp-password'],
    ['site/.ftpconfig', '{\n  "pass": "hunter22",\n  "passphrase": "swordfish"\n}', 'editor-sftp-password'],
    ['public_html/wp-config.php', "define( 'DB_PASSWORD', 'admin' );", 'wordpress-db-password'],
  ])('%s', (path, text, rule) => {
    expect(rulesFor(path, text)).toContain(rule);
  });

  it('reports a UUID or hex digest a store keeps as the password', () => {
    expect(rulesFor('home/.pgpass', 'db.shop-assets.net:5432:*:app:3f2b8c1e-9d4a-4f6b-8e2c-7a1d5b9c0e3f')).toEqual(['pgpass-password']);
    expect(rulesFor('site/sftp-config.json', '{ "password": "9b74c9897bac770ffc029102a200c5de" }')).toEqual(['editor-sftp-password']);
  });

  it('reports every password a store holds, words and identifiers included', () => {
    const found = scanner.scan({ path: 'db/robomongo.json', text: '"userPassword" : "mongopass",\n"sshPassphrase" : "SSHPass123",\n"sshUserPassword" : "roboMongoSSHPass"' });
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it.each([
    ['home/.pgpass', '*:*:*:postgres:*'],
    ['home/.pgpass', '#hostname:port:database:username:password'],
    ['home/.pgpass', 'db.shop-assets.net:5432:*:app:${PGPASSWORD}'],
    ['home/.pgpass', 'db.shop-assets.net:5432:*:app:<password>'],
    ['home/.pgpass', 'db.shop-assets.net:5432:*:app:xxxx'],
    ['home/.pgpass', 'db.shop-assets.net:*:*:app:${PGPASSWORD}'],
    ['home/.pgpass', 'db.shop-assets.net:5432:*:app:********'],
    ['home/.git-credentials', 'https://bot:{{ github_token }}@github.com'],
    ['site/sftp-config.json', '{\n  //"password": "password",\n  "host": "files.shop-assets.net"\n}'],
    ['site/sftp-config.json', '{ "password": "" }'],
    ['site/.vscode/sftp.json', '{\n  "password": "your-password-here"\n}'],
    ['public_html/wp-config-sample.php', "define( 'DB_PASSWORD', 'password_here' );"],
    ['db/robomongo.json', '"userPassword" : "changeme"'],
  ])('keeps template syntax, masks and fill-in instructions quiet in %s: %s', (path, text) => {
    expect(rulesFor(path, text)).toEqual([]);
  });

  it('treats a store in a test, example or documentation tree as an illustration', () => {
    expect(rulesFor('test/fixtures/.pgpass', 'localhost:5432:orders:app:password')).toEqual([]);
    expect(rulesFor('docs/filezilla.md', '<Pass>password</Pass>')).toEqual([]);
    expect(rulesFor('README.md', '<Pass>ExamplePas123</Pass>')).toEqual([]);
    expect(rulesFor('config/sitemanager.xml', '<Pass>ExamplePas123</Pass>')).toEqual(['filezilla-password']);
  });

  it('leaves dictionary passwords in ordinary code and documentation alone', () => {
    expect(rulesFor('README.md', 'password: password')).toEqual([]);
    expect(rulesFor('src/config.py', 'password = "password"')).toEqual([]);
    expect(rulesFor('src/config.json', '{ "password": "hunter" }')).toEqual([]);
    // The same JSON under an editor's sync-config name is a stored login.
    expect(rulesFor('site/sftp-config.json', '{ "password": "hunter" }')).toEqual(['editor-sftp-password']);
  });
});

describe('URLs: a typed password toward a real host is a credential', () => {
  it('reports a dictionary password in a URL to a public host', () => {
    expect(rulesFor('config/mongoid.yml', '      uri: "mongodb://testuser:testpass@ds048537.mongolab.com:48537/main"')).toEqual(['generic-url-password']);
    // A private address is a real machine on someone's network; the scheme's own rule names the service.
    expect(rulesFor('deploy/.env', 'DATABASE_URL=postgres://app:bluebird@10.0.3.14:5432/app')).toEqual(['url-password-postgres']);
    expect(rulesFor('deploy/.env', 'DATABASE_URL=postgres://app:bluebird@localhost:5432/app')).toEqual([]);
  });

  it.each([
    'mongodb://testuser:testpass@localhost:27017/main',
    'mongodb://testuser:testpass@127.0.0.1:27017/main',
    'postgres://app:testpass@db:5432/app',
    'mongodb://testuser:testpass@db.example.com:27017/main',
    'mongodb://testuser:testpass@mongo.staging.test/main',
    'mongodb://testuser:testpass@nas.local/main',
    'mongodb://testuser:testpass@yourdomain.com/main',
    'https://user:password@github.com/org/repo.git',
    'https://user:abc@api.io/v1',
    'https://mailto:johnnyjohn@mail-host.org',
  ])('keeps a stand-in quiet: %s', (url) => {
    expect(rulesFor('config/app.yml', `url: "${url}"`)).toEqual([]);
  });

  it('keeps a weak URL password in tests and documentation quiet even toward a real host', () => {
    const line = 'uri: "mongodb://testuser:testpass@ds048537.mongolab.com:48537/main"';
    expect(rulesFor('spec/fixtures/mongoid.yml', line)).toEqual([]);
    expect(rulesFor('docs/setup.md', line)).toEqual([]);
  });
});

describe('login and connect calls', () => {
  it('reports a literal password passed to a login call', () => {
    expect(rulesFor('web/js/salesforce.js', "    conn.login('username@acme-corp.io', 'salesforcepassword', function(err, res) {")).toEqual(['generic-login-call-password']);
    expect(rulesFor('app/db.php', '$link = mysqli_connect("db.acme-corp.io", "shop", "shopdb2019");')).toEqual(['generic-login-call-password']);
  });

  it.each([
    "conn.login(user, password, cb)",
    "conn.login('me@acme-corp.io', 'password')",
    "conn.login('me@acme-corp.io', 'secret')",
    "conn.login('me@acme-corp.io', 'sunshine')",
    "conn.login('me@acme-corp.io', process.env.SF_PASSWORD)",
    "fn.bind(this, 'clickHandler')",
  ])('keeps variables, placeholders and short words quiet: %s', (line) => {
    expect(rulesFor('src/app.js', line)).toEqual([]);
  });

  it('treats weak literals in tests as fixtures', () => {
    expect(rulesFor('test/login.test.js', "await page.login('admin', 'admin123')")).toEqual([]);
    expect(rulesFor('src/login.js', "await client.login('admin', 'admin123')")).toEqual(['generic-login-call-password']);
  });
});

describe('Maven and netrc stores', () => {
  const server = (password: string) => `<settings><servers><server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>${password}</password>\n</server></servers></settings>`;
  it('reports a weak repository password in settings.xml, not the name of another credential', () => {
    expect(rulesFor('home/.m2/settings.xml', server('deploy2019'))).toEqual(['maven-settings-password']);
    expect(rulesFor('home/.m2/settings.xml', server('password'))).toEqual(['maven-settings-password']);
    expect(rulesFor('home/.m2/settings.xml', server('token'))).toEqual([]);
    expect(rulesFor('home/.m2/settings.xml', server('${env.NEXUS_PASSWORD}'))).toEqual([]);
  });

  it('reports a weak password in a .netrc file but not in netrc lines quoted elsewhere', () => {
    expect(rulesFor('home/.netrc', 'machine imap.gmail.com login me@gmail.com password password')).toEqual(['netrc-password']);
    expect(rulesFor('src/README.txt', 'machine imap.gmail.com login me@gmail.com password password')).toEqual([]);
  });
});
