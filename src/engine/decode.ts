import { findKubernetesSecretValues } from './kubernetes-secret.js';
import { decodeBase64Text } from './strength.js';

/**
 * Decoding: secrets hidden one encoding away. Kubernetes `Secret` objects keep every value in base64
 * under `data:`; `.dockerconfigjson` is base64 JSON whose `auth` entries are base64 again; URLs in
 * query strings and connection settings arrive percent-encoded. A decoder finds such encoded values
 * near its trigger keywords and returns the text to scan in their place; the scanner scans that text
 * with every rule and reports what it finds at the encoded value's location.
 *
 * Bounds: decoders only run in windows around their keywords (never per byte of the file), each
 * encoded value is at most MAX_ENCODED characters, the scanner stops decoding after MAX_DECODED_TOTAL
 * characters per fragment, and decoded text is decoded again at most once (MAX_DEPTH).
 */

/** An encoded value found in a window, with the text to scan in its place. */
export interface EncodedValue {
  /** Offsets of the encoded text within the window. */
  start: number;
  end: number;
  /** What to scan: the decoded value, prefixed with the name it was assigned to when it had one. */
  text: string;
}

export interface Decoder {
  readonly id: string;
  /** Literal, case-insensitive trigger keywords, fed to the same prefilter as the rules. */
  readonly keywords: readonly string[];
  /** Characters before and after a keyword hit that the decoder looks at. */
  readonly before: number;
  readonly after: number;
  find(window: string): EncodedValue[];
}

export const MAX_DEPTH = 2;
export const MAX_ENCODED = 16384;
export const MAX_DECODED_TOTAL = 1 << 20;

/**
 * `name: <base64>` or `name = "<base64>"` (YAML, JSON, .env, properties). The decoded value is handed
 * on as `name=<value>` so that the generic name-based rules still see what it was called; a decoded
 * value spanning several lines (a PEM key, a JSON document) is handed on as it is.
 */
// The value is found first, starting only where a base64 run starts (the lookbehind fails at once inside
// a run, so V8 does not retry at every byte); its name, if any, is read from the text just before it.
// Measured: a leading optional `name:` group made this the most expensive regex of a scan (22%).
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,16384}={0,2}(?![A-Za-z0-9+/=])/g;
const NAME_BEFORE = /(?<![\w.-])(?<name>[\w.-]{1,64})["']?[ \t]{0,8}[:=][ \t]{0,8}["']?$/;

/**
 * Trigger keywords for base64 that hides a credential name: each word encoded at the three byte
 * alignments it can start at, keeping only the characters the word alone decides. `password=...`
 * encoded anywhere in a value contains one of `cGFzc3dvcmQ`, `Bhc3N3b3Jk`, `wYXNzd29yZ`.
 */
export function base64Forms(word: string): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.from('\0'.repeat(offset) + word, 'latin1').toString('base64');
    // Character i carries bits [6i, 6i + 6): keep those that lie within the word's bits.
    const form = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + word.length)) / 6));
    if (form.length >= 6) forms.push(form);
  }
  return forms;
}

// Credential names, a JWT's header (`{"alg":`, `{"typ":`) and PEM armour, as they look once base64-encoded again.
const TWICE_HIDDEN_WORDS = ['password', 'secret', 'token'];
const HIDDEN_WORDS = ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'PASSWORD', 'SECRET', 'TOKEN', 'API_KEY', 'Password', 'Secret', 'Token', 'eyJhbGci', 'eyJ0eXAi', '-----BEGIN'];

function findNamedBase64(window: string): EncodedValue[] {
  const out: EncodedValue[] = [];
  BASE64_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BASE64_RUN.exec(window)) !== null) {
    const value = m[0];
    if (value.length % 4 !== 0 && !value.endsWith('=') && value.length % 4 === 1) continue;
    const decoded = decodeBase64Text(value);
    if (decoded === undefined || decoded.trim().length < 4) continue;
    const start = m.index;
    const name = NAME_BEFORE.exec(window.slice(Math.max(0, start - 84), start))?.groups?.name;
    out.push({ start, end: start + value.length, text: decoded.includes('\n') || !name ? decoded : `${name}=${decoded}` });
  }
  return out;
}

/** Characters a URL can hold, percent escapes included. */
const URL_CHAR = /[A-Za-z0-9._~+!*'():@&=$,;/?#[\]%-]/;

/**
 * Runs of URL characters holding a percent escape, found by walking out from each `%XX` (a regex with a
 * variable-length prefix would retry that prefix at every position).
 */
function findPercentEncoded(window: string): EncodedValue[] {
  const out: EncodedValue[] = [];
  let from = 0;
  for (;;) {
    const pct = window.indexOf('%', from);
    if (pct < 0 || out.length >= 64) break;
    let start = pct;
    while (start > 0 && pct - start < 2048 && URL_CHAR.test(window[start - 1]!)) start--;
    let end = pct;
    while (end < window.length && end - pct < 4096 && URL_CHAR.test(window[end]!)) end++;
    from = end + 1;
    const raw = window.slice(start, end);
    if (!/%[0-9A-Fa-f]{2}/.test(raw)) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      continue;
    }
    if (decoded !== raw) out.push({ start, end, text: decoded });
  }
  return out;
}

/** The same words base64-encoded twice (a Secret whose value is itself base64), at every alignment. */
const TWICE_HIDDEN = TWICE_HIDDEN_WORDS.flatMap(base64Forms).flatMap(base64Forms);

export const decoders: readonly Decoder[] = [
  {
    id: 'kubernetes-secret',
    keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
    before: 16384,
    after: 16384,
    find: findKubernetesSecretValues,
  },
  {
    // Docker config JSON, values named *_b64 / *base64*, base64 that encodes a credential name.
    id: 'base64',
    keywords: ['.dockerconfigjson', 'base64', '_b64', 'b64_', ...new Set([...HIDDEN_WORDS.flatMap(base64Forms), ...TWICE_HIDDEN])],
    before: 128,
    after: 1024,
    find: findNamedBase64,
  },
  {
    // `://` and `@` percent-encoded: URLs with credentials inside query strings and settings.
    id: 'percent',
    keywords: ['%3a%2f%2f', '%40'],
    before: 1024,
    after: 1024,
    find: findPercentEncoded,
  },
];
