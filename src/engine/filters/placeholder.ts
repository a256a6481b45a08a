import { decodeBase64Text, looksRandom } from '../strength.js';
import type { CandidateFilter } from './candidate.js';
import { isStoredCredential } from './credential-context.js';
import { COMMENT_BEFORE } from './code-reference.js';
import { DOC_PATH, TEST_PATH } from './path-context.js';

/**
 * Values that stand in for a secret rather than being one: templating and environment lookups,
 * documentation placeholders. Each pattern is one syntax people use to say "the secret goes here".
 */
const TEMPLATED = [
  /^\$\{\{?[^}]*\}\}?$/, // ${VAR}, ${{ secrets.X }}
  /\$\{/, // embedded ${VAR}, ${VAR:-default}, ${fn()} template literals
  /\{\{[^}]*\}\}/, // {{ .Values.x }}, {{ secret }}
  /\{%[^%]*%\}|<%=?[^%]*%>/, // Jinja/ERB blocks
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $API_KEY, $password
  /^\$\([^)]*\)?$/, // $(VAR), $(cat file)
  /^%\(?[\w.]*\)?[sd]$/, // %(password)s, %s
  /^%[A-Za-z_][\w.]*%$/, // %PASSWORD% (Windows)
  /^@[\w.]+@$/, // @db.password@ (Maven resource filtering)
  /^<[^<>]{1,80}>$/, // <API_KEY>
  /^\[[^[\]]{1,80}\]$/, // [YOUR_KEY]
  /^\[\[[^\]]*\]\]$/, // [[.Some.Value]] (Go templates with custom delimiters)
  /^\{[\w.\- ]{1,60}\}$/, // {api_key}
  /^__[A-Z0-9_]+__$/, // __API_KEY__
  /#\{[^}]*\}/, // Ruby (and CoffeeScript, Crystal) interpolation: "#{var}", "latency:#{SecureRandom.uuid}"
  /^!(?:vault|secret|env|ref|Ref|Sub|GetAtt|ImportValue)\b/, // YAML tags: Ansible vault, CloudFormation
  /process\.env\b/,
  /os\.(?:environ|getenv)\b/,
  /\bENV\[/,
  /\bgetenv\(/,
  /System\.getenv|Environment\.GetEnvironmentVariable|env\(['"]/,
  /^secrets\.[A-Z_]/, // GitHub Actions expression body
  /^ENC[[(]|^\{cipher\}|^!encrypted|^vault:v\d+:/, // encrypted in place: jasypt, sops, Spring Cloud Config, Vault transit
];

/**
 * The name of the environment variable or setting that holds the credential, written where its value
 * goes: `mongodb://DB_USER:DB_PASSWORD@db`, `password: SMTP_PASSWORD`. Upper snake case with a
 * credential word at either end; nobody's password is spelled that way.
 */
const SETTING_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|APIKEY)$|^(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY)(?:_[A-Z0-9]+)+$/;

/**
 * Fill-in instructions: "your api key here", "change me", "placeholder", "redacted". They stand in for a
 * secret in every context, a credential store included: nobody's password says to replace it.
 * Anchored or bounded so that a random token containing "test" or "key" is not dropped.
 */
const INSTRUCTIONS = [
  /(?:^|[^a-z])(?:your|my|the|enter|insert|put|add|paste|replace)[_\- ]?[a-z_\- ]{0,30}?(?:key|token|secret|password|pass|pwd|credential|id)s?(?:[_\- ]?here)?(?:[^a-z]|$)/i,
  /change[_\- ]?(?:me|it|this)|replace[_\- ]?(?:me|this|with)|placeholder|redacted|<redacted>|removed|obfuscated|censored|not[_\- ]?(?:a[_\- ]?)?(?:real|set|used)|fill[_\- ]?(?:me|in)|to[_\- ]?be[_\- ]?(?:set|filled|replaced)|goes[_\- ]?here|_here$|-here$/i,
];

/**
 * Words that stand in for a secret in code and documentation: `example`, `dummy`, `foo`, the slot's
 * own name (`password`, `token`), typed digits. In a credential store they are weak real passwords.
 */
const PLACEHOLDER_WORDS = [
  /^(?:dummy|example|sample|fake|mock|foo|bar|baz|qux|todo|tbd|none|null|nil|xxx|yyy|zzz)(?:[_\-.]?[a-z]*)?[_\-.]?\d{0,3}$/i,
  /^(?:dummy|example|sample|fake|mock)[_\-]/i,
  // The words themselves: a key named password whose value is "password" or "changeme".
  /^(?:password|passwd|passw0rd|p@ssw0rd|p@ssword|pass|pwd|secret|s3cr3t|token|apikey|api_key|api-key|changeme|changeit|letmein|default|empty|none)$/i,
  /^(?:\d{1,12}|1q2w3e4r|1qaz2wsx|qwerty|azerty)$/i,
  // A credential's own name with a counter: key_1234, secret1, token-2.
  /^(?:key|token|secret|apikey|api_key|my|your)[_-]?\d{1,6}$/i,
];

/**
 * Weak values people type into tests and demos: a default word with a few digits or symbols
 * (`admin123`, `password1`, `test`, `root`). In a test, fixture, example or documentation file, or
 * in a comment, they are fixtures; anywhere else they are a real (weak) password and are reported.
 */
const WEAK_STAND_IN = /^(?:password|passw0rd|p@ssw0rd|pass|pwd|secret|admin|administrator|root|toor|guest|user|username|test|tester|testing|welcome|master|login|demo|manager|sa|postgres|mysql|oracle|qwerty|abc|letmein|iloveyou|monkey|dragon|sunshine|trustno1)[\d!@#$%^&*._-]{0,4}$|^test[a-z]{0,12}\d{0,4}$/i;

/**
 * For generic rules only (a provider token's format already vouches for it): a value that spells out
 * what it stands for or that it is not real (`SuperSecretPassword!`, `ADMIN_TOKEN_HERE`,
 * `please-insert-key`, `fake-secret-123`).
 */
const SELF_DESCRIBING = /example|sample|dummy|fake|changeme|change[_-]me|placeholder|insert|fixme|todo|[_-]here\b|here$|not[_-]?real|redacted|lorem|ipsum/i;
/** The part of SELF_DESCRIBING that is an instruction to the reader, which no stored password is. */
const SELF_INSTRUCTING = /changeme|change[_-]me|placeholder|insert|fixme|todo|[_-]here\b|here$|not[_-]?real|redacted|lorem|ipsum/i;
/** In tests and examples, a value that names itself (`UserPassword123`, `my-secret-token`) is a fixture. */
export const NAMES_ITSELF = /passw(?:or)?d|secret|token|api[_-]?key/i;
/** `This-is-my-test-99!`, `test_pass_2`: the word test, standing alone in the value, says it is a fixture. */
const CALLS_ITSELF_TEST = /(?:^|[^A-Za-z])test(?:[^a-z]|$)/i;

/** crypt(3) and bcrypt password hashes: not usable to log in, and in docs or tests, examples of the format. */
const PASSWORD_HASH = /^\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5[^$]*|sha1|argon2(?:id|i|d))\$/;

/** Template syntax and environment lookups only: what stands in for a value any container declares secret. */
export const isTemplated: CandidateFilter = ({ secret }) => (TEMPLATED.some((re) => re.test(secret)) ? 'templated value' : undefined);

export const isPlaceholder: CandidateFilter = (candidate) => {
  const { secret, path, rule } = candidate;
  if (isStoredCredential(candidate)) return storedStandIn(secret);
  if (PASSWORD_HASH.test(secret) && (TEST_PATH.test(path) || DOC_PATH.test(path))) return 'password hash in documentation or tests';
  // `{api_key}` is a format-string slot; `{hXzNuNf2ykjWR3...}` (Maven's encrypted form) is not a name.
  const bracedRandom = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(secret) && looksRandom(secret.slice(1, -1));
  if (!bracedRandom && TEMPLATED.some((re) => re.test(secret))) return 'templated value';
  if (INSTRUCTIONS.some((re) => re.test(secret)) || PLACEHOLDER_WORDS.some((re) => re.test(secret))) return 'placeholder';
  if (SETTING_NAME.test(secret)) return 'names the setting that holds the credential';
  // A generic value that is base64 of a stand-in (`changeme`, `ENC[...]`, `12345`) is one too.
  const decoded = /^[A-Za-z0-9+/]{8,}={0,2}$/.test(secret) ? decodeBase64Text(secret) : undefined;
  if (rule.spec.strength !== undefined && decoded !== undefined) {
    if (TEMPLATED.some((re) => re.test(decoded)) || SELF_DESCRIBING.test(decoded) || /12345|password|secret/i.test(decoded)) return 'base64 of a stand-in';
  }
  // Any rule's base64 `user:password` (an `Authorization: Basic` header) whose password is a stand-in
  // word (`example:example`, `bar:foo`, `user:password`) shows the header's format. (A password that
  // repeats the user, `admin:admin` in an `.npmrc`, is a weak real one.)
  if (decoded !== undefined && isStandInPair(decoded)) return 'base64 of a stand-in user:password';
  if (rule.spec.strength !== undefined && SELF_DESCRIBING.test(secret)) return 'value that describes itself';
  if (rule.spec.strength !== undefined && (NAMES_ITSELF.test(secret) || CALLS_ITSELF_TEST.test(secret)) && TEST_PATH.test(path)) return 'value that names itself in a test or example';
  if (WEAK_STAND_IN.test(secret) && TEST_PATH.test(path)) return 'weak stand-in in a test or example';
  // A comment that shows a default (`#   CASSANDRA_PASSWORD: test123`, `# user.update(password: "admin123")`)
  // documents the setting, like an example file does.
  if (WEAK_STAND_IN.test(secret) && COMMENT_BEFORE.test(candidate.line.slice(0, candidate.lineOffset))) return 'weak stand-in in a comment';
  return undefined;
};

const OTHER_CREDENTIAL_NAME = /^(?:(?:access|auth|api|bearer|personal[_-]?access)[_-]?)?token$|^api[_-]?key$|^(?:client[_-]?)?secret[_-]?key$|^credentials?$/i;

/**
 * A value a credential store or a URL to a real host holds (see credential-context.ts): only template
 * syntax and fill-in instructions stand in there; a dictionary word is a weak password and reported.
 */
function storedStandIn(secret: string): string | undefined {
  const bracedRandom = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(secret) && looksRandom(secret.slice(1, -1));
  if (!bracedRandom && TEMPLATED.some((re) => re.test(secret))) return 'templated value';
  if (INSTRUCTIONS.some((re) => re.test(secret)) || SELF_INSTRUCTING.test(secret)) return 'placeholder';
  // `password` or `secret` in a password field may be someone's (breach lists are full of them); the
  // name of a credential that is no password (`<password>token</password>`) says what to paste there.
  if (OTHER_CREDENTIAL_NAME.test(secret)) return 'names the credential to put there';
  if (SETTING_NAME.test(secret)) return 'names the setting that holds the credential';
  const decoded = decodeBase64Text(secret);
  if (decoded !== undefined && decoded.length >= 4 && (TEMPLATED.some((re) => re.test(decoded)) || SELF_INSTRUCTING.test(decoded))) return 'base64 of a stand-in';
  return undefined;
}

/** `example:example`, `bar:foo`, `admin:changeme`: a user:password pair whose password stands in for one. */
function isStandInPair(text: string): boolean {
  const m = /^[^:\s]{1,64}:(\S{1,64})$/.exec(text);
  return m !== null && (SELF_DESCRIBING.test(m[1]!) || PLACEHOLDER_WORDS.some((re) => re.test(m[1]!)));
}
