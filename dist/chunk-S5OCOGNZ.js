import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  readFileFragments
} from "./chunk-YA4VWDUB.js";
import {
  decoders
} from "./chunk-Z5DYGGSE.js";

// src/pool/scan-files.ts
function emptyFileScanResult() {
  return { findings: [], files: 0, bytes: 0, binary: [], unreadable: [] };
}
function mergeFileScanResults(into, from) {
  into.findings.push(...from.findings);
  into.files += from.files;
  into.bytes += from.bytes;
  into.binary.push(...from.binary);
  into.unreadable.push(...from.unreadable);
}
function scanFileRefs(scanner, files) {
  const result = emptyFileScanResult();
  for (const file of files) {
    if (scanner.isPathAllowed(file.rel)) continue;
    const seen = /* @__PURE__ */ new Set();
    const outcome = readFileFragments(file.abs, file.rel, (fragment) => {
      for (const finding of scanner.scan(fragment)) {
        const key = `${finding.ruleId}:${finding.line}:${finding.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.findings.push(finding);
      }
    });
    if (outcome.kind === "scanned") {
      result.files++;
      result.bytes += outcome.bytes;
    } else if (outcome.kind === "binary") result.binary.push(file.rel);
    else result.unreadable.push({ path: file.rel, reason: outcome.reason });
  }
  return result;
}
function scanClaimedFiles(scanner, files, counters, onFile) {
  const result = emptyFileScanResult();
  for (let i = Atomics.add(counters, 0, 1); i < files.length; i = Atomics.add(counters, 0, 1)) {
    mergeFileScanResults(result, scanFileRefs(scanner, [files[i]]));
    Atomics.add(counters, 1, 1);
    onFile?.();
  }
  return result;
}

// src/sources/history-blob-batch.ts
var WHOLE_BLOB = 0;
var FRAGMENT = 1;
var FIELDS = 5;
function createBatchWriter(capacity, cacheBytes) {
  let bytes = new Uint8Array(capacity);
  let at = 0;
  let meta = new Int32Array(FIELDS * 64);
  let items = 0;
  let names = "";
  const spares = [];
  return {
    get items() {
      return items;
    },
    get bytes() {
      return at;
    },
    add(kind, data, oid, path, partner, startLine, startColumn) {
      if (at + data.length > bytes.length) {
        const grown = new Uint8Array(Math.max(capacity, at + data.length));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      bytes.set(data, at);
      if ((items + 1) * FIELDS > meta.length) {
        const grown = new Int32Array(meta.length * 2);
        grown.set(meta);
        meta = grown;
      }
      const m = items * FIELDS;
      meta[m] = kind;
      meta[m + 1] = at;
      meta[m + 2] = at + data.length;
      meta[m + 3] = startLine;
      meta[m + 4] = startColumn;
      at += data.length;
      items++;
      names += `${oid}\0${path}\0${partner ?? ""}\0`;
    },
    take() {
      const batch = { bytes: bytes.subarray(0, at), meta: meta.subarray(0, items * FIELDS), names, cacheBytes };
      bytes = new Uint8Array(spares.pop() ?? new ArrayBuffer(capacity));
      meta = new Int32Array(meta.length);
      at = 0;
      items = 0;
      names = "";
      return batch;
    },
    recycle(buffer) {
      if (buffer.byteLength === capacity && spares.length < 8) spares.push(buffer);
    }
  };
}
function scanBatch(batch, versions, scanFragment) {
  const buffer = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const out = [];
  const items = batch.meta.length / FIELDS;
  let n = 0;
  for (let i = 0; i < items; i++) {
    const m = i * FIELDS;
    const oidEnd = batch.names.indexOf("\0", n);
    const pathEnd = batch.names.indexOf("\0", oidEnd + 1);
    const partnerEnd = batch.names.indexOf("\0", pathEnd + 1);
    const oid = batch.names.slice(n, oidEnd);
    const path = batch.names.slice(oidEnd + 1, pathEnd);
    const partner = batch.names.slice(pathEnd + 1, partnerEnd);
    n = partnerEnd + 1;
    const start = batch.meta[m + 1];
    const end = batch.meta[m + 2];
    const findings = batch.meta[m] === WHOLE_BLOB ? versions.scanBlob(oid, path, buffer.subarray(start, end), partner || void 0) : scanFragment({ path, blobId: oid, text: buffer.toString("utf8", start, end), startLine: batch.meta[m + 3], startColumn: batch.meta[m + 4] });
    if (findings.length > 0) out.push([i, findings]);
  }
  return out;
}

// src/sources/history-incremental.ts
import { isAscii } from "node:buffer";

// src/sources/rescan-margins.ts
var DEFAULT_BEFORE = 256;
var DEFAULT_AFTER = 512;
var LEVEL_BOUNDS = [1200, 4096];
function rescanMargins(rules, bounds = LEVEL_BOUNDS) {
  const longestKeyword = Math.max(1, ...rules.flatMap((r) => r.keywords.map((k) => k.length)));
  const marginOf = (r) => (r.before ?? DEFAULT_BEFORE) + (r.after ?? DEFAULT_AFTER) + longestKeyword;
  const levelOf = (m) => {
    const i = bounds.findIndex((b) => m <= b);
    return i === -1 ? bounds.length : i;
  };
  const chars = [];
  const levelOfWord = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const m = marginOf(rule);
    const level = levelOf(m);
    chars[level] = Math.max(chars[level] ?? 0, m);
    if (rule.keywords.length === 0) chars[0] = Math.max(chars[0] ?? 0, m);
    for (const word of rule.keywords) {
      const w = word.toLowerCase();
      levelOfWord.set(w, Math.max(level, levelOfWord.get(w) ?? 0));
    }
  }
  const out = [];
  for (let l = 0; l < Math.max(1, chars.length); l++) out.push(Math.max(chars[l] ?? 0, out[l - 1] ?? 0));
  const words = [...levelOfWord].filter(([, l]) => l > 0);
  return { chars: out, levelIn: createKeywordLevels(words, out.length - 1), longestKeyword };
}
function createKeywordLevels(words, top) {
  const fold = (c) => c >= 65 && c <= 90 ? c + 32 : c;
  const bits = new Uint32Array(1 << 19);
  const byPrefix = /* @__PURE__ */ new Map();
  const short = [];
  for (const [word, level] of words) {
    const bytes = Buffer.from(word, "latin1");
    if (bytes.length < 3) {
      short.push({ bytes, level });
      continue;
    }
    const key = bytes[0] << 16 | bytes[1] << 8 | bytes[2];
    byPrefix.set(key, [...byPrefix.get(key) ?? [], { bytes, level }]);
    for (let v = 0; v < 8; v++) {
      const b = [0, 1, 2].map((i) => v & 1 << i && bytes[i] >= 97 && bytes[i] <= 122 ? bytes[i] - 32 : bytes[i]);
      const k = b[0] << 16 | b[1] << 8 | b[2];
      bits[k >>> 5] |= 1 << (k & 31);
    }
  }
  const matchesAt = (text, at, end, word) => {
    if (at + word.length > end) return false;
    for (let i = 0; i < word.length; i++) if (fold(text[at + i]) !== word[i]) return false;
    return true;
  };
  return (text, start, end) => {
    let level = 0;
    for (const w of short) {
      for (let i = start; i < end && level < w.level; i++) if (matchesAt(text, i, end, w.bytes)) level = w.level;
    }
    let key = 0;
    for (let i = start; i < end; i++) {
      key = (key << 8 | text[i]) & 16777215;
      if ((bits[key >>> 5] & 1 << (key & 31)) === 0 || i - start < 2) continue;
      const at = i - 2;
      const candidates = byPrefix.get(fold(text[at]) << 16 | fold(text[at + 1]) << 8 | fold(text[at + 2]));
      for (const c of candidates ?? []) {
        if (c.level > level && matchesAt(text, at, end, c.bytes)) {
          level = c.level;
          if (level === top) return level;
        }
      }
    }
    return level;
  };
}
function keywordLevel(margins, bytes, start = 0, end = bytes.length) {
  return end <= start ? 0 : margins.levelIn(bytes, start, end);
}

// src/sources/history-incremental.ts
var MIN_BYTES = 4 * 1024;
var MAX_SHARE = 0.75;
var PROBE = 48;
var SEARCH_WINDOW = 256 * 1024;
var RESYNC_TRIES = 16;
function commonRun(a, i, b, j) {
  const n = Math.min(a.length - i, b.length - j);
  let k = 0;
  let block = 4096;
  while (block >= 64) {
    if (k + block <= n && b.compare(a, i + k, i + k + block, j + k, j + k + block) === 0) {
      k += block;
      if (block < 1 << 20) block *= 2;
    } else block >>= 1;
    if (k + block > n && block >= 64) block = Math.max(32, 1 << 31 - Math.clz32(Math.max(1, n - k)));
  }
  while (k < n && a[i + k] === b[j + k]) k++;
  return k;
}
function matchSegments(x, p) {
  const segments = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < p.length) {
    const run = commonRun(x, i, p, j);
    if (run > 0) {
      segments.push({ x: i, p: j, length: run });
      i += run;
      j += run;
      continue;
    }
    let found = false;
    for (let t = 0; t < RESYNC_TRIES && !found; t++) {
      const nl = x.indexOf(10, i + (t === 0 ? 0 : 32 << t));
      if (nl === -1 || nl + 1 + PROBE > x.length) break;
      const k = nl + 1;
      const at = p.subarray(j, j + SEARCH_WINDOW).indexOf(x.subarray(k, k + PROBE));
      if (at !== -1) {
        i = k;
        j += at;
        found = true;
      }
    }
    if (!found) break;
  }
  return segments;
}
function planRescan(x, partner, margins, partnerLevel) {
  if (x.length < MIN_BYTES || partner.length < MIN_BYTES) return { plan: void 0, level: void 0 };
  const segments = matchSegments(x, partner);
  const changes = [];
  let xe = 0;
  let pe = 0;
  for (const s of segments) {
    if (s.x > xe || s.p > pe) changes.push([xe, s.x]);
    xe = s.x + s.length;
    pe = s.p + s.length;
  }
  if (xe < x.length || pe < partner.length) changes.push([xe, x.length]);
  let level = partnerLevel();
  const reach = margins.longestKeyword;
  for (const [a, b] of changes) {
    if (level === margins.chars.length - 1) break;
    level = Math.max(level, keywordLevel(margins, x, Math.max(0, a - reach), Math.min(x.length, b + reach)));
  }
  const margin = (isAscii(x) && isAscii(partner) ? 1 : 3) * margins.chars[level];
  const zones = [];
  const ranges = [];
  let total = 0;
  const add = (list, start, end) => {
    const last = list[list.length - 1];
    if (last && start <= last.end) {
      const grown = Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
      return grown;
    }
    list.push({ start, end });
    return end - start;
  };
  for (const [a, b] of changes) {
    const zoneStart = lineStart(x, lineStart(x, a) - margin);
    const zoneEnd = lineEnd(x, lineEnd(x, b) + margin);
    add(zones, zoneStart, zoneEnd);
    total += add(ranges, lineStart(x, zoneStart - margin), lineEnd(x, zoneEnd + margin));
    if (total > x.length * MAX_SHARE) return { plan: void 0, level };
  }
  return { plan: { zones, ranges, segments }, level };
}
function lineStart(x, at) {
  return at <= 0 ? 0 : x.lastIndexOf(10, at - 1) + 1;
}
function lineEnd(x, at) {
  if (at >= x.length) return x.length;
  if (at <= 0 || x[at - 1] === 10) return Math.max(0, at);
  const nl = x.indexOf(10, at);
  return nl === -1 ? x.length : nl + 1;
}
function planLines(plan, x, partner) {
  const offsets = [];
  for (const r of plan.ranges) offsets.push(r.start, r.end);
  for (const z of plan.zones) offsets.push(z.start, z.end);
  for (const s of plan.segments) offsets.push(s.x, s.x + s.length);
  const sorted = Float64Array.from(offsets).sort();
  const lineOf = /* @__PURE__ */ new Map();
  let pos = 0;
  let line = 1;
  for (const offset of sorted) {
    line += countLines(x, pos, offset);
    pos = offset;
    lineOf.set(offset, line);
  }
  const ranges = plan.ranges.map((r) => ({ startLine: lineOf.get(r.start), endLine: lineOf.get(r.end) }));
  const zones = plan.zones.map((z) => ({ startLine: lineOf.get(z.start), endLine: lineOf.get(z.end) }));
  let pPos = 0;
  let pLine = 1;
  const segments = plan.segments.map((s) => {
    pLine += countLines(partner, pPos, s.p);
    const start = pLine;
    pLine += lineOf.get(s.x + s.length) - lineOf.get(s.x);
    pPos = s.p + s.length;
    return { xLine: lineOf.get(s.x), pLine: start, pEndLine: x[s.x + s.length - 1] === 10 ? pLine - 1 : pLine };
  });
  return { ranges, zones, segments };
}
function mergeFindings(lines, scanned, partner, path, blobId) {
  const out = [];
  const inZone = (line) => lines.zones.some((z) => line >= z.startLine && line < z.endLine);
  for (const f of partner) {
    const s = lines.segments.find((seg) => f.line >= seg.pLine && f.line <= seg.pEndLine);
    if (!s) continue;
    const line = f.line - s.pLine + s.xLine;
    if (!inZone(line)) out.push({ ...f, path, blobId, line, endLine: f.endLine - s.pLine + s.xLine });
  }
  scanned.forEach((found, k) => {
    const base = lines.ranges[k].startLine - 1;
    for (const f of found) if (inZone(f.line + base)) out.push({ ...f, line: f.line + base, endLine: f.endLine + base });
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
function countLines(bytes, start, end) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(end, bytes.byteLength));
  let n = 0;
  for (let i = b.indexOf(10, start); i !== -1; i = b.indexOf(10, i + 1)) n++;
  return n;
}

// src/sources/history-cache-ring.ts
function createCacheRing(capacity, onEvict) {
  const entries = /* @__PURE__ */ new Map();
  let oids = [];
  let ats = [];
  let sizes = [];
  let head = 0;
  let pos = 0;
  const evictWhile = (overlaps) => {
    while (head < oids.length && overlaps(ats[head], sizes[head])) {
      const oid = oids[head];
      entries.delete(oid);
      onEvict?.(oid);
      head++;
    }
    if (head > 1024 && head * 2 > oids.length) {
      oids = oids.slice(head);
      ats = ats.slice(head);
      sizes = sizes.slice(head);
      head = 0;
    }
  };
  return {
    place(oid, size) {
      if (size > capacity || entries.has(oid)) return -1;
      if (pos + size > capacity) {
        const tail = pos;
        evictWhile((at) => at >= tail);
        pos = 0;
      }
      const start = pos;
      evictWhile((at, n) => at < start + size && at + n > start);
      entries.set(oid, start);
      oids.push(oid);
      ats.push(start);
      sizes.push(size);
      pos = start + size;
      return start;
    },
    has: (oid) => entries.has(oid),
    offsetOf: (oid) => entries.get(oid) ?? -1
  };
}

// src/sources/history-version-scanner.ts
var CACHE_BLOB_BYTES = 2 * 1024 * 1024;
function isCacheable(size) {
  return size >= MIN_BYTES && size <= CACHE_BLOB_BYTES;
}
function createVersionScanner(scan, margins, cacheBytes) {
  const cache = /* @__PURE__ */ new Map();
  const ring = createCacheRing(cacheBytes, (oid) => cache.delete(oid));
  let store;
  function remember(oid, bytes, findings, level) {
    if (!isCacheable(bytes.length)) return;
    const at = ring.place(oid, bytes.length);
    if (at === -1) return;
    store ??= Buffer.allocUnsafeSlow(cacheBytes);
    bytes.copy(store, at);
    cache.set(oid, { at, size: bytes.length, findings, level });
  }
  return {
    scanBlob(oid, path, bytes, partner) {
      const p = partner === void 0 ? void 0 : cache.get(partner);
      let findings;
      let level;
      if (p) {
        const pBytes = store.subarray(p.at, p.at + p.size);
        const paired = planRescan(bytes, pBytes, margins, () => p.level ??= keywordLevel(margins, pBytes));
        level = paired.level;
        const plan = paired.plan;
        if (plan) {
          const found = plan.ranges.map((r) => scan({ path, blobId: oid, text: bytes.toString("utf8", r.start, r.end), startLine: 1, startColumn: 0 }));
          findings = p.findings.length === 0 && found.every((f) => f.length === 0) ? [] : mergeFindings(planLines(plan, bytes, pBytes), found, p.findings, path, oid);
        }
      }
      findings ??= scan({ path, blobId: oid, text: bytes.toString("utf8"), startLine: 1, startColumn: 0 });
      remember(oid, bytes, findings, level);
      return findings;
    }
  };
}

// src/pool/history-batch-scanner.ts
function createHistoryBatchScanner(scanner, settings) {
  let versions;
  const scan = scanner.scan.bind(scanner);
  return (batch) => {
    versions ??= createVersionScanner(scan, historyMargins(settings), batch.cacheBytes);
    return scanBatch(batch, versions, scan);
  };
}
function historyMargins(settings) {
  return rescanMargins([...settings.rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
}

// src/pool/file-claim.ts
function packFileRefs(files) {
  return files.map((file) => `${file.abs}\0${file.rel}`).join("\0");
}
function unpackFileRefs(paths) {
  if (paths === "") return [];
  const parts = paths.split("\0");
  const files = [];
  for (let i = 0; i < parts.length; i += 2) files.push({ abs: parts[i], rel: parts[i + 1] });
  return files;
}

export {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs,
  scanClaimedFiles,
  WHOLE_BLOB,
  FRAGMENT,
  createBatchWriter,
  createCacheRing,
  isCacheable,
  createHistoryBatchScanner,
  packFileRefs,
  unpackFileRefs
};
