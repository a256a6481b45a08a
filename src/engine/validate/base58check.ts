import { createHash } from 'node:crypto';

/**
 * Base58Check (Bitcoin): the last 4 bytes are the first 4 of SHA-256(SHA-256(payload)). Used by
 * wallet import format private keys and BIP-32 extended private keys (`xprv...`).
 * https://en.bitcoin.it/wiki/Base58Check_encoding
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58Decode(text: string): Buffer | undefined {
  let n = 0n;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return undefined;
    n = n * 58n + BigInt(v);
  }
  const hex = n === 0n ? '' : n.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const zeros = /^1*/.exec(text)![0].length;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}

export function base58Encode(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

function doubleSha(payload: Buffer): Buffer {
  return createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
}

/** Append the Base58Check checksum and encode (used to make test keys). */
export function base58CheckEncode(payload: Buffer): string {
  return base58Encode(Buffer.concat([payload, doubleSha(payload).subarray(0, 4)]));
}

/** The payload of a Base58Check string whose checksum holds, else undefined. */
export function base58CheckPayload(text: string): Buffer | undefined {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, -4);
  return doubleSha(payload).subarray(0, 4).equals(bytes.subarray(-4)) ? payload : undefined;
}

/** Bitcoin WIF private key: version 0x80 (mainnet) or 0xef (testnet), 32 key bytes, optional 0x01. */
export function bitcoinWif(secret: string): boolean {
  const p = base58CheckPayload(secret);
  return p !== undefined && (p[0] === 0x80 || p[0] === 0xef) && (p.length === 33 || (p.length === 34 && p[33] === 1));
}

/** BIP-32 extended private key: 78 bytes, key data starting with 0x00. */
export function extendedPrivateKey(secret: string): boolean {
  const p = base58CheckPayload(secret);
  return p !== undefined && p.length === 78 && p[45] === 0;
}
