/**
 * Names a value is assigned to (`DB_PASSWORD`, `stripeApiKey`, `x-auth-token`): generic rules report a
 * value only when the name says it is a credential. The decision rests on the name's last word, since
 * that is what the thing is in every naming convention: `password_reset_url` is a URL, `token_count` a
 * number, `author` a person, while `db_password` and `GITHUB_TOKEN` are credentials.
 */

export type NameKind = 'password' | 'secret';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passwort', 'pw', 'passcode']);
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
/** Words anywhere in a name that make it metadata about a credential rather than the credential. */
const META_WORDS = new Set([
  'url', 'uri', 'endpoint', 'path', 'file', 'filename', 'dir', 'type', 'name', 'id', 'ids', 'length', 'len',
  'size', 'count', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'header', 'field', 'prompt',
  'label', 'placeholder', 'hint', 'format', 'regex', 'pattern', 'policy', 'rule', 'rules', 'min', 'max',
  'required', 'enabled', 'changed', 'reset', 'forgot', 'confirm', 'confirmation', 'validation', 'error',
  'message', 'strength', 'hash', 'hashed', 'digest', 'env', 'var', 'variable', 'mode', 'method',
  'provider', 'scope', 'scopes', 'public', 'pub', 'location', 'version', 'algorithm', 'alg', 'encoding',
  'prefix', 'suffix', 'template', 'example', 'sample', 'dummy', 'fake', 'mock', 'column', 'index', 'param',
  'parameter', 'arg', 'option', 'flag', 'ref', 'input', 'form', 'widget', 'button', 'dialog', 'view', 'page',
]);

/** Split an identifier into lowercase words: `stripeApiKey` -> stripe, api, key; `X-AUTH-TOKEN` -> x, auth, token. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The kind of credential a name denotes, or undefined when it denotes none. */
export function secretNameKind(name: string): NameKind | undefined {
  const words = nameWords(name).map((w) => w.replace(/[0-9]+$/, '')).filter(Boolean);
  while (words.length > 1 && NEUTRAL_TAIL.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  if (words.some((w) => META_WORDS.has(w))) return undefined;
  if (PASSWORD_WORDS.has(last) || /(?:password|passwd|pwd)$|^(?:db|admin|user|root|smtp|mail|ftp|sql|mysql|pg|redis|ldap|app|my)pass$/.test(last)) return 'password';
  if (/.(?:token|apikey)$/.test(last)) return 'secret';
  // A value named "secret" may be chosen by a person, like a password; tokens and keys are generated.
  if (SECRET_WORDS.has(last)) return last === 'secret' || last === 'clientsecret' || last === 'apisecret' ? 'password' : 'secret';
  if (last === 'key' || last === 'keys') {
    const before = words[words.length - 2];
    if (before === undefined || last === 'keys') return undefined;
    if (NON_SECRET_KEY_QUALIFIERS.has(before)) return undefined;
    return 'secret';
  }
  return undefined;
}
