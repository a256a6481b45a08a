/**
 * Names a value is assigned to (`DB_PASSWORD`, `stripeApiKey`, `x-auth-token`): generic rules report a
 * value only when the name says it is a credential. The decision rests on the name's last word, since
 * that is what the thing is in every naming convention: `password_reset_url` is a URL, `token_count` a
 * number, `author` a person, while `db_password` and `GITHUB_TOKEN` are credentials.
 */

export type NameKind = 'password' | 'secret';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passwort', 'pw', 'psw', 'passcode']);
const SECRET_WORDS = new Set([
  'secret', 'token', 'apikey', 'auth', 'credential', 'credentials', 'creds', 'cred', 'authtoken', 'accesstoken',
  'secretkey', 'privatekey', 'accesskey', 'apitoken', 'apisecret', 'clientsecret', 'pat', 'bearer',
  'authorization', 'signingkey', 'masterkey', 'sessiontoken', 'refreshtoken', 'idtoken', 'salt',
]);
/** Trailing words that do not change what the value is: `SECRET_KEY_BASE`, `api_token_value`, `password2`. */
const NEUTRAL_TAIL = new Set(['value', 'base', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'enc', 'encoded', 'plain', 'plaintext', 'text', 'val', 'v']);
/** Words before `key` that make it not a credential: `public_key`, `primary_key`, `sort_key`. */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public', 'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'row', 'hash', 'idempotency', 'i18n',
  'translation', 'lookup', 'dict', 'object', 's3', 'file', 'bucket', 'item', 'unique', 'index', 'composite',
  'column', 'table', 'field', 'map', 'react', 'list', 'next', 'prev', 'last', 'first', 'group', 'label',
  'message', 'msg', 'i18n', 'locale', 'lang', 'route', 'query', 'storage', 'local', 'redis', 'cookie',
  'header', 'config', 'setting', 'settings', 'env', 'name', 'type', 'event', 'state', 'store', 'menu',
  'hot', 'short', 'shortcut', 'keyboard', 'press', 'enter', 'escape', 'tab', 'shift', 'ctrl', 'alt', 'meta',
  'host', 'ssh', 'gpg', 'pgp', 'verify', 'verification', 'validation', 'encrypted', 'wrapped', 'cipher',
]);
/**
 * Words before `token` that make it not a credential: pagination cursors (`NextToken`,
 * `nextPageToken`), idempotency tokens (`ClientToken`), parser and tokenizer tokens (`lastToken`,
 * `pad_token`), public verification values.
 */
const NON_SECRET_TOKEN_QUALIFIERS = new Set([
  'next', 'page', 'continuation', 'pagination', 'cursor', 'output', 'input', 'result', 'results', 'client',
  'idempotency', 'sync', 'marker', 'resume', 'start', 'end', 'last', 'first', 'previous', 'prev', 'current',
  'cur', 'eof', 'eos', 'bos', 'pad', 'cls', 'sep', 'mask', 'unk', 'special', 'lexer', 'parser', 'syntax',
  'verification', 'confirmation', 'copy', 'request', 'continue', 'cancellation', 'cancel', 'change',
  // Anti-forgery tokens (Rails' `authenticity_token`, `csrf_token`, `X-XSRF-TOKEN`): a per-session value a
  // form echoes back, printed into every page, not a credential.
  'authenticity', 'csrf', 'xsrf',
]);

/**
 * Words before the credential word that make the name metadata about a credential, or a public or
 * stand-in value, rather than the credential (`password_reset_token` is still a token; `reset_url` is
 * not a credential name at all, since its last word is url). Words after the credential word are
 * handled by the last-word rule.
 */
const NEGATING_WORDS = new Set([
  'public', 'pub', 'publishable', 'placeholder', 'example', 'sample', 'dummy', 'fake', 'mock', 'hint',
  'prompt', 'regex', 'pattern', 'policy', 'min', 'max', 'length', 'len', 'type', 'field', 'column', 'param',
  'input', 'form', 'widget', 'button', 'dialog', 'env', 'var', 'variable', 'file', 'filename', 'path',
  'url', 'uri', 'endpoint', 'name', 'encrypted', 'hashed', 'masked', 'show', 'hide', 'toggle', 'is', 'has',
  'use', 'enable', 'enabled', 'disable', 'require', 'required', 'validate', 'verify', 'check', 'get', 'set',
]);

const ENV_OBJECT = /^(?:process\.env|import\.meta\.env|os\.environ|ENV|\$_ENV|\$_SERVER)\./;

/** Split an identifier into lowercase words: `stripeApiKey` -> stripe, api, key; `X-AUTH-TOKEN` -> x, auth, token. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Names seen before and their kinds. Generic rules ask about the same few names over and over
 * (`NextToken`, `input_token`, `apiKey`: 40,000 times on the bench tree) and splitting a name into
 * words costs more than the rest of the check. Cleared when full, so memory stays bounded.
 */
const known = new Map<string, NameKind | undefined>();
const KNOWN_LIMIT = 4096;

/** The kind of credential a name denotes, or undefined when it denotes none. */
export function secretNameKind(name: string): NameKind | undefined {
  const seen = known.get(name);
  if (seen !== undefined || known.has(name)) return seen;
  const kind = judgeName(name);
  if (known.size >= KNOWN_LIMIT) known.clear();
  // A name is usually a slice of a whole file's text, and a slice keeps that text alive: key the
  // memory on a copy (slicing a concatenation flattens it into a new string first).
  known.set(`${name} `.slice(0, -1), kind);
  return kind;
}

function judgeName(name: string): NameKind | undefined {
  // `os.environ.DB_PASSWORD` (or Node's `env.API_KEY`): the environment variable's name is the name; `env` there
  // is the object holding it, not a word that makes the name metadata (`env_var_name`).
  name = name.replace(ENV_OBJECT, '');
  // password2 -> password, but s3 stays s3.
  const words = nameWords(name).map((w) => (/^[a-z]{3,}[0-9]+$/.test(w) ? w.replace(/[0-9]+$/, '') : w)).filter(Boolean);
  while (words.length > 1 && NEUTRAL_TAIL.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  if (words.slice(0, -1).some((w) => NEGATING_WORDS.has(w))) return undefined;
  if (PASSWORD_WORDS.has(last) || /(?:password|passwd|pwd)$|^(?:db|admin|user|root|smtp|mail|ftp|sql|mysql|pg|redis|ldap|app|my)pass$/.test(last)) return 'password';
  if (last === 'token' || last === 'tokens') {
    const before = words[words.length - 2];
    if (before !== undefined && NON_SECRET_TOKEN_QUALIFIERS.has(before)) return undefined;
  }
  // `csrftoken`, `csrfmiddlewaretoken`: one word, still an anti-forgery token (see NON_SECRET_TOKEN_QUALIFIERS).
  if (/^(?:csrf|xsrf)/.test(last)) return undefined;
  if (/.(?:token|apikey)$/.test(last)) return 'secret';
  // `existingSecret`, `existing_password_secret` (Helm charts): the name of a Kubernetes Secret to use instead.
  if (last === 'secret' && words.includes('existing')) return undefined;
  // A value named "secret" may be chosen by a person, like a password; tokens and keys are generated.
  if (SECRET_WORDS.has(last)) return last === 'secret' || last === 'clientsecret' || last === 'apisecret' ? 'password' : 'secret';
  // Vault AppRole and similar: the secret_id is the credential (role_id is its user name). Judged like
  // a secret: often a UUID, which is still a finding here.
  if (last === 'id' && words[words.length - 2] === 'secret') return 'password';
  if (last === 'key') {
    const before = words[words.length - 2];
    // A bare `key` counts: the value must then look random to be reported.
    if (before !== undefined && NON_SECRET_KEY_QUALIFIERS.has(before)) return undefined;
    return 'secret';
  }
  return undefined;
}
