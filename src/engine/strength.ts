import { shannonEntropy } from './entropy.js';
import { nameWords, secretNameKind } from './secret-name.js';
import { isTypedPasswordForHost } from './url-host.js';

/**
 * Value checks for generic rules: a rule that matches "a secret-like name assigned a value" knows
 * nothing about the value's format, so it names one of these checks (`strength = "random"` in the rule)
 * to decide whether the value is a secret or just code, a word, a path or a placeholder.
 * A check receives the value and the full name it was assigned to (`DB_PASSWORD`, `stripeApiKey`).
 */
export type StrengthCheck = (value: string, name: string) => boolean;

/**
 * Expected Shannon entropy of a uniformly random string, at its 1st percentile (so 99% of truly random
 * values pass), by alphabet size and length. Measured by simulation (3000 strings per cell); an
 * alphabet of k symbols can never show more than log2(min(n, k)) bits per character, which is why the
 * threshold must grow with the length: a 12-character hex string cannot reach 4 bits, a 40-character
 * base64 one almost always does.
 */
const LENGTHS = [8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128];
const P1: Record<Alphabet, number[]> = {
  hex: [1.91, 2.16, 2.4, 2.66, 2.88, 3.04, 3.27, 3.4, 3.51, 3.64, 3.76, 3.83],
  base36: [2.16, 2.52, 2.79, 3.13, 3.38, 3.61, 3.9, 4.11, 4.27, 4.48, 4.69, 4.81],
  base62: [2.41, 2.72, 3.02, 3.33, 3.65, 3.86, 4.23, 4.47, 4.65, 4.91, 5.22, 5.4],
  base64: [2.41, 2.72, 3.02, 3.41, 3.65, 3.89, 4.23, 4.48, 4.65, 4.93, 5.24, 5.41],
};

/** The alphabet a value was most likely drawn from: hex, lowercase+digits, base62, or base64/printable. */
export type Alphabet = 'hex' | 'base36' | 'base62' | 'base64';

export function alphabetOf(value: string): Alphabet {
  let lower = false;
  let upper = false;
  let other = false;
  let hexOnly = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else other = true;
  }
  if (other) return 'base64';
  if (hexOnly && !(lower && upper)) return 'hex';
  if (lower && upper) return 'base62';
  return 'base36';
}

/** Minimum length for a value to be judged random at all: below it, words and ids collide with keys. */
const MIN_LENGTH: Record<Alphabet, number> = { hex: 16, base36: 12, base62: 12, base64: 12 };

/** The entropy a random value of this alphabet and length reaches 99 times in 100. */
export function entropyThreshold(alphabet: Alphabet, length: number): number {
  const row = P1[alphabet];
  if (length <= LENGTHS[0]!) return row[0]!;
  for (let i = 1; i < LENGTHS.length; i++) {
    const hi = LENGTHS[i]!;
    if (length <= hi) {
      const lo = LENGTHS[i - 1]!;
      return row[i - 1]! + ((row[i]! - row[i - 1]!) * (length - lo)) / (hi - lo);
    }
  }
  return row[row.length - 1]!;
}

/** The words of a name, case kept: split at case changes (`defaultAuthToken`, `HTTPServer`) and at `_ . -`. */
function caseWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[ _.-]+/)
    .filter(Boolean);
}

/**
 * Words joined by case changes or separators (`defaultAuthToken`, `MY_API_KEY`, `path_to_creds_file`):
 * every word at least 2 letters and 3.5 on average. Random letters break into 1-letter pieces at
 * their case changes.
 */
export function isIdentifierLike(value: string): boolean {
  // Digits inside a value make it a token, not an identifier (`AKIAZ4QX3RT7` splits into capitalised
  // runs); `Ec2SubnetIds`-style names are the price.
  if (/[^A-Za-z_.-]/.test(value)) return false;
  const words = caseWords(value);
  // One word alone is judged by the callers (entropy, letter pairs): `OJQENQBAZGIZLEVG` is a TOTP seed.
  if (words.length < 2) return false;
  if (!words.every((w) => isWordLike(w) && (w.length >= 2 || /^[A-Z]$/.test(w)))) return false;
  return words.reduce((n, w) => n + w.length, 0) / words.length >= 3;
}

/**
 * One word of a name: lowercase, Capitalised or ALL CAPS (a counter may follow), and from 5 letters on
 * with a vowel and no run of letters a word never holds. Random letters give mixed-case fragments
 * (`PBzk`, `qKx`) or unpronounceable runs that fail one or the other.
 */
function isWordLike(w: string): boolean {
  return /^(?:[A-Z]+[0-9]*|[A-Z]?[a-z]+[0-9]*)$/.test(w) && (w.length < 5 || /[aeiouyAEIOUY]/.test(w)) && (/^[A-Z]+[0-9]*$/.test(w) || w.length < 5 || !isNonWord(w.replace(/[0-9]+$/, ''), 5));
}

/**
 * Words joined by hyphens, underscores or dots, with short numbers and versions among them: a feature
 * flag, a key's name or a ticket slug (`pm-27581-device-auth-key`, `device-auth-key-v2`), not a generated
 * key. Random tokens with separators mix letters and digits inside their pieces (`k3j9x-q2vz8`).
 */
function isSlug(value: string): boolean {
  if (!/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$/.test(value)) return false;
  let words = 0;
  for (const part of value.split(/[-_.]/)) {
    if (/^[0-9]{1,6}$|^v[0-9]{1,3}$/i.test(part)) continue;
    if (part.length < 2 || !/^[A-Za-z]+$/.test(part) || !isWordLike(part)) return false;
    words++;
  }
  return words >= 2;
}

/**
 * Names with numbers inside (`PublicIpv4Pools`, `SensitiveString2048`, `XmlStringMaxLen256`, `string1To255`):
 * mostly lowercase words around at most two short numbers. Random base62 of this length has digits
 * scattered through it and breaks into one-letter pieces at its case changes; uppercase codes
 * (`AKIAZ4QX3RT7`) are kept out by asking for lowercase letters to be the majority.
 */
function isNumberedIdentifier(raw: string): boolean {
  // A leading or trailing `_` marks a private or internal name (`_aj_ruby2_keywords`), not a token.
  const value = raw.replace(/^_+|_+$/g, '');
  // Lowercase and digits alone is base36, a token alphabet: names show their words by case or `_`.
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(value) || !/[0-9]/.test(value) || !/[A-Z_]/.test(value)) return false;
  const numbers = value.match(/[0-9]+/g)!;
  if (numbers.length > 2 || numbers.some((n) => n.length > 4)) return false;
  const lower = (value.match(/[a-z]/g) ?? []).length;
  const upper = (value.match(/[A-Z]/g) ?? []).length;
  if (lower <= upper) return false;
  const words = caseWords(value.replace(/[0-9]+/g, '_'));
  const acronyms = words.filter((w) => /^[A-Z]+$/.test(w));
  if (acronyms.length > 1 || acronyms.some((w) => w.length > 3)) return false;
  const spelled = words.filter((w) => !/^[A-Z]+$/.test(w));
  if (!spelled.every((w) => /^[A-Z]?[a-z]+$/.test(w) && w.length >= 2)) return false;
  if (spelled.filter((w) => w.length < 3).length > 1) return false;
  // Words of four letters or more read as words: a vowel, and no letter pair or consonant run English avoids.
  const readable = (w: string) => w.length < 4 || (/[aeiouy]/i.test(w) && !isNonWord(w, 5));
  return spelled.every(readable) && spelled.some((w) => w.length >= 5);
}

/** Code, paths and URLs that end up on the right of `token =` without being a token. */
function isCodeOrPath(value: string): boolean {
  // Maven's encrypted passwords (`{base64}`) are reversible with the master password kept beside
  // them in ~/.m2/settings-security.xml: a credential, not code.
  // https://maven.apache.org/guides/mini/guide-encryption.html
  if (/^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(value)) return false;
  if (/^[$@&*%!?\\)\]}{[]|^#[!{/]/.test(value)) return true; // variables, pointers, escapes, brackets, shebangs, `#/components/...` references
  if (/\\[ux][0-9a-fA-F]{2}|\\[$(]/.test(value)) return true; // escaped text: \u00f1, \$VAR, \(interp)
  if (/\$[({]/.test(value)) return true; // shell substitution: `:$(encode_url "$PW")`, `x${suffix}`
  if (/^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+$/.test(value)) return true; // self.token, config.api.key, options$1.auth, m.groups?.secret
  if (/[\w\])]\.[A-Za-z_]\w*\(|^[A-Za-z_]\w*\(.*\)$/.test(value)) return true; // calls: a.b(, getToken(x)
  if (/:\/\//.test(value)) return true; // URLs: credentials in them have their own rule
  if (value.startsWith('-----')) return true; // PEM armour: the private-key rules judge those
  if (/^[A-Za-z]+(?:\|[A-Za-z]+)+$/.test(value)) return true; // enumerations: true|false
  if (/^(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?[a-zA-Z]{0,2})$/.test(value)) return true; // numeric literals: 0x0B96, 30s, 1.5
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/.test(value) && (value.match(/[A-Z]/g) ?? []).length * 2 > value.length) return true; // SOME_ENV_VAR_NAME_01
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return true; // paths
  if (/^[\w.:-]+(?:\/[\w.:-]+)+$/.test(value) && value.split(/[/:]/).every((part) => isIdentifierLike(part) || /^[a-z0-9_.-]{0,24}$/.test(part))) return true; // a/b/c, kv/app:db, aws:ResourceTag/env
  if (/\.(?:json|ya?ml|pem|key|crt|cer|txt|env|js|ts|py|rb|go|html?|png|jpe?g|gif|svg|xml|toml|ini|cfg|conf|log|sh|tmpl|tpl|j2|zip|tar|gz|tgz|ova|iso|jar|war|pdf|csv|docx?|xlsx?)$/i.test(value)) return true;
  if (/^arn:/.test(value)) return true; // AWS resource names
  if (/^[\w.-]+(?::[\w.-]+){2,}$/.test(value) && value.split(':').every((part) => isIdentifierLike(part) || /^[A-Za-z0-9_.-]{1,16}$/.test(part))) return true; // urn:ietf:params, lib:OKP:HKDF
  return false;
}

/**
 * `strength = "random"`: the value looks machine-generated. Its Shannon entropy must reach what a
 * random string of its alphabet and length reaches 99% of the time (see entropyThreshold), it must be
 * long enough for its alphabet, and it must not be code, a path, a URL or a run of words.
 * Lowercase-only values must contain a digit: random base36 of this length almost always does, words never.
 */
export function looksRandom(value: string, depth = 0): boolean {
  // Generated secrets are printable ASCII. A few spaces occur in long generated keys (WordPress salts
  // draw from all printable characters); prose has one every few characters.
  if (!/^[\x20-\x7e]+$/.test(value)) return false;
  // An authorization scheme before the token (`Bearer eyJ...`) says what follows; judge the token.
  const scheme = /^(?:Bearer|Basic|Token|Bot|Digest)[ ]+(?=[^ ])/i.exec(value);
  if (scheme && depth === 0) return looksRandom(value.slice(scheme[0].length).trimEnd(), depth);
  // Keys drawn from every printable character (WordPress salts, Django keys) start with anything.
  const randomPrintable = value.length >= 32 && new Set(value.replace(/[A-Za-z0-9]/g, '')).size >= 6;
  // Only such keys hold a space (at the ends it was pasted with the value): `Mozilla/5.0 (github.com/psf/requests)` is words.
  const spaces = value.trim().split(' ').length - 1;
  if (spaces > 0 && (!randomPrintable || spaces * 16 > value.length)) return false;
  const alphabet = alphabetOf(value);
  if (value.length < MIN_LENGTH[alphabet] || value.length > 1024) return false;
  // An identifier with a counter (`previousToken2`) is still an identifier.
  if ((!randomPrintable && isCodeOrPath(value)) || isIdentifierLike(value.replace(/[!?.,;:]+$|[0-9]{1,3}$/, '')) || isNumberedIdentifier(value) || isSlug(value)) return false;
  // One word and a counter (`restricted123`): a person's stand-in, not a generated string.
  const counted = /^([a-z]{4,}|[A-Z][a-z]{3,}|[A-Z]{4,})[0-9]{1,4}$/.exec(value);
  if (counted && !isNonWord(counted[1]!)) return false;
  // Short values need a digit: 12 random base62 characters have one 88 times in 100, words never.
  if ((alphabet === 'base36' || value.length < 20) && !/[0-9]/.test(value)) return false;
  if (/^[0-9]+$/.test(value)) return false; // numbers: ids, timestamps, ports
  if (shannonEntropy(value) >= entropyThreshold(alphabet, value.length)) return true;
  // Base64 of text (a hex key, user:password) has less entropy than random base64: judge the text.
  const decoded = depth === 0 && alphabet !== 'hex' ? decodeBase64Text(value) : undefined;
  return decoded !== undefined && decoded.length >= 12 && looksRandom(decoded, 1);
}

/**
 * Words and type names that sit where a password would (`password: String?`, `secret: Optional`), also
 * closing a parameter list or Ruby block parameters (`|conn, exclude_password: false|`).
 */
const NON_PASSWORDS = /^(?:true|false|null|nil|none|undefined|empty|required|optional|string|str|int|integer|long|bool|boolean|number|any|object|char|byte|bytes|float|double|text|varchar|secret|password|passwd|pass|pwd|hidden|masked|sensitive|prompt|input|env|default|unset|n\/?a|tbd|todo|fixme)(?:\[\])?[?!|)]?$/i;

/**
 * `strength = "password"`: a literal a person could have chosen as a password. People pick low-entropy
 * passwords (`hunter2!`), so entropy cannot decide; instead the value must be 6 to 128 characters, not
 * a number, identifier, code expression, path or URL, and either mix letters with digits or symbols or,
 * when it is letters only, not be a word (see hasNonWordBigram). Random-looking values always pass.
 * Placeholders and templates are the filters' job.
 */
export function looksLikePassword(value: string): boolean {
  if (looksRandom(value)) return true;
  if (value.length < 6 || value.length > 128) return false;
  // Non-ASCII letters are prose (translated UI strings); people almost never put them in passwords.
  // Non-ASCII symbols (§, €) are fine.
  if (/\s/.test(value) || /[^\x00-\x7f]/.test(value.replace(/[^\p{L}]/gu, ''))) return false;
  if (NON_PASSWORDS.test(value) || isCodeOrPath(value) || isIdentifierLike(value)) return false;
  if (/^[0-9._-]+$/.test(value)) return false; // numbers, versions, dates
  // Words with a closing mark and no digit: `NotActuallyApplied!`, `USER_PASSWORD,`.
  if (!/[0-9]/.test(value) && isIdentifierLike(value.replace(/[!?.,;:]+$/, ''))) return false;
  if (!/[A-Za-z]/.test(value)) return /[^0-9]/.test(value) && value.length >= 8;
  // A word closing a sentence, in a comment or message: `the same password: fails.`
  if (/^[a-z]{2,}[.,;:]$/.test(value) && !isNonWord(value.slice(0, -1))) return false;
  if (/[^A-Za-z]/.test(value)) return true;
  // Letters only: a word is a stand-in, a string of letters no English word contains is not. A
  // Capitalised word (`Wachtwoord`, a UI translation) is written as a word whatever its letters.
  if (/^[A-Z][a-z]+$/.test(value)) return false;
  return isNonWord(value);
}

/**
 * Letters that cannot be an English word: a pair no word contains, or a run of consonants (four by
 * default; `abstract` and `instrument` have four, so identifier words are checked with five).
 */
const CONSONANT_RUN: Record<number, RegExp> = { 4: /[bcdfghjklmnpqrstvwxz]{4}/i, 5: /[bcdfghjklmnpqrstvwxz]{5}/i };
/** Letter pairs written for one sound: at the identifier level `passphrase` (s-s-ph-r) and `strengths` are words. */
const DIGRAPHS = /ph|th|ch|sh|ck/gi;

export function isNonWord(letters: string, consonantRun: 4 | 5 = 4): boolean {
  if (hasNonWordBigram(letters)) return true;
  return CONSONANT_RUN[consonantRun]!.test(consonantRun === 5 ? letters.replace(DIGRAPHS, 'h') : letters);
}

/**
 * Letter pairs that English words (almost) never contain. A letters-only value holding one is not a
 * word: a random 8-letter string holds one about two times in three, a dictionary word almost never.
 */
const NON_WORD_BIGRAMS = new Set(
  ('bx cj cv cx dx fq fx fz gq gx gz hx hz jb jc jd jf jg jh jj jk jl jm jn jp jq jr js jt jv jw jx jz ' +
    'kq kx kz mx mz pq px pz qb qc qd qe qf qg qh qj qk ql qm qn qo qp qq qr qs qt qv qw qx qy qz ' +
    'sx tq vb vc vd vf vg vh vj vk vm vn vp vq vt vw vx vz wq wv wx wz xd xg xj xk xr xz yq yv yy zf zj zq zr zx')
    .split(' '),
);

export function hasNonWordBigram(value: string): boolean {
  const lower = value.toLowerCase();
  for (let i = 1; i < lower.length; i++) if (NON_WORD_BIGRAMS.has(lower.slice(i - 1, i + 1))) return true;
  return false;
}

/**
 * `strength = "basic-auth"`: base64 of `user:password` (HTTP Basic credentials, Docker `auth` entries),
 * where the password part is itself a plausible password and not a placeholder word.
 */
export function isBasicCredential(value: string): boolean {
  const decoded = decodeBase64Text(value);
  if (decoded === undefined) return false;
  const colon = decoded.indexOf(':');
  if (colon < 1) return false;
  const password = decoded.slice(colon + 1);
  if (password.length < 3 || /^[<{$%[]/.test(password)) return false;
  return !NON_PASSWORDS.test(password) && !/^x+$|^\*+$/i.test(password);
}

/**
 * `strength = "login-literal"`: a string literal in the password position of a login or connect call
 * (`conn.login(user, 'literal')`). The call vouches that it is a password, so, unlike
 * looksLikePassword, a letters-only word is accepted; it must still be 6 to 128 characters without
 * spaces and not a type, keyword, code expression, path, identifier or number. Dictionary placeholders
 * (`password`, `example`, short words) are the filters' job, as everywhere in code.
 */
export function looksLikeLoginPassword(value: string): boolean {
  if (looksLikePassword(value)) return true;
  if (value.length < 6 || value.length > 128 || /\s/.test(value)) return false;
  return !NON_PASSWORDS.test(value) && !isCodeOrPath(value) && !isIdentifierLike(value) && !/^[0-9._-]+$/.test(value);
}

/**
 * `strength = "stored"`: the value a credential store keeps in its password field (`.pgpass`,
 * FileZilla's `<Pass>`, an editor's sftp-config.json). The format says it is a password, so its
 * strength does not matter: a weak real password is worse, not better. Only values that are no
 * password at all are refused: empty or blank, literals of the file's syntax (`true`, `null`), a mask
 * (`***`, `xxxx`). Template syntax and fill-in instructions are the filters' job (see credential-context.ts).
 */
export function isStoredPassword(value: string): boolean {
  if (value.length < 3 || value.length > 256 || value.trim() !== value) return false;
  return !/^(?:true|false|null|nil|none|undefined|\*+|x+)$/i.test(value);
}

/** Decode standard or URL-safe base64 to printable UTF-8 text, or undefined when it is not that. */
export function decodeBase64Text(value: string): string | undefined {
  if (value.length < 4 || value.length > 65536 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return undefined;
  const text = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64').toString('utf8');
  if (text.length === 0 || text.includes('\uFFFD')) return undefined;
  // Printable: tabs, newlines and characters from the space up; no other control characters.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
    if (c === 127) return undefined;
  }
  return text;
}

/**
 * The checks a rule can name. When the rule captures the name (a `(?<name>...)` group), the name must
 * denote the same kind of credential: a generated token or key for `random`, a password or secret for
 * `password` (see secret-name.ts).
 */
/**
 * `passphrase=passphrase`, `IRC_PASS=irc_pass`: the value repeats its own name, a stand-in. So does a
 * value that is one word of it, `POSTGRES_PASSWORD=postgres` or `MYSQL_ROOT_PASSWORD=root`, alone or
 * with a short counter: a service's well-known default, set for a throwaway CI or development
 * container, not a password anyone chose.
 */
function repeatsName(value: string, name: string): boolean {
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v.length > 0 && n.endsWith(v)) return true;
  // With a counter too: `MINIO_ROOT_PASSWORD=minio123`, the sample every script of a project copies.
  const word = v.replace(/[0-9]{1,3}$/, '');
  if (word.length >= 3 && v === value.toLowerCase() && nameWords(name).includes(word)) return true;
  // Spelled with look-alike digits and symbols: `client_secret: Cl1ent$ecret!`, `api_token=@p1T0k3n`.
  const u = readLeet(value);
  return u.length >= 6 && readLeet(name).endsWith(u);
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', l: 'i' };

/** Letters a leetspeak spelling stands for, ignoring trailing punctuation; `l` and `1` both read as `i`. */
export function readLeet(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+$/, '')
    .replace(/[013457@$!l]/g, (c) => LEET[c]!)
    .replace(/[^a-z]/g, '');
}

export const strengthChecks: Readonly<Record<string, StrengthCheck>> = {
  // A bare `key` (a map entry's key as often as a credential) needs a long value with a digit.
  random: (value, name) =>
    (name === '' || secretNameKind(name) === 'secret') && looksRandom(value) && (!/^["']?key$/i.test(name) || (value.length >= 20 && /[0-9]/.test(value))),
  password: (value, name) => (name === '' || secretNameKind(name) === 'password') && !repeatsName(value, name) && looksLikePassword(value),
  'basic-auth': (value) => isBasicCredential(value),
  stored: (value) => isStoredPassword(value),
  'login-literal': (value) => looksLikeLoginPassword(value),
  // The rule captures the URL's host as its name: toward a real host a typed word is the password.
  'url-password': (value, host) => (isTypedPasswordForHost(value, host) && isStoredPassword(value)) || looksLikePassword(value),
  // The name decides: a password-named value must look like a password, a token- or key-named one random.
  'by-name': (value, name) => {
    const kind = secretNameKind(name);
    return kind === 'password' ? looksLikePassword(value) : kind === 'secret' ? looksRandom(value) : false;
  },
};

export function isKnownStrength(name: string): boolean {
  return Object.hasOwn(strengthChecks, name);
}
