import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  binaryKeystoreText,
  isBinary,
  readFileFragments
} from "./chunk-YA4VWDUB.js";
import {
  GitError
} from "./chunk-E6TSIIIV.js";
import {
  MAX_NAMED_FILE_CHARS,
  decoders
} from "./chunk-RFKOUKFE.js";

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

// src/pool/scan-settings.ts
function scannerOptions(settings) {
  return { allowlist: settings.allowlist, ...settings.placeScopedRules && { placeScopedRules: new Set(settings.placeScopedRules) } };
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

// src/sources/history-version-scanner.ts
import { isAscii as isAscii2 } from "node:buffer";

// src/sources/carried-hits.ts
function keywordFacts(search, margins) {
  const { keywords } = search;
  return {
    search,
    length: Int32Array.from(keywords, (k) => k.length),
    level: Uint8Array.from(keywords, (k) => margins.levelOfWord(k)),
    inLines: !keywords.some((k) => k.includes("\n"))
  };
}
function carryHits(x, copies, base, search, keywordLength, keywordsInLines = false) {
  const n = x.length;
  const reach = search.maxLength - 1;
  const regions = [];
  const around = (a, b) => {
    let from = Math.max(0, a - reach);
    let to = Math.min(n, b + reach);
    if (keywordsInLines) {
      for (let i2 = a - 1; i2 >= from; i2--) if (x[i2] === 10) from = i2 + 1;
      for (let i2 = b; i2 < to; i2++) if (x[i2] === 10) to = i2;
      if (a === b && (from === a || to === a)) return;
    }
    const last = regions.length - 1;
    if (last > 0 && from <= regions[last]) regions[last] = Math.max(regions[last], to);
    else regions.push(from, to);
  };
  let at = 0;
  for (const c of copies) {
    if (c.x > at || at > 0) around(at, c.x);
    at = c.x + c.length;
  }
  if (at < n || copies.length === 0) around(at, n);
  const fresh = search.searchRanges(x, regions);
  const carriedKeyword = [];
  const carriedEnd = [];
  for (const c of copies) {
    const pEnd = c.p + c.length;
    for (let i2 = firstEndAfter(base, c.p); i2 < base.count && base.end[i2] <= pEnd; i2++) {
      const k = base.keyword[i2];
      if (base.end[i2] - keywordLength[k] < c.p) continue;
      carriedKeyword.push(k);
      carriedEnd.push(base.end[i2] - c.p + c.x);
    }
  }
  const total = carriedKeyword.length + fresh.count;
  const keyword = new Int32Array(Math.max(1, total));
  const end = new Int32Array(Math.max(1, total));
  let count = 0;
  let i = 0;
  let j = 0;
  const carried = carriedKeyword.length;
  while (i < carried || j < fresh.count) {
    let takeFresh = i >= carried;
    if (!takeFresh && j < fresh.count) {
      const a = carriedEnd[i];
      const b = fresh.end[j];
      const ka = carriedKeyword[i];
      const kb = fresh.keyword[j];
      takeFresh = b < a || b === a && (keywordLength[kb] > keywordLength[ka] || keywordLength[kb] === keywordLength[ka] && kb < ka);
    }
    if (takeFresh) {
      const k = fresh.keyword[j];
      const e = fresh.end[j++];
      if (insideOneCopy(copies, e - keywordLength[k], e)) continue;
      keyword[count] = k;
      end[count++] = e;
    } else {
      keyword[count] = carriedKeyword[i];
      end[count++] = carriedEnd[i++];
    }
  }
  return { count, keyword, end };
}
function hitsWithin(hits, start, end, keywordLength) {
  const keyword = [];
  const ends = [];
  for (let i = firstEndAfter(hits, start); i < hits.count && hits.end[i] <= end; i++) {
    const k = hits.keyword[i];
    if (hits.end[i] - keywordLength[k] < start) continue;
    keyword.push(k);
    ends.push(hits.end[i] - start);
  }
  return { count: keyword.length, keyword: Int32Array.from(keyword.length > 0 ? keyword : [0]), end: Int32Array.from(ends.length > 0 ? ends : [0]) };
}
function levelOfHits(hits, levelOf) {
  let level = 0;
  for (let i = 0; i < hits.count; i++) level = Math.max(level, levelOf[hits.keyword[i]]);
  return level;
}
function firstEndAfter(hits, offset) {
  let lo = 0;
  let hi = hits.count;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (hits.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function insideOneCopy(copies, start, end) {
  let lo = 0;
  let hi = copies.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (copies[mid].x + copies[mid].length <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = copies[lo];
  return c !== void 0 && c.x <= start && end <= c.x + c.length;
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
  return { chars: out, levelIn: createKeywordLevels(words, out.length - 1), longestKeyword, levelOfWord: (word) => levelOfWord.get(word.toLowerCase()) ?? 0 };
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
function planFromSegments(x, partner, segments, margins, partnerLevel) {
  const changes = [];
  let xe = 0;
  let pe = 0;
  for (const s of segments) {
    if (s.x > xe || s.p > pe) changes.push([xe, s.x]);
    xe = s.x + s.length;
    pe = s.p + s.length;
  }
  if (xe < x.length || pe < partner.length) changes.push([xe, x.length]);
  let level = typeof partnerLevel === "number" ? partnerLevel : partnerLevel();
  const reach = margins.longestKeyword;
  for (const [a, b] of changes) {
    if (level === margins.chars.length - 1 || typeof partnerLevel === "number") break;
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
  const xCr = x.indexOf(13) !== -1;
  const pCr = partner.indexOf(13) !== -1;
  let pos = 0;
  let line = 1;
  for (const offset of sorted) {
    line += countLines(x, pos, offset, xCr);
    pos = offset;
    lineOf.set(offset, line);
  }
  const ranges = plan.ranges.map((r) => ({ startLine: lineOf.get(r.start), endLine: lineOf.get(r.end) }));
  const zones = plan.zones.map((z) => ({ startLine: lineOf.get(z.start), endLine: lineOf.get(z.end) }));
  let pPos = 0;
  let pLine = 1;
  const segments = plan.segments.map((s) => {
    pLine += countLines(partner, pPos, s.p, pCr);
    const start = pLine;
    const last = s.x + s.length - 1;
    const crEnds = (bytes, at) => bytes[at] === 13 && bytes[at + 1] !== 10 ? 1 : 0;
    pLine += lineOf.get(s.x + s.length) - lineOf.get(s.x) - crEnds(x, last) + crEnds(partner, s.p + s.length - 1);
    pPos = s.p + s.length;
    const endsLine = partner[s.p + s.length - 1] === 10 || crEnds(partner, s.p + s.length - 1) === 1;
    return { xLine: lineOf.get(s.x), pLine: start, pEndLine: endsLine ? pLine - 1 : pLine };
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
function countLines(bytes, start, end, hasCr = true) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(end, bytes.byteLength));
  let n = 0;
  for (let i = b.indexOf(10, start); i !== -1; i = b.indexOf(10, i + 1)) n++;
  if (hasCr) {
    for (let i = b.indexOf(13, start); i !== -1; i = b.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) n++;
  }
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
function createVersionScanner(scan, margins, cacheBytes, facts) {
  const cache = /* @__PURE__ */ new Map();
  const ring = createCacheRing(cacheBytes, (oid) => cache.delete(oid));
  let store;
  function remember(oid, bytes, findings, level, hits) {
    if (!isCacheable(bytes.length)) return;
    const at = ring.place(oid, bytes.length);
    if (at === -1) return;
    store ??= Buffer.allocUnsafeSlow(cacheBytes);
    bytes.copy(store, at);
    cache.set(oid, { at, size: bytes.length, findings, level, hits });
  }
  return {
    scanBlob(oid, path, bytes, partner) {
      const p = partner === void 0 ? void 0 : cache.get(partner);
      const pBytes = p && store.subarray(p.at, p.at + p.size);
      const scanned = scanVersion(bytes, oid, path, p && { bytes: pBytes, scanned: p, samePath: true }, () => runsOf(matchSegments(bytes, pBytes)), scan, margins, facts);
      remember(oid, bytes, scanned.findings, scanned.level, scanned.hits);
      return scanned.findings;
    }
  };
}
function runsOf(segments) {
  return { copies: segments, chain: segments };
}
function scanVersion(x, oid, path, partner, runs, scan, margins, facts) {
  let pair;
  const pairRuns = () => pair ??= runs();
  const ascii = facts !== void 0 && isAscii2(x);
  const big = x.length >= MIN_BYTES;
  let hits;
  let level;
  let findings;
  const p = partner?.scanned;
  if (ascii && big && p?.hits) {
    hits = carryHits(x, pairRuns().copies, p.hits, facts.search, facts.length, facts.inLines);
    level = levelOfHits(hits, facts.level);
  }
  if (partner && p && partner.samePath && big && partner.bytes.length >= MIN_BYTES) {
    const pairLevel = hits ? Math.max(level, p.level) : () => p.level ??= keywordLevel(margins, partner.bytes);
    const paired = planFromSegments(x, partner.bytes, pairRuns().chain, margins, pairLevel);
    if (!hits) level = paired.level;
    if (paired.plan) findings = rescanPlanned(scan, paired.plan, oid, path, x, partner.bytes, p.findings, hits && { all: hits, keywordLength: facts.length });
  }
  if (!findings) {
    const text = x.toString(ascii ? "latin1" : "utf8");
    if (ascii && !hits) {
      hits = facts.search.search(text);
      level = levelOfHits(hits, facts.level);
    }
    findings = scan({ path, blobId: oid, text, startLine: 1, startColumn: 0 }, hits);
  }
  return { findings, level, hits };
}
function rescanPlanned(scan, plan, oid, path, bytes, partner, partnerFindings, hits) {
  const found = plan.ranges.map((r) => {
    const within = hits && hitsWithin(hits.all, r.start, r.end, hits.keywordLength);
    if (within?.count === 0 && r.end - r.start > MAX_NAMED_FILE_CHARS) return [];
    return scan({ path, blobId: oid, text: bytes.toString(hits ? "latin1" : "utf8", r.start, r.end), startLine: 1, startColumn: 0 }, within);
  });
  return partnerFindings.length === 0 && found.every((f) => f.length === 0) ? [] : mergeFindings(planLines(plan, bytes, partner), found, partnerFindings, path, oid);
}

// src/pool/history-batch-scanner.ts
function createHistoryBatchScanner(scanner, settings) {
  let versions;
  const scan = scanner.scan.bind(scanner);
  return (batch) => {
    if (!versions) {
      const margins = historyMargins(settings);
      versions = createVersionScanner(scan, margins, batch.cacheBytes, keywordFacts(scanner.keywordSearch, margins));
    }
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

// src/git/cat-file-reader.ts
import { spawn } from "node:child_process";
var MAX_IN_FLIGHT = 8192;
var PIECE_BYTES = 4 * 1024 * 1024;
function createCatFileReader(cwd, onPiece) {
  const child = spawn("git", ["cat-file", "--batch", "--buffer"], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"]
  });
  let requested = 0;
  let answered = 0;
  let waiters = [];
  let spawnError;
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString("utf8"));
  child.stdin.on("error", () => void 0);
  const closed = new Promise((resolve) => {
    child.on("error", (error) => {
      spawnError = new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH; install git, or use --git-engine isomorphic" : `cannot run git cat-file: ${error.message}`);
      resolve(null);
    });
    child.on("close", (code) => {
      for (const w of waiters.splice(0)) w();
      resolve(code);
    });
  });
  let head = [];
  let current;
  let remaining = 0;
  let skipLf = false;
  let pieceParts = [];
  let pieceBytes = 0;
  function answer() {
    answered++;
    const w = waiters.shift();
    if (w) w();
  }
  function flushPiece(last) {
    const c = current;
    const data = pieceParts.length === 1 ? pieceParts[0] : Buffer.concat(pieceParts, pieceBytes);
    if (!c.discard) onPiece({ oid: c.oid, size: c.size, offset: c.offset, data, last });
    c.offset += pieceBytes;
    pieceParts = [];
    pieceBytes = 0;
  }
  function parse(chunk) {
    let i = 0;
    while (i < chunk.length) {
      if (skipLf) {
        skipLf = false;
        i++;
        continue;
      }
      if (current) {
        const take = Math.min(remaining, chunk.length - i, PIECE_BYTES - pieceBytes);
        pieceParts.push(chunk.subarray(i, i + take));
        pieceBytes += take;
        remaining -= take;
        i += take;
        if (remaining === 0) {
          const wasDiscarded = current.discard;
          flushPiece(true);
          current = void 0;
          skipLf = true;
          if (!wasDiscarded) answer();
        } else if (pieceBytes === PIECE_BYTES) flushPiece(false);
        continue;
      }
      const nl = chunk.indexOf(10, i);
      if (nl === -1) {
        head.push(chunk.subarray(i));
        return;
      }
      head.push(chunk.subarray(i, nl));
      const line = Buffer.concat(head).toString("utf8");
      head = [];
      i = nl + 1;
      const [oid = "", type = "", size = ""] = line.split(" ");
      if (type === "missing" || type === "ambiguous") {
        onPiece({ oid, missing: type === "missing" ? "object missing from the repository" : "ambiguous object name" });
        answer();
      } else if (type !== "blob") {
        onPiece({ oid, missing: `expected a blob, found a ${type || "malformed answer"}` });
        answer();
        current = { oid, size: Number(size) || 0, offset: 0, discard: true };
        remaining = current.size;
        if (remaining === 0) {
          current = void 0;
          skipLf = true;
        }
      } else {
        current = { oid, size: Number(size), offset: 0, discard: false };
        remaining = Number(size);
        if (remaining === 0) {
          flushPiece(true);
          current = void 0;
          skipLf = true;
          answer();
        }
      }
    }
  }
  child.stdout.on("data", parse);
  let outgoing = "";
  let scheduled;
  async function sendOutgoing() {
    if (scheduled) clearImmediate(scheduled);
    scheduled = void 0;
    if (!outgoing || child.stdin.destroyed) return;
    const text = outgoing;
    outgoing = "";
    if (!child.stdin.write(text)) draining ??= Promise.race([new Promise((r) => child.stdin.once("drain", r)), closed.then(() => void 0)]).then(() => {
      draining = void 0;
    });
    if (draining) await draining;
  }
  let draining;
  return {
    async request(oid) {
      if (spawnError) throw spawnError;
      while (requested - answered >= MAX_IN_FLIGHT && child.exitCode === null) await new Promise((r) => waiters.push(r));
      if (child.exitCode !== null || child.stdin.destroyed) {
        throw new GitError(`git cat-file stopped unexpectedly: ${stderr.trim().split("\n")[0] || "no message"}`);
      }
      requested++;
      outgoing += `${oid}
`;
      if (outgoing.length >= 64 * 41) return sendOutgoing();
      scheduled ??= setImmediate(() => void sendOutgoing());
    },
    pause() {
      child.stdout.pause();
    },
    resume() {
      child.stdout.resume();
    },
    async finish() {
      await sendOutgoing();
      child.stdin.end();
      const code = await closed;
      if (spawnError) throw spawnError;
      if (code !== 0 || answered < requested) {
        throw new GitError(`git cat-file failed (exit ${code}) after ${answered} of ${requested} objects: ${stderr.trim().split("\n")[0] || "no message"}`);
      }
      waiters = [];
    }
  };
}

// src/git/pack-file.ts
import { inflateSync } from "node:zlib";
var OBJ_COMMIT = 1;
var OBJ_TREE = 2;
var OBJ_BLOB = 3;
var OBJ_TAG = 4;
var OBJ_OFS_DELTA = 6;
var OBJ_REF_DELTA = 7;
var TYPE_NAMES = { [OBJ_COMMIT]: "commit", [OBJ_TREE]: "tree", [OBJ_BLOB]: "blob", [OBJ_TAG]: "tag" };
function readEntryHeader(pack, offset, name = "pack", bufferStart = 0) {
  let at = offset - bufferStart;
  let c = byteAt(pack, at++, name);
  const type = c >> 4 & 7;
  let size = c & 15;
  let shift = 4;
  while (c & 128) {
    c = byteAt(pack, at++, name);
    size += (c & 127) * 2 ** shift;
    shift += 7;
  }
  if (type === OBJ_OFS_DELTA) {
    c = byteAt(pack, at++, name);
    let distance = c & 127;
    while (c & 128) {
      c = byteAt(pack, at++, name);
      distance = (distance + 1) * 128 + (c & 127);
    }
    if (distance <= 0 || distance > offset) throw new GitError(`${name}: entry at ${offset} names a delta base outside the pack`);
    return { offset, type, size, dataOffset: at + bufferStart, baseOffset: offset - distance };
  }
  if (type === OBJ_REF_DELTA) {
    if (at + 20 > pack.length) throw new GitError(`${name}: entry at ${offset} is truncated`);
    const baseOid = bufferStart === 0 ? pack.subarray(at, at + 20) : Buffer.from(pack.subarray(at, at + 20));
    return { offset, type, size, dataOffset: at + 20 + bufferStart, baseOid };
  }
  if (type < OBJ_COMMIT || type > OBJ_TAG) throw new GitError(`${name}: entry at ${offset} has invalid type ${type}`);
  return { offset, type, size, dataOffset: at + bufferStart };
}
function inflateEntry(pack, header, end, name = "pack") {
  let out;
  try {
    out = inflateSync(pack.subarray(header.dataOffset, end), { chunkSize: Math.max(64, header.size) });
  } catch (error) {
    throw new GitError(`${name}: entry at ${header.offset} does not inflate (${error.message}); run \`git fsck\``);
  }
  if (out.length !== header.size) throw new GitError(`${name}: entry at ${header.offset} inflates to ${out.length} bytes, not ${header.size}`);
  return out;
}
function byteAt(pack, at, name) {
  const c = pack[at];
  if (c === void 0) throw new GitError(`${name}: an entry header runs past the end of the pack`);
  return c;
}

// src/git/shared-packs.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readFileSync, readSync as readSync2, statSync } from "node:fs";

// src/git/pack-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function packBytesInMemory(pack) {
  return { length: pack.length, range: (from, to) => pack.subarray(from, to), close: () => void 0 };
}
var WINDOW = 1024 * 1024;
var MAX_REUSED = 4 * 1024 * 1024;
function packBytesFromFile(path) {
  const fd = openSync(path, "r");
  const length = fstatSync(fd).size;
  const window = Buffer.allocUnsafe(WINDOW);
  let start = 0;
  let filled = 0;
  let scratch = Buffer.allocUnsafe(64 * 1024);
  const readAt = (into, at, want) => {
    let got = 0;
    while (got < want) {
      const n = readSync(fd, into, got, want - got, at + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  };
  const truncated = (to) => new GitError(`${path}: the pack ends before byte ${to}; run \`git fsck\``);
  return {
    length,
    range(from, to, ahead = false) {
      if (from >= start && to <= start + filled) return window.subarray(from - start, to - start);
      if (ahead && to - from <= WINDOW) {
        start = from;
        filled = readAt(window, from, Math.min(WINDOW, length - from));
        if (to > start + filled) throw truncated(to);
        return window.subarray(0, to - from);
      }
      const into = to - from > MAX_REUSED ? Buffer.allocUnsafe(to - from) : scratch.length >= to - from ? scratch : scratch = Buffer.allocUnsafe(Math.max(to - from, scratch.length * 2));
      if (readAt(into, from, to - from) < to - from) throw truncated(to);
      return into.subarray(0, to - from);
    },
    close: () => closeSync(fd)
  };
}

// src/git/pack-index.ts
var MAGIC = 4285812579;
var HASH = 20;
var FANOUT_AT = 8;
function parsePackIndex(buf, name = "pack index") {
  if (buf.length < FANOUT_AT + 256 * 4 || buf.readUInt32BE(0) !== MAGIC || buf.readUInt32BE(4) !== 2) {
    throw new GitError(`${name}: not a version 2 pack index; run \`git index-pack\` on its pack, or scan without the pack reader`);
  }
  const count = buf.readUInt32BE(FANOUT_AT + 255 * 4);
  const oidsAt = FANOUT_AT + 256 * 4;
  const crcsAt = oidsAt + count * HASH;
  const smallAt = crcsAt + count * 4;
  const largeAt = smallAt + count * 4;
  if (buf.length < largeAt + 2 * HASH) throw new GitError(`${name}: truncated (${count} objects need more than ${buf.length} bytes)`);
  const offsets = new Float64Array(count);
  const crcs = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    crcs[i] = buf.readUInt32BE(crcsAt + i * 4);
    const small = buf.readUInt32BE(smallAt + i * 4);
    if (small & 2147483648) {
      const at = largeAt + (small & 2147483647) * 8;
      if (at + 8 > buf.length - 2 * HASH) throw new GitError(`${name}: 8-byte offset ${small & 2147483647} is outside the file`);
      offsets[i] = buf.readUInt32BE(at) * 2 ** 32 + buf.readUInt32BE(at + 4);
    } else offsets[i] = small;
  }
  const oids = buf.subarray(oidsAt, crcsAt);
  const fanout = (byte) => byte < 0 ? 0 : buf.readUInt32BE(FANOUT_AT + byte * 4);
  function find(oid) {
    let lo = fanout(oid[0] - 1);
    let hi = fanout(oid[0]);
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      const c = oids.compare(oid, 0, HASH, mid * HASH, mid * HASH + HASH);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  return { count, oids, offsets, crcs, find };
}

// src/git/shared-packs.ts
function loadSharedPacks(paths, maxBytes, force = false, holdBytes = maxBytes) {
  const packs = [];
  let total = 0;
  let whole = 0;
  let wholeBytes = 0;
  let deltas = 0;
  const usable = [];
  for (const path of paths) {
    const idxPath = `${path.slice(0, -5)}.idx`;
    total += statSync(path).size + statSync(idxPath).size;
    if (total > maxBytes) return { reason: `packs larger than ${maxBytes >> 20} MiB` };
    try {
      const counts = sampleEntryTypes(path, parsePackIndex(readFileSync(idxPath), idxPath));
      whole += counts.whole;
      wholeBytes += counts.wholeBytes;
      deltas += counts.deltas;
      usable.push(path);
    } catch {
    }
  }
  if (!force && whole > deltas / 2) return { reason: "most blobs are stored whole" };
  if (!force && wholeBytes < MIN_MEAN_FILE_BYTES * whole) return { reason: "files are small" };
  const hold = total <= holdBytes;
  for (const path of usable) packs.push({ path, ...hold && { pack: readShared(path) }, idx: readShared(`${path.slice(0, -5)}.idx`) });
  return packs.length > 0 ? { packs } : { reason: "no pack could be parsed" };
}
var MIN_MEAN_FILE_BYTES = 8 * 1024;
var SAMPLE = 4096;
var HEADER_BYTES = 32;
function sampleEntryTypes(path, index) {
  const offsets = Float64Array.from(index.offsets).sort();
  const step = Math.max(1, Math.floor(offsets.length / SAMPLE));
  const fd = openSync2(path, "r");
  const header = Buffer.alloc(HEADER_BYTES);
  let whole = 0;
  let wholeBytes = 0;
  let deltas = 0;
  try {
    for (let k = 0; k < offsets.length; k += step) {
      const got = readSync2(fd, header, 0, HEADER_BYTES, offsets[k]);
      const { type, size } = readEntryHeader(header.subarray(0, got), offsets[k], path, offsets[k]);
      if (type === OBJ_BLOB) {
        whole += step;
        wholeBytes += step * size;
      } else if (type === OBJ_OFS_DELTA || type === OBJ_REF_DELTA) deltas += step;
    }
  } finally {
    closeSync2(fd);
  }
  return { whole, wholeBytes, deltas };
}
function openSharedPack(shared) {
  const index = parsePackIndex(Buffer.from(shared.idx), `${shared.path.slice(0, -5)}.idx`);
  return { pack: shared.pack ? packBytesInMemory(Buffer.from(shared.pack)) : packBytesFromFile(shared.path), index };
}
function readShared(path) {
  const fd = openSync2(path, "r");
  try {
    const size = fstatSync2(fd).size;
    const buffer = new SharedArrayBuffer(size);
    const view = new Uint8Array(buffer);
    for (let at = 0; at < size; ) {
      const got = readSync2(fd, view, at, size - at, at);
      if (got === 0) break;
      at += got;
    }
    return buffer;
  } finally {
    closeSync2(fd);
  }
}

// src/git/apply-delta.ts
function readDeltaHeader(delta) {
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let c;
    do {
      const b = delta[at++];
      if (b === void 0) throw new GitError("delta header is truncated");
      c = b;
      value += (c & 127) * 2 ** shift;
      shift += 7;
    } while (c & 128);
    return value;
  };
  const baseSize = varint();
  const resultSize = varint();
  return { baseSize, resultSize, opsAt: at };
}
function forEachDeltaOp(delta, header, op) {
  let at = header.opsAt;
  let to = 0;
  while (at < delta.length) {
    const c = delta[at++];
    if (c & 128) {
      let from = 0;
      let length = 0;
      if (c & 1) from = delta[at++];
      if (c & 2) from |= delta[at++] << 8;
      if (c & 4) from |= delta[at++] << 16;
      if (c & 8) from = (from | 0) + delta[at++] * 2 ** 24;
      if (c & 16) length = delta[at++];
      if (c & 32) length |= delta[at++] << 8;
      if (c & 64) length |= delta[at++] << 16;
      if (length === 0) length = 65536;
      if (at > delta.length || from + length > header.baseSize || to + length > header.resultSize) throw new GitError("delta copies outside its base or result");
      op(true, from, length, to);
      to += length;
    } else if (c !== 0) {
      if (at + c > delta.length || to + c > header.resultSize) throw new GitError("delta inserts past its end");
      op(false, at, c, to);
      at += c;
      to += c;
    } else throw new GitError("delta has the reserved instruction 0");
  }
  if (to !== header.resultSize) throw new GitError(`delta writes ${to} bytes, not the ${header.resultSize} it declares`);
}
function applyDelta(base, delta) {
  const header = readDeltaHeader(delta);
  if (header.baseSize !== base.length) throw new GitError(`delta expects a ${header.baseSize}-byte base, got ${base.length} bytes`);
  const out = Buffer.allocUnsafe(header.resultSize);
  forEachDeltaOp(delta, header, (copy, from, length, to) => {
    if (copy) base.copy(out, to, from, from + length);
    else delta.copy(out, to, from, from + length);
  });
  return out;
}

// src/git/walk-pack.ts
function walkPack(pack, index, types, visit, options = {}) {
  const { name = "pack", claims, want, stackBytes = STACK_BYTES, onBuffer } = options;
  const bytes = Buffer.isBuffer(pack) ? packBytesInMemory(pack) : pack;
  const readHeader = (offset) => readEntryHeader(bytes.range(offset, Math.min(bytes.length, offset + 32), true), offset, name, offset);
  const { n, order, types: entryTypes, sizes, baseOf, childStart, children, unresolved, end, header } = packForest(index, readHeader, bytes.length, name);
  const oidAt = (k) => index.oids.subarray(order[k] * 20, order[k] * 20 + 20);
  let roots = [];
  for (let k = 0; k < n; k++) {
    const type = entryTypes[k];
    if (type !== OBJ_OFS_DELTA && type !== OBJ_REF_DELTA && types.has(type)) roots.push(k);
  }
  const needed = want ? neededEntries(roots, childStart, children, (k) => want(order[k])) : void 0;
  if (needed) roots = roots.filter((k) => needed[k] === 1);
  const isNeeded = (k) => !needed || needed[k] === 1;
  const inflated = (k) => {
    const h = header(k);
    const out = inflateEntry(bytes.range(h.dataOffset, end(k)), { ...h, dataOffset: 0 }, end(k) - h.dataOffset, name);
    onBuffer?.(out.length);
    return out;
  };
  const applied = (base, delta) => {
    const out = applyDelta(base, delta);
    onBuffer?.(out.length);
    return out;
  };
  const stack = [];
  let held = 0;
  const hold = (entry) => {
    stack.push(entry);
    held += entry.data.length;
    for (let i = 0; held > stackBytes && i < stack.length - 1; i++) {
      const e = stack[i];
      if (e.data) {
        held -= e.data.length;
        e.data = void 0;
      }
    }
  };
  const rebuild = (target) => {
    const path = [];
    let data;
    for (let k = target; ; k = baseOf[k]) {
      const kept = k === target ? void 0 : stack.find((e) => e.k === k)?.data;
      if (kept) {
        data = kept;
        break;
      }
      path.push(k);
      if (baseOf[k] < 0) break;
    }
    data ??= inflated(path.pop());
    while (path.length > 0) data = applied(data, inflated(path.pop()));
    return data;
  };
  const weight = (k) => treeWeight(k, sizes, childStart, children, isNeeded);
  for (const root of claims ? claimedRoots(roots, claims, weight) : roots) {
    const type = entryTypes[root];
    const data = inflated(root);
    visit({ oid: oidAt(root), at: order[root], type, data });
    stack.length = 0;
    held = 0;
    hold({ k: root, data, next: childStart[root] });
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const last = childStart[top.k + 1];
      while (top.next < last && !isNeeded(children[top.next])) top.next++;
      if (top.next === last) {
        held -= top.data?.length ?? 0;
        stack.pop();
        continue;
      }
      const child = children[top.next++];
      if (!top.data) {
        top.data = rebuild(top.k);
        held += top.data.length;
      }
      const base = top.data;
      const delta = inflated(child);
      const childData = applied(base, delta);
      visit({ oid: oidAt(child), at: order[child], type, data: childData, delta, baseOid: oidAt(top.k), baseAt: order[top.k], base });
      while (top.next < last && !isNeeded(children[top.next])) top.next++;
      if (top.next === last) {
        held -= top.data.length;
        stack.pop();
      }
      if (childStart[child] !== childStart[child + 1]) hold({ k: child, data: childData, next: childStart[child] });
    }
  }
  return { unresolved };
}
var STACK_BYTES = 32 * 1024 * 1024;
function packForest(index, readHeader, packLength, name = "pack") {
  const n = index.count;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => index.offsets[a] - index.offsets[b]);
  const sortedOffsets = new Float64Array(n);
  for (let k = 0; k < n; k++) sortedOffsets[k] = index.offsets[order[k]];
  const end = (k) => k + 1 < n ? sortedOffsets[k + 1] : packLength - 20;
  const types = new Uint8Array(n);
  const sizes = new Float64Array(n);
  const dataOffsets = new Float64Array(n);
  const baseOf = new Int32Array(n).fill(-1);
  const unresolved = [];
  for (let k = 0; k < n; k++) {
    const h = readHeader(sortedOffsets[k]);
    types[k] = h.type;
    sizes[k] = h.size;
    dataOffsets[k] = h.dataOffset;
    if (h.type === OBJ_OFS_DELTA) baseOf[k] = positionOf(sortedOffsets, h.baseOffset);
    else if (h.type === OBJ_REF_DELTA) {
      const i = index.find(h.baseOid);
      baseOf[k] = i < 0 ? -1 : positionOf(sortedOffsets, index.offsets[i]);
      if (i < 0) unresolved.push(index.oids.subarray(order[k] * 20, order[k] * 20 + 20));
    }
    if ((h.type === OBJ_OFS_DELTA || h.type === OBJ_REF_DELTA) && baseOf[k] === -2) throw new GitError(`${name}: entry at ${h.offset} names a base that is not an entry`);
  }
  const childStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) if (baseOf[k] >= 0) childStart[baseOf[k] + 1]++;
  for (let k = 0; k < n; k++) childStart[k + 1] += childStart[k];
  const children = new Int32Array(childStart[n]);
  const fill = childStart.slice(0, n);
  for (let k = 0; k < n; k++) if (baseOf[k] >= 0) children[fill[baseOf[k]]++] = k;
  const header = (k) => ({ offset: sortedOffsets[k], type: types[k], size: sizes[k], dataOffset: dataOffsets[k] });
  return { n, order, types, sizes, baseOf, childStart, children, unresolved, end, header };
}
function neededEntries(roots, childStart, children, wanted) {
  const needed = new Uint8Array(childStart.length - 1);
  const preorder = [];
  for (const root of roots) {
    const stack = [root];
    while (stack.length > 0) {
      const k = stack.pop();
      preorder.push(k);
      for (let c = childStart[k]; c < childStart[k + 1]; c++) stack.push(children[c]);
    }
  }
  for (let i = preorder.length - 1; i >= 0; i--) {
    const k = preorder[i];
    if (needed[k] === 1 || wanted(k)) {
      needed[k] = 1;
      continue;
    }
    for (let c = childStart[k]; c < childStart[k + 1]; c++) {
      if (needed[children[c]] === 1) {
        needed[k] = 1;
        break;
      }
    }
  }
  return needed;
}
function* claimedRoots(roots, claims, weight) {
  const weighted = roots.map((k) => ({ k, w: weight(k) })).sort((a, b) => b.w - a.w || a.k - b.k);
  const total = weighted.reduce((sum, r) => sum + r.w, 0);
  for (; ; ) {
    const i = claims.next(weighted.length, total);
    if (i >= weighted.length) return;
    yield weighted[i].k;
  }
}
function treeWeight(root, sizes, childStart, children, isNeeded) {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const k = stack.pop();
    count++;
    for (let c = childStart[k]; c < childStart[k + 1]; c++) if (isNeeded(children[c])) stack.push(children[c]);
  }
  return sizes[root] * count + 256;
}
function positionOf(sorted, offset) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = sorted[mid];
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -2;
}

// src/sources/large-buffer-reclaimer.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var LARGE = 1024 * 1024;
var EVERY = 192 * 1024 * 1024;
var collect;
function createLargeBufferReclaimer() {
  let made = 0;
  return (bytes) => {
    if (bytes < LARGE) return;
    made += bytes;
    if (made < EVERY) return;
    made = 0;
    gcFunction()();
  };
}
function gcFunction() {
  if (!collect) {
    const global = globalThis;
    if (!global.gc) setFlagsFromString("--expose-gc");
    collect = global.gc ?? runInNewContext("gc");
  }
  return collect;
}

// src/sources/delta-segments.ts
var MAX_CHAIN_COPIES = 512;
function deltaCopies(delta) {
  const copies = [];
  forEachDeltaOp(delta, readDeltaHeader(delta), (copy, from, length, to) => {
    if (!copy) return;
    const last = copies[copies.length - 1];
    if (last && last.x + last.length === to && last.p + last.length === from) last.length += length;
    else copies.push({ x: to, p: from, length });
  });
  return copies;
}
function inOrderChain(copies) {
  return copies.length > MAX_CHAIN_COPIES ? greedyChain(copies) : heaviestChain(copies);
}
function heaviestChain(copies) {
  const n = copies.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = copies[i].p;
    ends[i] = copies[i].p + copies[i].length;
  }
  let top = -1;
  for (let i = 0; i < n; i++) {
    const length = ends[i] - starts[i];
    const start = starts[i];
    let b = length;
    let from = -1;
    for (let j = 0; j < i; j++) {
      if (ends[j] <= start && best[j] + length > b) {
        b = best[j] + length;
        from = j;
      }
    }
    best[i] = b;
    prev[i] = from;
    if (top === -1 || b > best[top]) top = i;
  }
  const chain = [];
  for (let i = top; i !== -1; i = prev[i]) chain.push(copies[i]);
  return chain.reverse();
}
function greedyChain(copies) {
  const chain = [];
  let pEnd = 0;
  for (const c of copies) {
    if (c.p >= pEnd) {
      chain.push(c);
      pEnd = c.p + c.length;
    }
  }
  return chain;
}

// src/sources/wanted-blobs.ts
function shareWantedBlobs(count, oid, path) {
  const ids = new SharedArrayBuffer(count * 20);
  const idBytes = Buffer.from(ids);
  let total = 0;
  for (let w = 0; w < count; w++) {
    idBytes.write(oid(w), w * 20, 20, "hex");
    total += Buffer.byteLength(path(w));
  }
  const paths = new SharedArrayBuffer(total);
  const pathBytes = Buffer.from(paths);
  const pathEnds = new SharedArrayBuffer(count * 4);
  const ends = new Uint32Array(pathEnds);
  let at = 0;
  for (let w = 0; w < count; w++) {
    at += pathBytes.write(path(w), at);
    ends[w] = at;
  }
  return { count, ids, paths, pathEnds };
}
function readWantedBlobs(shared) {
  const ids = Buffer.from(shared.ids);
  const paths = Buffer.from(shared.paths);
  const ends = new Uint32Array(shared.pathEnds);
  return {
    count: shared.count,
    /** Blob `w`'s 20-byte id (a view). */
    id: (w) => ids.subarray(w * 20, w * 20 + 20),
    oid: (w) => ids.toString("hex", w * 20, w * 20 + 20),
    path: (w) => paths.toString("utf8", w === 0 ? 0 : ends[w - 1], ends[w])
  };
}

// src/sources/history-pack-shard.ts
function scanPackShard(request, scanner, margins) {
  const facts = keywordFacts(scanner.keywordSearch, margins);
  const reclaim = createLargeBufferReclaimer();
  const wanted = readWantedBlobs(request.wanted);
  const count = wanted.count;
  const claimed = new Uint8Array(count);
  const counters = new Int32Array(request.claims);
  const result = { done: [], findings: [], bytes: 0, binaryBlobs: 0, failed: [] };
  for (const [p, shared] of request.packs.entries()) {
    const path = shared.path;
    const claims = { next: (trees, weight) => weight < request.minWeight ? trees : Atomics.add(counters, p, 1) };
    let opened;
    try {
      opened = openSharedPack(shared);
    } catch (error) {
      result.failed.push(`${path}: ${error.message}`);
      continue;
    }
    const { pack, index } = opened;
    const wantedAt = new Int32Array(index.count).fill(-1);
    for (let i = 0; i < count; i++) {
      if (claimed[i]) continue;
      const at = index.find(wanted.id(i));
      if (at >= 0) {
        wantedAt[at] = i;
        claimed[i] = 1;
      }
    }
    const mine = { done: [], findings: [], bytes: 0, binaryBlobs: 0, failed: [] };
    const known = /* @__PURE__ */ new Map();
    const chain = [];
    try {
      walkPack(pack, index, /* @__PURE__ */ new Set([OBJ_BLOB]), (o) => {
        if (!o.delta) {
          known.clear();
          chain.length = 0;
        } else while (chain.length > 0 && chain[chain.length - 1] !== o.baseAt) known.delete(chain.pop());
        chain.push(o.at);
        const w = wantedAt[o.at];
        if (w === -1) return;
        scanObject(o, w, wanted.path(w), wanted.oid(w), known, mine, scanner, margins, facts);
      }, { name: path, claims, want: (at) => wantedAt[at] !== -1, onBuffer: reclaim });
    } catch (error) {
      result.failed.push(`${path}: ${error.message}`);
      continue;
    } finally {
      pack.close();
    }
    result.done.push(...mine.done);
    result.findings.push(...mine.findings);
    result.bytes += mine.bytes;
    result.binaryBlobs += mine.binaryBlobs;
  }
  return result;
}
function scanObject(o, w, path, oid, known, out, scanner, margins, facts) {
  const bytes = o.data;
  if (bytes.length > PIECE_BYTES) return;
  out.done.push(w);
  out.bytes += bytes.length;
  let findings;
  if (isBinary(bytes)) {
    const keystore = binaryKeystoreText(bytes);
    if (keystore === void 0) {
      out.binaryBlobs++;
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    findings = scanner.scan({ path, blobId: oid, text: Buffer.from(keystore, "latin1").toString("utf8"), startLine: 1, startColumn: 0 }).filter((f) => {
      const key = `${f.ruleId}:${f.line}:${f.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } else {
    const partner = o.baseAt === void 0 ? void 0 : known.get(o.baseAt);
    const runs = () => {
      const copies = deltaCopies(o.delta);
      return { copies, chain: inOrderChain(copies) };
    };
    const scanned = scanVersion(bytes, oid, path, partner && { bytes: o.base, scanned: partner, samePath: partner.path === path }, runs, scanner.scan, margins, facts);
    findings = scanned.findings;
    known.set(o.at, { path, ...scanned });
  }
  if (findings.length > 0) out.findings.push([w, findings]);
}

export {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs,
  scanClaimedFiles,
  scannerOptions,
  WHOLE_BLOB,
  FRAGMENT,
  createBatchWriter,
  createCacheRing,
  isCacheable,
  createHistoryBatchScanner,
  historyMargins,
  packFileRefs,
  unpackFileRefs,
  createCatFileReader,
  loadSharedPacks,
  shareWantedBlobs,
  scanPackShard
};
