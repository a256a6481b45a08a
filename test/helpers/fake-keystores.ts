/**
 * Keystore bytes built to the published formats, for tests that must not depend on openssl or keytool:
 * a PKCS#12 PFX (RFC 7292 §4), a Java KeyStore with a private-key entry, a JKS truststore (certificates
 * only) and a JCEKS store with a secret-key entry. Key material is random filler: only the structure counts.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

const PKCS7_DATA = Buffer.from('06092a864886f70d010701', 'hex');

const SHA1 = Buffer.from('06052b0e03021a', 'hex');

/**
 * PFX ::= SEQUENCE { version 3, authSafe ContentInfo (data), macData } with random contents and an
 * HMAC-SHA1 MAC keyed from `password` as RFC 7292 Appendix B.2 says (2048 iterations, like openssl).
 */
export function fakePkcs12(password = 'changeit'): Buffer {
  const content = randomBytes(600);
  const authSafe = der(0x30, Buffer.concat([PKCS7_DATA, der(0xa0, der(0x04, content))]));
  const salt = randomBytes(8);
  const iterations = 2048;
  const bmp = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
  const fill = (data: Buffer) => Buffer.concat(Array.from({ length: Math.ceil(data.length / 64) * 64 }, (_, i) => data.subarray(i % data.length, (i % data.length) + 1)));
  let a = Buffer.concat([Buffer.alloc(64, 3), fill(salt), fill(bmp)]);
  for (let i = 0; i < iterations; i++) a = createHash('sha1').update(a).digest();
  const mac = createHmac('sha1', a).update(content).digest();
  const digestInfo = der(0x30, Buffer.concat([der(0x30, Buffer.concat([SHA1, Buffer.from([0x05, 0x00])])), der(0x04, mac)]));
  const macData = der(0x30, Buffer.concat([digestInfo, der(0x04, salt), der(0x02, Buffer.from([0x08, 0x00]))]));
  return der(0x30, Buffer.concat([Buffer.from([0x02, 0x01, 0x03]), authSafe, macData]));
}

/** An X.509-looking DER blob: SEQUENCE { SEQUENCE { ... } }, not a PFX (no version 3 first). */
export function fakeCertificateDer(): Buffer {
  return der(0x30, Buffer.concat([der(0x30, Buffer.concat([Buffer.from([0x02, 0x01, 0x05]), randomBytes(300)])), randomBytes(64)]));
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function utf(s: string): Buffer {
  const body = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.from([body.length >> 8, body.length & 0xff]), body]);
}

const DATE = Buffer.from('0000018f1a2b3c4d', 'hex');

function certificate(): Buffer {
  return Buffer.concat([utf('X.509'), u32(300), fakeCertificateDer().subarray(0, 300)]);
}

/** JKS and JCEKS end in SHA-1(UTF-16BE password || "Mighty Aphrodite" || the store). */
function sealed(store: Buffer, password: string): Buffer {
  const digest = createHash('sha1').update(Buffer.from(password, 'utf16le').swap16()).update('Mighty Aphrodite').update(store).digest();
  return Buffer.concat([store, digest]);
}

/** JKS (magic 0xFEEDFEED, version 2): a trusted certificate, then a private key with a one-certificate chain. */
export function fakeJks(password = 'changeit'): Buffer {
  const trusted = Buffer.concat([u32(2), utf('ca'), DATE, certificate()]);
  const key = randomBytes(700);
  const privateKey = Buffer.concat([u32(1), utf('server'), DATE, u32(key.length), key, u32(1), certificate()]);
  return sealed(Buffer.concat([u32(0xfeedfeed), u32(2), u32(2), trusted, privateKey]), password);
}

/** A JKS truststore: trusted certificates only (public material, like Java's cacerts). */
export function fakeTruststore(): Buffer {
  const entries = [0, 1, 2].map((i) => Buffer.concat([u32(2), utf(`ca-${i}`), DATE, certificate()]));
  return sealed(Buffer.concat([u32(0xfeedfeed), u32(2), u32(entries.length), ...entries]), 'changeit');
}

/** JCEKS (magic 0xCECECECE): a secret-key entry (a serialized sealed object follows the date). */
export function fakeJceks(password = 'changeit'): Buffer {
  const secretKey = Buffer.concat([Buffer.from('aced0005', 'hex'), randomBytes(200)]);
  return sealed(Buffer.concat([u32(0xcececece), u32(2), u32(1), u32(3), utf('aes'), DATE, secretKey]), password);
}
