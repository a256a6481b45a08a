import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/engine/keystore-password.ts
import { createHash, createHmac } from "node:crypto";
var DEFAULT_KEYSTORE_PASSWORDS = ["", "changeit", "notasecret", "password", "changeme", "secret", "123456", "keystore"];
var MAX_ITERATIONS = 2e5;
function javaStoreDefaultPassword(bytes) {
  if (bytes.length < 20 + 12) return void 0;
  const body = bytes.subarray(0, bytes.length - 20);
  const digest = Buffer.from(bytes.subarray(bytes.length - 20));
  for (const password of DEFAULT_KEYSTORE_PASSWORDS) {
    const hash = createHash("sha1").update(utf16be(password)).update("Mighty Aphrodite", "utf8").update(body).digest();
    if (hash.equals(digest)) return password;
  }
  return void 0;
}
function macKey(mac, password) {
  const u = createHash(mac.hash).digest().length;
  const v = mac.hash === "sha384" || mac.hash === "sha512" ? 128 : 64;
  const fill = (data) => {
    if (data.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(data.length / v));
    for (let i = 0; i < out.length; i++) out[i] = data[i % data.length];
    return out;
  };
  let a = Buffer.concat([Buffer.alloc(v, 3), fill(mac.salt), fill(password)]);
  for (let i = 0; i < mac.iterations; i++) a = createHash(mac.hash).update(a).digest();
  return a.subarray(0, u);
}
function pkcs12DefaultPassword(mac) {
  if (mac.iterations < 1 || mac.iterations > MAX_ITERATIONS) return void 0;
  const expected = Buffer.from(mac.digest);
  for (const password of DEFAULT_KEYSTORE_PASSWORDS) {
    const encodings = password === "" ? [Buffer.alloc(2), Buffer.alloc(0)] : [Buffer.concat([utf16be(password), Buffer.alloc(2)])];
    for (const encoded of encodings) {
      const hmac = createHmac(mac.hash, macKey(mac, encoded)).update(mac.content).digest();
      if (hmac.equals(expected)) return password;
    }
  }
  return void 0;
}
function utf16be(text) {
  return Buffer.from(text, "utf16le").swap16();
}

// src/engine/keystore.ts
var KEYSTORE_MARKER = "binary-keystore:";
var MAX_REPORTED_BYTES = 12 * 1024;
var MAX_KEYSTORE_BYTES = 1024 * 1024;
var PKCS7_DATA_OID = Buffer.from("06092a864886f70d010701", "hex");
var PKCS7_SIGNED_DATA_OID = Buffer.from("06092a864886f70d010702", "hex");
var HASH_OIDS = {
  "2b0e03021a": "sha1",
  "608648016503040201": "sha256",
  "608648016503040202": "sha384",
  "608648016503040203": "sha512",
  "608648016503040204": "sha224"
};
function element(bytes, at, limit = bytes.length) {
  const tag = bytes[at];
  const first = bytes[at + 1];
  if (tag === void 0 || first === void 0) return void 0;
  let header = 2;
  let length = first;
  if (first >= 128) {
    const n = first & 127;
    if (n === 0 || n > 4 || at + 2 + n > limit) return void 0;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[at + 2 + i];
    header = 2 + n;
  }
  const end = at + header + length;
  return end > limit ? void 0 : { tag, start: at + header, end };
}
function sameBytes(bytes, at, expected) {
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}
function parsePkcs12(bytes) {
  const pfx = element(bytes, 0);
  if (!pfx || pfx.tag !== 48 || pfx.end !== bytes.length) return void 0;
  if (!sameBytes(bytes, pfx.start, [2, 1, 3])) return void 0;
  const info = element(bytes, pfx.start + 3, pfx.end);
  if (!info || info.tag !== 48) return void 0;
  if (sameBytes(bytes, info.start, PKCS7_SIGNED_DATA_OID)) return "signed";
  if (!sameBytes(bytes, info.start, PKCS7_DATA_OID)) return void 0;
  const explicit = element(bytes, info.start + PKCS7_DATA_OID.length, info.end);
  const octets = explicit?.tag === 160 ? element(bytes, explicit.start, explicit.end) : void 0;
  if (!octets || octets.tag !== 4) return void 0;
  if (info.end === pfx.end) return "no-mac";
  const macData = element(bytes, info.end, pfx.end);
  const digestInfo = macData?.tag === 48 ? element(bytes, macData.start, macData.end) : void 0;
  const algorithm = digestInfo?.tag === 48 ? element(bytes, digestInfo.start, digestInfo.end) : void 0;
  const oid = algorithm?.tag === 48 ? element(bytes, algorithm.start, algorithm.end) : void 0;
  if (!macData || !digestInfo || !algorithm || !oid || oid.tag !== 6) return void 0;
  const hash = HASH_OIDS[Buffer.from(bytes.subarray(oid.start, oid.end)).toString("hex")];
  const digest = element(bytes, algorithm.end, digestInfo.end);
  const salt = element(bytes, digestInfo.end, macData.end);
  if (!hash || digest?.tag !== 4 || salt?.tag !== 4) return void 0;
  let iterations = 1;
  const count = salt.end < macData.end ? element(bytes, salt.end, macData.end) : void 0;
  if (count) {
    if (count.tag !== 2 || count.end - count.start > 4) return void 0;
    iterations = 0;
    for (let i = count.start; i < count.end; i++) iterations = iterations * 256 + bytes[i];
  }
  return {
    hash,
    content: bytes.subarray(octets.start, octets.end),
    digest: bytes.subarray(digest.start, digest.end),
    salt: bytes.subarray(salt.start, salt.end),
    iterations
  };
}
function u32(bytes, at) {
  if (at + 4 > bytes.length) return void 0;
  return (bytes[at] << 24 >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}
function u16(bytes, at) {
  if (at + 2 > bytes.length) return void 0;
  return (bytes[at] << 8) + bytes[at + 1];
}
function holdsKey(bytes, jceks) {
  const version = u32(bytes, 4);
  if (version !== 2 && !(version === 1 && !jceks)) return false;
  const count = u32(bytes, 8);
  if (count === void 0 || count === 0 || count > 1e5) return false;
  let at = 12;
  const skipUtf = () => {
    const n = u16(bytes, at);
    if (n === void 0 || at + 2 + n > bytes.length) return false;
    at += 2 + n;
    return true;
  };
  const skipBlock = () => {
    const n = u32(bytes, at);
    if (n === void 0 || at + 4 + n > bytes.length) return false;
    at += 4 + n;
    return true;
  };
  const skipCertificate = () => (version === 2 ? skipUtf() : true) && skipBlock();
  for (let e = 0; e < count; e++) {
    const tag = u32(bytes, at);
    at += 4;
    if (tag === void 0 || !skipUtf() || at + 8 > bytes.length) return false;
    at += 8;
    if (tag === 1) return skipBlock();
    if (tag === 3 && jceks) return true;
    if (tag !== 2 || !skipCertificate()) return false;
  }
  return false;
}
function readKeystore(bytes) {
  if (bytes.length < 16 || bytes.length > MAX_KEYSTORE_BYTES) return void 0;
  const magic = u32(bytes, 0);
  if (magic === 4277010157 || magic === 3469659854) {
    const jceks = magic === 3469659854;
    return holdsKey(bytes, jceks) ? { kind: jceks ? "jceks" : "jks", defaultPassword: javaStoreDefaultPassword(bytes) } : void 0;
  }
  const pfx = parsePkcs12(bytes);
  if (pfx === void 0) return void 0;
  return { kind: "pkcs12", defaultPassword: typeof pfx === "string" ? void 0 : pkcs12DefaultPassword(pfx) };
}
function binaryKeystoreText(bytes) {
  const store = readKeystore(bytes);
  if (store === void 0 || store.defaultPassword === void 0) return void 0;
  const kind = store.kind;
  const shown = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_REPORTED_BYTES)).toString("base64");
  return `${shown} ${KEYSTORE_MARKER}${kind}`;
}

// src/sources/read-file.ts
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var CHUNK_BYTES = 2 * 1024 * 1024;
var CHUNK_OVERLAP = 16 * 1024;
var BINARY_PROBE = 8e3;
function isBinary(bytes) {
  return bytes.subarray(0, BINARY_PROBE).indexOf(0) !== -1;
}
var buffers = [];
function readBuffer(which, size) {
  let b = buffers[which];
  if (!b || b.length < size) {
    b = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    buffers[which] = b;
  }
  return b.subarray(0, size);
}
function readFileFragments(absPath, relPath, onFragment) {
  let fd;
  try {
    fd = openSync(absPath, "r");
  } catch (error) {
    return { kind: "unreadable", reason: describe(error) };
  }
  try {
    const size = fstatSync(fd).size;
    const first = readBuffer(0, Math.min(size, CHUNK_BYTES) || 1);
    const got = readFully(fd, first, 0);
    const head = first.subarray(0, got);
    if (isBinary(head)) {
      const keystore = got === size ? binaryKeystoreText(head) : void 0;
      if (keystore === void 0) return { kind: "binary", bytes: size };
      onFragment({ path: relPath, text: keystore });
      return { kind: "scanned", bytes: got };
    }
    if (got < CHUNK_BYTES) {
      onFragment({ path: relPath, text: decode(head) });
      return { kind: "scanned", bytes: got };
    }
    return readChunks(fd, head, relPath, onFragment);
  } catch (error) {
    return { kind: "unreadable", reason: describe(error) };
  } finally {
    closeSync(fd);
  }
}
function readChunks(fd, first, relPath, onFragment) {
  let buffer = first;
  let position = first.length;
  let bufferStart = 0;
  let startLine = 1;
  let startColumn = 0;
  let total = 0;
  for (; ; ) {
    const eof = buffer.length < CHUNK_BYTES;
    let cut = buffer.length;
    if (!eof) {
      const nl2 = buffer.lastIndexOf(10, buffer.length - 1);
      cut = nl2 > buffer.length / 2 ? nl2 + 1 : charBoundary(buffer, cut);
    }
    const text = buffer.subarray(0, cut);
    onFragment({ path: relPath, text: decode(text), startLine, startColumn });
    total = bufferStart + cut;
    if (eof) return { kind: "scanned", bytes: total };
    let next = charBoundary(buffer, Math.max(0, cut - CHUNK_OVERLAP));
    const nl = buffer.indexOf(10, next);
    if (nl !== -1 && nl < cut) next = nl + 1;
    const consumed = buffer.subarray(0, next);
    const { lines, lastBreak } = countLineBreaks(buffer, next);
    const columns = utf16Length(consumed.subarray(lastBreak + 1));
    startColumn = lastBreak === -1 ? startColumn + columns : columns;
    startLine += lines;
    const carry = buffer.subarray(next);
    const fresh = readBuffer(buffer.buffer === buffers[0].buffer ? 1 : 0, CHUNK_BYTES);
    carry.copy(fresh, 0);
    const got = readFully(fd, fresh, carry.length, position);
    position += got - carry.length;
    bufferStart += next;
    buffer = fresh.subarray(0, got);
  }
}
function countLineBreaks(bytes, end) {
  let lines = 0;
  let lastBreak = -1;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
    lines++;
    lastBreak = i;
  }
  for (let i = bytes.indexOf(13); i !== -1 && i < end; i = bytes.indexOf(13, i + 1)) {
    const lone = bytes[i + 1] !== 10;
    lines += lone ? 1 : 0;
    lastBreak = lone && i > lastBreak ? i : lastBreak;
  }
  return { lines, lastBreak };
}
function charBoundary(bytes, at) {
  let i = at;
  while (i > 0 && at - i < 3 && (bytes[i] & 192) === 128) i--;
  return i;
}
function utf16Length(bytes) {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 192) !== 128) n += b >= 240 ? 2 : 1;
  }
  return n;
}
function decode(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function readFully(fd, into, offset, position = null) {
  let filled = offset;
  let pos = position;
  while (filled < into.length) {
    const n = readSync(fd, into, filled, into.length - filled, pos);
    if (n === 0) break;
    filled += n;
    if (pos !== null) pos += n;
  }
  return filled;
}
function describe(error) {
  const e = error;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return e.code ?? e.message;
  }
}

export {
  binaryKeystoreText,
  isBinary,
  readFileFragments
};
