import { base62, crc32 } from './crc32.js';
import { bitcoinWif, extendedPrivateKey } from './validate/base58check.js';
import { embeddedJson, grafanaApiKey, sentryOrgToken } from './validate/base64-json.js';
import { basicAuthBase64 } from './validate/basic-auth.js';
import { bech32 } from './validate/bech32.js';
import { nkeySeed } from './validate/nkey.js';
import { pypiMacaroon } from './validate/pypi-macaroon.js';

/**
 * Offline structure checks: tokens whose provider builds a checksum or a structure into them.
 * A check answers true (the structure holds: a real token of that kind), false (a look-alike).
 */
export type Validator = (secret: string) => boolean;

/**
 * GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm tokens (`npm_`): 30 random base62
 * characters followed by the CRC32 of those 30 characters in 6 base62 digits.
 * https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
function prefixedCrc32(secret: string): boolean {
  const underscore = secret.indexOf('_');
  const body = secret.slice(underscore + 1);
  if (body.length !== 36) return false;
  const random = body.slice(0, 30);
  return base62(crc32(random), 6) === body.slice(30);
}

function decodeBase64UrlJson(part: string): unknown {
  try {
    const json = Buffer.from(part, 'base64url').toString('utf8');
    if (!json.startsWith('{')) return undefined;
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** A JWT's header and payload are base64url JSON objects, and the header names an algorithm. */
function jwt(secret: string): boolean {
  const [header, payload] = secret.split('.');
  if (header === undefined || payload === undefined) return false;
  const h = decodeBase64UrlJson(header) as Record<string, unknown> | undefined;
  const p = decodeBase64UrlJson(payload);
  return typeof h === 'object' && h !== null && typeof h.alg === 'string' && typeof p === 'object' && p !== null;
}

/**
 * A PEM private key body is base64 of a plausible length (the smallest real keys are ~100 bytes) that
 * decodes to a key structure: DER (a SEQUENCE, 0x30) for PKCS#1, PKCS#8 and SEC1 keys, the
 * `openssh-key-v1` magic for OpenSSH keys, a packet tag (high bit set) for OpenPGP. Legacy encrypted
 * PEM (with `Proc-Type`/`DEK-Info` headers) is ciphertext and only has to be base64. Bodies in string
 * literals (`"...\\n" +`) are unwrapped first; the OpenPGP armour checksum line (`=XXXX`) is dropped.
 */
function pemBody(secret: string): boolean {
  const lines = secret.replace(/\\r\\n|\\n|\\r/g, '\n').split(/\r?\n/);
  let encrypted = false;
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^[\s"'`+,]+|[\s"'`+,;)]+$/g, '');
    if (/^(Proc-Type|DEK-Info):/i.test(line)) encrypted = true;
    if (line === '' || /^-----/.test(line) || /^[A-Za-z-]+:/.test(line) || /^=[A-Za-z0-9+/]{4}$/.test(line)) continue;
    kept.push(line);
  }
  const body = kept.join('');
  if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  if (/(.)\1{15,}/.test(body) || /^[0-9a-fA-F]+$/.test(body)) return false;
  if (body.indexOf(body.slice(0, 32), 1) !== -1) return false; // a repeated chunk: filler, not a key
  if (encrypted) return true;
  const first = Buffer.from(body.slice(0, 4), 'base64')[0] ?? 0;
  return first === 0x30 || (first & 0x80) !== 0 || body.startsWith('b3BlbnNzaC1rZXktdjE') || body.startsWith('P2/56w');
}

/** A base64-encoded PEM private key (Kubernetes secrets, CI variables): decodes to a PEM key that passes `pem`. */
function pemBase64(secret: string): boolean {
  const text = Buffer.from(secret.replace(/\s|\\n/g, ''), 'base64').toString('utf8');
  const match = /-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----([\s\S]{64,16384}?)-----END/.exec(text);
  return match !== null && pemBody(match[1]!);
}

/**
 * Keys made by `leakguard keygen`: `<prefix>_<env>_<body><checksum>`, the last 6 characters being the
 * base62 CRC32 of the body (everything after the second underscore, minus those 6).
 */
function keygenCrc32(secret: string): boolean {
  const parts = secret.split('_');
  const tail = parts[parts.length - 1] ?? '';
  if (tail.length < 12) return false;
  return base62(crc32(tail.slice(0, -6)), 6) === tail.slice(-6);
}

export const validators: Readonly<Record<string, Validator>> = {
  'github-crc32': prefixedCrc32,
  'npm-crc32': prefixedCrc32,
  'prefix-crc32': keygenCrc32,
  jwt,
  pem: pemBody,
  'pem-base64': pemBase64,
  'pypi-macaroon': pypiMacaroon,
  'basic-auth-base64': basicAuthBase64,
  'embedded-json': embeddedJson,
  'sentry-org-token': sentryOrgToken,
  'grafana-api-key': grafanaApiKey,
  bech32,
  'nkey-crc16': nkeySeed,
  'bitcoin-wif': bitcoinWif,
  'extended-private-key': extendedPrivateKey,
};

export function isKnownValidator(name: string): boolean {
  return Object.hasOwn(validators, name);
}
