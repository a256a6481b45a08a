import { createHash, createHmac } from 'node:crypto';

/**
 * Whether a keystore opens with a password everyone knows. A store sealed with a password of its own is
 * encrypted data, like an `ENCRYPTED PRIVATE KEY` PEM block (which the private-key rule does not report
 * either); one that opens with a published default is as good as unprotected:
 * - `changeit`: the JDK's keytool and cacerts default; `notasecret`: Google's service-account .p12 keys;
 * - empty, and the words people type when asked for one.
 * The checks are the formats' own integrity checks, offline: the PKCS#12 MAC (RFC 7292 §5 and Appendix
 * B.2) and the JKS/JCEKS keyed SHA-1 digest (OpenJDK `JavaKeyStore#getPreKeyedHash`).
 */
export const DEFAULT_KEYSTORE_PASSWORDS = ['', 'changeit', 'notasecret', 'password', 'changeme', 'secret', '123456', 'keystore'];
/** Above this many KDF iterations the PKCS#12 check costs too much per file: the store is taken as sealed. */
const MAX_ITERATIONS = 200_000;

/** JKS and JCEKS end in SHA-1(UTF-16BE password || "Mighty Aphrodite" || everything before the digest). */
export function javaStoreDefaultPassword(bytes: Uint8Array): string | undefined {
  if (bytes.length < 20 + 12) return undefined;
  const body = bytes.subarray(0, bytes.length - 20);
  const digest = Buffer.from(bytes.subarray(bytes.length - 20));
  for (const password of DEFAULT_KEYSTORE_PASSWORDS) {
    const hash = createHash('sha1').update(utf16be(password)).update('Mighty Aphrodite', 'utf8').update(body).digest();
    if (hash.equals(digest)) return password;
  }
  return undefined;
}

/** A PKCS#12 MAC as found in the PFX: what it covers, the digest, salt and iterations. */
export interface Pkcs12Mac {
  hash: 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
  content: Uint8Array;
  digest: Uint8Array;
  salt: Uint8Array;
  iterations: number;
}

/** RFC 7292 B.2: the MAC key, derived from the password as a NUL-terminated BMPString (ID = 3). */
function macKey(mac: Pkcs12Mac, password: Buffer): Buffer {
  const u = createHash(mac.hash).digest().length;
  const v = mac.hash === 'sha384' || mac.hash === 'sha512' ? 128 : 64;
  const fill = (data: Uint8Array) => {
    if (data.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(data.length / v));
    for (let i = 0; i < out.length; i++) out[i] = data[i % data.length]!;
    return out;
  };
  let a = Buffer.concat([Buffer.alloc(v, 3), fill(mac.salt), fill(password)]);
  for (let i = 0; i < mac.iterations; i++) a = createHash(mac.hash).update(a).digest();
  return a.subarray(0, u);
}

export function pkcs12DefaultPassword(mac: Pkcs12Mac): string | undefined {
  if (mac.iterations < 1 || mac.iterations > MAX_ITERATIONS) return undefined;
  const expected = Buffer.from(mac.digest);
  for (const password of DEFAULT_KEYSTORE_PASSWORDS) {
    // An empty password is encoded as the terminator alone by most tools, as nothing at all by some.
    const encodings = password === '' ? [Buffer.alloc(2), Buffer.alloc(0)] : [Buffer.concat([utf16be(password), Buffer.alloc(2)])];
    for (const encoded of encodings) {
      const hmac = createHmac(mac.hash, macKey(mac, encoded)).update(mac.content).digest();
      if (hmac.equals(expected)) return password;
    }
  }
  return undefined;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
