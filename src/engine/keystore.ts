/**
 * Binary keystores: PKCS#12 (`.p12`, `.pfx`), Java KeyStore (JKS) and JCEKS files hold private or secret
 * keys, protected only by a store password that is often the default (`changeit`) or kept beside them.
 * Sources skip binary content; for a binary file or blob they ask `binaryKeystoreText` for the text the
 * scanner should read instead, and the `keystore-file` rule reports it. A store is reported when it opens
 * with a published default password (keystore-password.ts): one sealed with a password of its own is
 * encrypted data, as an ENCRYPTED PRIVATE KEY block is. The checks are offline and structural, so that an
 * image or a jar that happens to start with the right bytes is not reported:
 *
 * - PKCS#12 (RFC 7292 §4): `PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }`,
 *   DER, its length the whole file, authSafe a PKCS#7 `data` or `signedData` ContentInfo (OID 1.2.840.113549.1.7.1/2).
 * - JKS: magic 0xFEEDFEED, version 1 or 2, then entries tagged 1 (private key) or 2 (trusted certificate).
 *   A truststore (only tag 2 entries, such as Java's cacerts) holds public certificates and is not reported.
 * - JCEKS: magic 0xCECECECE, version 2, entries tagged 1 (private key), 2 (trusted certificate), 3 (secret key).
 *
 * Format of JKS/JCEKS: OpenJDK `sun.security.provider.JavaKeyStore#engineLoad` and `com.sun.crypto.provider.JceKeyStore#engineLoad`.
 */
import { javaStoreDefaultPassword, pkcs12DefaultPassword, type Pkcs12Mac } from './keystore-password.js';

export type KeystoreKind = 'pkcs12' | 'jks' | 'jceks';

/** A keystore that passed the structure check, and the published default password that opens it, if one does. */
export interface Keystore {
  kind: KeystoreKind;
  /** Undefined when no default password opens it (sealed with a password of its own, or no MAC to check). */
  defaultPassword: string | undefined;
}

/** What follows the content in the text handed to the scanner for a keystore: `<base64> binary-keystore:<kind>`. */
export const KEYSTORE_MARKER = 'binary-keystore:';
/** Keystores are a few KB; the reported value is the base64 of at most this many bytes (it names the file, not a key). */
const MAX_REPORTED_BYTES = 12 * 1024;
/** Larger binary content is not read as a keystore: stores with keys are small, and big blobs cost memory. */
export const MAX_KEYSTORE_BYTES = 1024 * 1024;

const PKCS7_DATA_OID = Buffer.from('06092a864886f70d010701', 'hex');
const PKCS7_SIGNED_DATA_OID = Buffer.from('06092a864886f70d010702', 'hex');
const HASH_OIDS: Record<string, Pkcs12Mac['hash']> = {
  '2b0e03021a': 'sha1',
  '608648016503040201': 'sha256',
  '608648016503040202': 'sha384',
  '608648016503040203': 'sha512',
  '608648016503040204': 'sha224',
};

/** One DER element: its tag, where its content starts and ends. */
interface Element {
  tag: number;
  start: number;
  end: number;
}

/** The DER element at `at`, within `limit`; undefined for indefinite or overlong lengths (not DER). */
function element(bytes: Uint8Array, at: number, limit = bytes.length): Element | undefined {
  const tag = bytes[at];
  const first = bytes[at + 1];
  if (tag === undefined || first === undefined) return undefined;
  let header = 2;
  let length = first;
  if (first >= 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4 || at + 2 + n > limit) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[at + 2 + i]!;
    header = 2 + n;
  }
  const end = at + header + length;
  return end > limit ? undefined : { tag, start: at + header, end };
}

function sameBytes(bytes: Uint8Array, at: number, expected: Uint8Array | readonly number[]): boolean {
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/**
 * A PFX (RFC 7292 §4): `SEQUENCE { version INTEGER 3, authSafe ContentInfo, macData MacData OPTIONAL }`, DER,
 * spanning the whole file. Returns its MAC when it has one (password integrity mode), `signed` for
 * public-key integrity mode, `no-mac` without either, undefined when the bytes are not a PFX.
 */
function parsePkcs12(bytes: Uint8Array): Pkcs12Mac | 'signed' | 'no-mac' | undefined {
  const pfx = element(bytes, 0);
  if (!pfx || pfx.tag !== 0x30 || pfx.end !== bytes.length) return undefined;
  if (!sameBytes(bytes, pfx.start, [0x02, 0x01, 0x03])) return undefined;
  const info = element(bytes, pfx.start + 3, pfx.end);
  if (!info || info.tag !== 0x30) return undefined;
  if (sameBytes(bytes, info.start, PKCS7_SIGNED_DATA_OID)) return 'signed';
  if (!sameBytes(bytes, info.start, PKCS7_DATA_OID)) return undefined;
  // content [0] EXPLICIT OCTET STRING: the AuthenticatedSafe the MAC covers.
  const explicit = element(bytes, info.start + PKCS7_DATA_OID.length, info.end);
  const octets = explicit?.tag === 0xa0 ? element(bytes, explicit.start, explicit.end) : undefined;
  if (!octets || octets.tag !== 0x04) return undefined;
  if (info.end === pfx.end) return 'no-mac';
  // MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }
  const macData = element(bytes, info.end, pfx.end);
  const digestInfo = macData?.tag === 0x30 ? element(bytes, macData.start, macData.end) : undefined;
  const algorithm = digestInfo?.tag === 0x30 ? element(bytes, digestInfo.start, digestInfo.end) : undefined;
  const oid = algorithm?.tag === 0x30 ? element(bytes, algorithm.start, algorithm.end) : undefined;
  if (!macData || !digestInfo || !algorithm || !oid || oid.tag !== 0x06) return undefined;
  const hash = HASH_OIDS[Buffer.from(bytes.subarray(oid.start, oid.end)).toString('hex')];
  const digest = element(bytes, algorithm.end, digestInfo.end);
  const salt = element(bytes, digestInfo.end, macData.end);
  if (!hash || digest?.tag !== 0x04 || salt?.tag !== 0x04) return undefined;
  let iterations = 1;
  const count = salt.end < macData.end ? element(bytes, salt.end, macData.end) : undefined;
  if (count) {
    if (count.tag !== 0x02 || count.end - count.start > 4) return undefined;
    iterations = 0;
    for (let i = count.start; i < count.end; i++) iterations = iterations * 256 + bytes[i]!;
  }
  return {
    hash,
    content: bytes.subarray(octets.start, octets.end),
    digest: bytes.subarray(digest.start, digest.end),
    salt: bytes.subarray(salt.start, salt.end),
    iterations,
  };
}

function u32(bytes: Uint8Array, at: number): number | undefined {
  if (at + 4 > bytes.length) return undefined;
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

function u16(bytes: Uint8Array, at: number): number | undefined {
  if (at + 2 > bytes.length) return undefined;
  return (bytes[at]! << 8) + bytes[at + 1]!;
}

/**
 * Walk a JKS or JCEKS store's entries and say whether it holds a key (tag 1, or 3 in JCEKS). Stops at the
 * first key entry; a malformed store (a length past the end) holds none.
 */
function holdsKey(bytes: Uint8Array, jceks: boolean): boolean {
  const version = u32(bytes, 4);
  if (version !== 2 && !(version === 1 && !jceks)) return false;
  const count = u32(bytes, 8);
  if (count === undefined || count === 0 || count > 100000) return false;
  let at = 12;
  const skipUtf = () => {
    const n = u16(bytes, at);
    if (n === undefined || at + 2 + n > bytes.length) return false;
    at += 2 + n;
    return true;
  };
  const skipBlock = () => {
    const n = u32(bytes, at);
    if (n === undefined || at + 4 + n > bytes.length) return false;
    at += 4 + n;
    return true;
  };
  const skipCertificate = () => (version === 2 ? skipUtf() : true) && skipBlock();
  for (let e = 0; e < count; e++) {
    const tag = u32(bytes, at);
    at += 4;
    if (tag === undefined || !skipUtf() || at + 8 > bytes.length) return false; // alias, then the date
    at += 8;
    if (tag === 1) return skipBlock(); // a protected private key: enough to say this is a keystore with a key
    if (tag === 3 && jceks) return true; // a sealed secret key
    if (tag !== 2 || !skipCertificate()) return false;
  }
  return false;
}

/** The keystore these bytes hold, by structure alone (see the module comment), or undefined. */
export function readKeystore(bytes: Uint8Array): Keystore | undefined {
  if (bytes.length < 16 || bytes.length > MAX_KEYSTORE_BYTES) return undefined;
  const magic = u32(bytes, 0);
  if (magic === 0xfeedfeed || magic === 0xcececece) {
    const jceks = magic === 0xcececece;
    return holdsKey(bytes, jceks) ? { kind: jceks ? 'jceks' : 'jks', defaultPassword: javaStoreDefaultPassword(bytes) } : undefined;
  }
  const pfx = parsePkcs12(bytes);
  if (pfx === undefined) return undefined;
  // Without a password MAC (no integrity, or a signature instead) nothing says whether the contents are sealed.
  return { kind: 'pkcs12', defaultPassword: typeof pfx === 'string' ? undefined : pkcs12DefaultPassword(pfx) };
}

export function keystoreKind(bytes: Uint8Array): KeystoreKind | undefined {
  return readKeystore(bytes)?.kind;
}

/**
 * The text the scanner reads in place of binary content: `<base64> binary-keystore:<kind>` for a keystore
 * that passes the structure check, else undefined (the content stays skipped as binary). The content comes
 * first so that the finding sits at line 1, column 1 of the file.
 */
export function binaryKeystoreText(bytes: Uint8Array): string | undefined {
  const store = readKeystore(bytes);
  // Sealed with a password of its own: encrypted data, not reported (see keystore-password.ts).
  if (store === undefined || store.defaultPassword === undefined) return undefined;
  const kind = store.kind;
  const shown = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_REPORTED_BYTES)).toString('base64');
  return `${shown} ${KEYSTORE_MARKER}${kind}`;
}
