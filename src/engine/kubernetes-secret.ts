import type { EncodedValue } from './decode.js';
import { nameWords } from './secret-name.js';
import { decodeBase64Text } from './strength.js';

/**
 * Kubernetes `Secret` objects: every value under `data:` (base64) and `stringData:` (plain) is a secret by
 * definition, whatever its key is called and however weak it is: applied to a cluster, `mypassword` is the
 * cluster's password. https://kubernetes.io/docs/concepts/configuration/secret/
 *
 * Each value is handed on twice, at the same place: once as `KUBERNETES_SECRET_MARKER<key>=<value>` for the
 * rule that reports Secret values as such (patterns/kubernetes.toml), and once as it is (`<key>_secret=<value>`,
 * or the value alone when it spans lines) so that provider rules can still say what it is (a GitHub token,
 * a PEM key); the scanner keeps the most specific finding.
 *
 * Skipped: empty and short values (under MIN_VALUE characters once decoded), keys that name the account or
 * the endpoint rather than hold the secret (`username`, `host`, `ca.crt`), template syntax (left to the
 * placeholder filter), and documents that are not a `Secret` (an `ExternalSecret`'s `data:` lists
 * references into a secret store, a `SopsSecret` holds ciphertext).
 */
export const KUBERNETES_SECRET_MARKER = 'kubernetes-secret-value:';
const MIN_VALUE = 6;

/**
 * Keys whose last word names the account, the endpoint or public material, not the secret. `type` and
 * `provider` are the binding metadata of the Service Binding spec's well-known entries
 * (https://servicebinding.io/spec/core/1.0.0/#well-known-secret-entries).
 */
const NON_SECRET_LAST_WORD = new Set([
  'user', 'username', 'login', 'email', 'host', 'hostname', 'port', 'url', 'uri', 'endpoint', 'server', 'database',
  'db', 'dbname', 'name', 'namespace', 'region', 'bucket', 'protocol', 'scheme', 'crt', 'cert', 'certificate', 'pub',
  'address', 'addr', 'type', 'provider',
]);
/** One-word keys that end in a name: `azurestorageaccountname`, `accountname`, `dbusername`. */
const NAME_SUFFIX = /^[a-z]{3,}(?:name|user)$/;
const NON_SECRET_KEY = /^(?:account[_-]?id|client[_-]?id|tenant[_-]?id|app[_-]?id|project[_-]?id)$/i;
const BLOCK_START = /^([ \t]*)(data|stringData):[ \t]*(?:#.*)?$/;
const ENTRY = /^([ \t]+)["']?([\w.-]{1,253})["']?:[ \t]*(.*)$/;
const SECRET_KIND = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*(["']?)secret\1[ \t]*(?:#.*)?$/im;
const DOCKER_CONFIG_KEY = /^\.docker(?:cfg|configjson)$/;

function isNonSecretKey(key: string): boolean {
  if (NON_SECRET_KEY.test(key)) return true;
  const words = nameWords(key);
  const last = words[words.length - 1];
  return last !== undefined && (NON_SECRET_LAST_WORD.has(last) || NAME_SUFFIX.test(last));
}

/** The credentials of a Docker config (`auths.<registry>.auth|password|identitytoken`), or undefined when it is not JSON. */
function dockerCredentials(json: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const root = parsed as Record<string, unknown>;
  const auths = (typeof root.auths === 'object' && root.auths !== null ? root.auths : root) as Record<string, unknown>;
  const out: string[] = [];
  for (const entry of Object.values(auths)) {
    if (typeof entry !== 'object' || entry === null) continue;
    for (const field of ['auth', 'password', 'identitytoken', 'registrytoken']) {
      const v = (entry as Record<string, unknown>)[field];
      if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
    }
  }
  return out;
}

/** The value a Secret's key holds, as the marker rule sees it, or undefined when there is nothing to report. */
function reportedValue(key: string, raw: string, decoded: string | undefined, encoded: boolean): string | undefined {
  let value: string;
  if (!encoded) value = raw;
  else if (decoded !== undefined) value = decoded;
  // Binary content (a keystore, a DER key) kept base64: the encoded text is what leaks.
  else value = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) && raw.length % 4 === 0 && Buffer.from(raw, 'base64').length >= MIN_VALUE ? raw : '';
  value = value.trim();
  if (DOCKER_CONFIG_KEY.test(key)) {
    const credentials = dockerCredentials(value);
    if (credentials !== undefined) value = credentials.find((c) => c.length >= MIN_VALUE) ?? '';
  }
  if (value.length < MIN_VALUE) return undefined;
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
}

/** Each YAML document of the window (`---` lines split them) that declares `kind: Secret`, with its offset. */
function secretDocuments(window: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const separator = /^---[ \t]*(?:#.*)?$/gm;
  let start = 0;
  const push = (end: number) => {
    const text = window.slice(start, end);
    if (SECRET_KIND.test(text)) out.push({ text, offset: start });
  };
  let m: RegExpExecArray | null;
  while ((m = separator.exec(window)) !== null) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(window.length);
  return out;
}

export function findKubernetesSecretValues(window: string): EncodedValue[] {
  const out: EncodedValue[] = [];
  for (const doc of secretDocuments(window)) {
    for (const value of findInDocument(doc.text)) out.push({ ...value, start: value.start + doc.offset, end: value.end + doc.offset });
  }
  return out;
}

function findInDocument(window: string): EncodedValue[] {
  const out: EncodedValue[] = [];
  const lines = window.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  let blockIndent = -1;
  let encoded = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const block = BLOCK_START.exec(line);
    if (block) {
      blockIndent = block[1]!.length;
      encoded = block[2] === 'data';
      continue;
    }
    if (blockIndent < 0 || line.trim() === '' || /^\s*#/.test(line)) continue;
    const entry = ENTRY.exec(line);
    if (!entry || entry[1]!.length <= blockIndent) {
      blockIndent = -1;
      continue;
    }
    const key = entry[2]!;
    let raw = entry[3]!.replace(/[ \t]+#.*$/, '').trim();
    let start = starts[i]! + line.length - entry[3]!.length;
    let end = starts[i]! + line.length;
    if (/^[|>][-+]?\d*$/.test(raw)) {
      // Block scalar: the following lines indented deeper than the key.
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && (lines[j]!.trim() === '' || /^[ \t]*/.exec(lines[j]!)![0].length > entry[1]!.length)) body.push(lines[j++]!.replace(/\r$/, ''));
      while (body.length > 0 && body[body.length - 1]!.trim() === '') {
        body.pop();
        j--;
      }
      if (body.length === 0) continue;
      start = starts[i + 1]! + /^[ \t]*/.exec(lines[i + 1]!)![0].length;
      end = starts[j - 1]! + lines[j - 1]!.replace(/\r$/, '').length;
      const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
      raw = encoded ? body.map((l) => l.trim()).join('') : body.map((l) => l.slice(indent)).join('\n').trim();
      i = j - 1;
    } else {
      raw = raw.replace(/^(["'])(.*)\1$/, '$2');
      const quote = entry[3]!.indexOf(raw);
      if (quote >= 0 && raw !== '') {
        start = starts[i]! + line.length - entry[3]!.length + quote;
        end = start + raw.length;
      }
    }
    if (raw === '' || isNonSecretKey(key)) continue;
    const decoded = encoded ? decodeBase64Text(raw) : raw;
    const reported = reportedValue(key, raw, decoded, encoded);
    // The value as it is first: on a tie the scanner keeps the first finding, and a provider's name says more.
    if (decoded !== undefined && decoded.trim().length >= 4) out.push({ start, end, text: decoded.includes('\n') ? decoded : `${key}_secret=${decoded}` });
    if (reported !== undefined) out.push({ start, end, text: `${KUBERNETES_SECRET_MARKER}${key}=${reported}` });
  }
  return out;
}
