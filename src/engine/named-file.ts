import type { EncodedValue } from './decode.js';
import { secretNameKind } from './secret-name.js';

/**
 * Files named after a credential: Docker and Kubernetes mount secrets as files (`/run/secrets/db_password`),
 * and people keep `api.token`, `client_secret.txt` or `deploy.password` beside their code. The file name is
 * the name the value is assigned to, so each value line is handed to the generic rules as
 * `<file name>=<line>`. Only small files are read this way (a secret file holds a value, not a program).
 */
export const MAX_NAMED_FILE_CHARS = 4096;
/**
 * Rails keeps the key that decrypts `config/credentials.yml.enc` in `config/master.key` (per environment:
 * `config/credentials/<env>.key`): https://guides.rubyonrails.org/security.html#custom-credentials
 */
const RAILS_KEY = /(?:^|\/)config\/(?:master|credentials\/[\w-]{1,40})\.key$/;
const STAND_IN_STEM = /(?:^|[^a-z])(?:example|sample|dummy|fake|mock|placeholder|template)(?:[^a-z]|$)/i;
/**
 * Credential stores named by a credential word whose lines have a syntax of their own, read by their
 * own rules (pgpass-password, git-credentials-password): a line is a record, not a value.
 */
const STORE_FORMAT = /^\.?(?:pgpass|git-credentials)$/;
const CREDENTIAL_EXTENSION = /^(?:password|passwd|pwd|pass|secret|token|apikey|api_key|credentials?|creds|clientsecret|client_secret)$/i;
/**
 * Compound extensions that end in a credential word (`.sometoken`, `.deploy_password`, `.apiSecret`): the
 * extension is then a credential name the same way a variable name is, judged by secretNameKind. Words
 * that are file formats or mean something else as an extension stay out: `.key` is PEM or DER (the
 * private-key rules read it), `.pat` a pattern file, `.auth` anything; `.tokenizer` and `.secretlintrc`
 * do not end in the word, and `.bypass` is not a password name.
 */
const CREDENTIAL_EXTENSION_TAIL = /(?:password|passwd|pwd|pass|passphrase|secret|token|apikey|api_key|credentials?|creds)$/i;

function isCredentialExtension(extension: string): boolean {
  if (CREDENTIAL_EXTENSION.test(extension)) return true;
  return extension.length <= 40 && CREDENTIAL_EXTENSION_TAIL.test(extension) && secretNameKind(extension) !== undefined;
}

export function namedFileValues(path: string, text: string): EncodedValue[] {
  if (text.length > MAX_NAMED_FILE_CHARS) return [];
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
  if (STORE_FORMAT.test(base)) return [];
  // Either an extension that is a credential word (`ci.token`), or no extension and a credential name
  // (`db_password`). Other extensions are formats with their own syntax (`.key` is PEM, `.json` JSON).
  const dot = base.lastIndexOf('.');
  const byExtension = dot > 0 && isCredentialExtension(base.slice(dot + 1));
  const railsKey = RAILS_KEY.test(path);
  const named = railsKey || byExtension || (dot <= 0 && secretNameKind(base) !== undefined);
  if (!named) return [];
  // With a credential extension the extension is the name (`deploy.password` holds a password whatever the
  // stem says: `url-pattern.password` is not metadata about a password), unless the stem calls it a stand-in.
  if (byExtension && STAND_IN_STEM.test(base.slice(0, dot))) return [];
  const name = railsKey ? 'rails_master_key' : byExtension ? base.slice(dot + 1) : base.replace(/[^\w.-]/g, '_');
  const out: EncodedValue[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const value = line.replace(/\r$/, '').trim();
    if (value && !value.startsWith('#') && !value.startsWith('//') && !/[=:]/.test(value.slice(0, 1))) {
      const start = at + line.indexOf(value);
      out.push({ start, end: start + value.length, text: `${name}=${value}` });
    }
    at += line.length + 1;
  }
  return out;
}
