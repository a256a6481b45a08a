import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createScanPool
} from "./chunk-E4LTQ4Y6.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import {
  packFragments
} from "./chunk-Q6PFLHSF.js";
import {
  binaryKeystoreText,
  isBinary
} from "./chunk-NMRZ3UOB.js";
import {
  GitError
} from "./chunk-E6TSIIIV.js";
import {
  createScanner,
  decoders,
  fingerprintOf
} from "./chunk-WL3DAIW7.js";

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
    if (!child.stdin.write(text)) draining ??= new Promise((r) => child.stdin.once("drain", () => {
      draining = void 0;
      r();
    }));
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

// src/git/log-introductions.ts
import { spawn as spawn2 } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var ZERO_OID = /^0+$/;
var COMMIT_MARK = "";
function logIntroductionArgs(revs, options = []) {
  return [
    // The first -c sets config for this run; the one after `log` is the combined-diff flag.
    "-c",
    "log.showSignature=false",
    "log",
    "--date-order",
    "--root",
    "-c",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-renames",
    "--no-color",
    "--no-ext-diff",
    "--format=%x01%H%x00%an%x00%ae%x00%aI%x00%s%x00",
    ...options,
    "--end-of-options",
    ...revs,
    "--"
  ];
}
function createLogParser(sink) {
  let rest = "";
  let seq = 0;
  let commit;
  let header;
  let meta;
  function token(raw) {
    if (header) {
      header.push(raw);
      if (header.length === 5) {
        const [sha, authorName, authorEmail, date, summary] = header;
        commit = { sha, authorName, authorEmail, date, summary };
        header = void 0;
        sink.commit(commit);
      }
      return;
    }
    if (meta !== void 0) {
      const record = meta;
      meta = void 0;
      return introduce(record, raw);
    }
    const t = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (t.startsWith(COMMIT_MARK)) {
      header = [t.slice(1)];
    } else if (t.startsWith(":")) {
      meta = t;
    }
  }
  function introduce(record, path) {
    if (!commit) return;
    let parents = 0;
    while (record[parents] === ":") parents++;
    const parts = record.slice(parents).split(" ");
    const mode = parts[parents];
    const oid = parts[2 * parents + 1];
    if (!mode || !oid || ZERO_OID.test(oid) || !mode.startsWith("100")) return;
    let previous;
    for (let p = 0; p < parents && previous === void 0; p++) {
      const old = parts[parents + 1 + p];
      if (old && !ZERO_OID.test(old) && parts[p].startsWith("100")) previous = old;
    }
    return sink.introduce({ seq: seq++, commit, path, oid, ...previous && { previous } });
  }
  return {
    /** Feed decoded text; resolves once the sink has taken every complete record. */
    async push(text) {
      const parts = (rest + text).split("\0");
      rest = parts.pop();
      for (const part of parts) {
        const wait = token(part);
        if (wait) await wait;
      }
    },
    async end() {
      if (rest) await this.push("\0");
    }
  };
}
function streamIntroductions(cwd, revs, sink, options = []) {
  return new Promise((resolve, reject) => {
    const child = spawn2("git", logIntroductionArgs(revs, options), {
      cwd,
      // GIT_FLUSH=0: git log otherwise flushes after every commit when writing to a pipe, handing us
      // thousands of tiny chunks (https://git-scm.com/docs/git#Documentation/git.txt-codeGITFLUSHcode).
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_FLUSH: "0" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    const parser = createLogParser(sink);
    const decoder = new StringDecoder("utf8");
    let stderr = "";
    let chain = Promise.resolve();
    let failed;
    child.stdout.on("data", (chunk) => {
      child.stdout.pause();
      chain = chain.then(() => parser.push(decoder.write(chunk))).then(() => void child.stdout.resume(), (error) => {
        failed = error;
        child.kill();
      });
    });
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.on(
      "error",
      (error) => reject(new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH; install git, or use --git-engine isomorphic" : `cannot run git: ${error.message}`))
    );
    child.on("close", (code) => {
      chain = chain.then(() => parser.push(decoder.end())).then(() => parser.end());
      chain.then(() => {
        if (failed) return reject(failed);
        if (code === 0) return resolve({});
        resolve({ error: stderr.trim().split("\n").filter(Boolean).map((l) => l.replace(/^(fatal|error): /, "")).join("; ") || `git log exited ${code}` });
      }, reject);
    });
  });
}

// src/git/cli-history-engine.ts
function createCliHistoryEngine(cwd) {
  const ask = async (args) => {
    const r = await runGit(args, { cwd, okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
  };
  const resolveCommit = (ref) => ask(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return {
    name: "git",
    async facts() {
      const gitDir = (await runGit(["rev-parse", "--absolute-git-dir"], { cwd })).stdout.toString("utf8").trim();
      const root = await ask(["rev-parse", "--show-toplevel"]) || gitDir;
      const shallow = await ask(["rev-parse", "--is-shallow-repository"]) === "true";
      const refs = await ask(["for-each-ref", "--count=1", "--format=%(objectname)"]);
      const head = await resolveCommit("HEAD");
      const originHead = await ask(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
      const originSha = originHead ? await resolveCommit(originHead) : void 0;
      const tip = originHead && originSha ? { ref: originHead.replace(/^refs\/remotes\//, ""), sha: originSha } : head ? { ref: await ask(["symbolic-ref", "--quiet", "--short", "HEAD"]) ?? "HEAD", sha: head } : void 0;
      return { root, empty: !refs && !head, shallow, ...tip && { tip } };
    },
    resolveCommit,
    async walk(scope, sink) {
      const { options, revs } = await revisionArgs(scope, ask);
      return streamIntroductions(cwd, revs, sink, options);
    },
    async listTree(sha) {
      const { stdout } = await runGit(["ls-tree", "-r", "-z", "--full-tree", sha], { cwd });
      const entries = [];
      for (const record of stdout.toString("utf8").split("\0")) {
        const tab = record.indexOf("	");
        if (tab === -1) continue;
        const [mode = "", type, oid = ""] = record.slice(0, tab).split(" ");
        if (type === "blob" && mode.startsWith("100")) entries.push({ path: record.slice(tab + 1), oid });
      }
      return entries;
    },
    openReader(onPiece) {
      return createCatFileReader(cwd, onPiece);
    }
  };
}
async function revisionArgs(scope, ask) {
  const exclude = scope.exclude.map((x) => `^${x}`);
  if (scope.include !== "all") return { options: [], revs: [...scope.include, ...exclude] };
  const stashes = await ask(["log", "--walk-reflogs", "--format=%H", "refs/stash", "--"]) ?? "";
  return { options: ["--all"], revs: [...stashes.split("\n").filter(Boolean), ...exclude] };
}

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

// src/git/object-id-set.ts
var WORDS = 3;
function createObjectIdSet(initialCapacity = 1 << 16) {
  let capacity = initialCapacity;
  let table = new Uint32Array(capacity * WORDS);
  let size = 0;
  let hasZero = false;
  const key = (oid) => [parseInt(oid.slice(0, 8), 16) >>> 0, parseInt(oid.slice(8, 16), 16) >>> 0, parseInt(oid.slice(16, 24), 16) >>> 0];
  function find(t, cap, a, b, c) {
    const mask = cap - 1;
    for (let slot = a & mask; ; slot = slot + 1 & mask) {
      const at = slot * WORDS;
      const x = t[at];
      const y = t[at + 1];
      const z = t[at + 2];
      if (x === a && y === b && z === c || x === 0 && y === 0 && z === 0) return at;
    }
  }
  function grow() {
    const old = table;
    capacity *= 2;
    table = new Uint32Array(capacity * WORDS);
    for (let at = 0; at < old.length; at += WORDS) {
      const a = old[at];
      const b = old[at + 1];
      const c = old[at + 2];
      if (a === 0 && b === 0 && c === 0) continue;
      const to = find(table, capacity, a, b, c);
      table[to] = a;
      table[to + 1] = b;
      table[to + 2] = c;
    }
  }
  return {
    add(oid) {
      const [a, b, c] = key(oid);
      if (a === 0 && b === 0 && c === 0) {
        if (hasZero) return false;
        hasZero = true;
        size++;
        return true;
      }
      const at = find(table, capacity, a, b, c);
      if (table[at] === a && table[at + 1] === b && table[at + 2] === c) return false;
      table[at] = a;
      table[at + 1] = b;
      table[at + 2] = c;
      size++;
      if (size * 4 > capacity * 3) grow();
      return true;
    },
    has(oid) {
      const [a, b, c] = key(oid);
      if (a === 0 && b === 0 && c === 0) return hasZero;
      const at = find(table, capacity, a, b, c);
      return table[at] === a && table[at + 1] === b && table[at + 2] === c;
    },
    get size() {
      return size;
    }
  };
}

// src/sources/history-blob-fragments.ts
var FRAGMENT_OVERLAP = 16 * 1024;
function createBlobFragmenter(path, blobId) {
  let carry;
  let startLine = 1;
  let startColumn = 0;
  return {
    /** Add the next piece; returns the slices now complete. */
    push(data, last) {
      const buffer = carry ? Buffer.concat([carry, data]) : data;
      carry = void 0;
      const fragment = (bytes) => ({ path, bytes, startLine, startColumn, blobId });
      if (last) return [fragment(buffer)];
      let cut = buffer.length;
      const nl = buffer.lastIndexOf(10, buffer.length - 1);
      if (nl > buffer.length / 2) cut = nl + 1;
      const out = fragment(buffer.subarray(0, cut));
      let next = Math.max(0, cut - FRAGMENT_OVERLAP);
      const lineStart2 = buffer.indexOf(10, next);
      if (lineStart2 !== -1 && lineStart2 < cut) next = lineStart2 + 1;
      let lines = 0;
      let lastNl = -1;
      for (let i = 0; i < next; i++) if (buffer[i] === 10) {
        lines++;
        lastNl = i;
      }
      startColumn = lastNl === -1 ? startColumn + next : next - lastNl - 1;
      startLine += lines;
      carry = Buffer.from(buffer.subarray(next));
      return [out];
    }
  };
}

// src/sources/history-incremental.ts
import { isAscii } from "node:buffer";
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
  const lineAt = (bytes) => {
    let pos = 0;
    let line = 1;
    return (offset) => {
      line += countLines(bytes, pos, offset);
      pos = offset;
      return line;
    };
  };
  const inX = lineAt(x);
  const ranges = plan.ranges.map((r) => ({ startLine: inX(r.start), endLine: inX(r.end) }));
  const inZones = lineAt(x);
  const zones = plan.zones.map((z) => ({ startLine: inZones(z.start), endLine: inZones(z.end) }));
  const segX = lineAt(x);
  const segP = lineAt(partner);
  const segments = plan.segments.map((s) => ({ xLine: segX(s.x), pLine: segP(s.p), pEndLine: segP(s.p + s.length) }));
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
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i] === 10) n++;
  return n;
}

// src/sources/history-scan.ts
var BATCH_BYTES = 512 * 1024;
var BATCH_FRAGMENTS = 256;
var CACHE_BYTES = 48 * 1024 * 1024;
var CACHE_BLOB_BYTES = 2 * 1024 * 1024;
async function scanHistory(engine, scope, scan, options) {
  const seen = createObjectIdSet();
  const pending = /* @__PURE__ */ new Map();
  const hits = /* @__PURE__ */ new Map();
  const unreadable = [];
  let commits = 0;
  let bytes = 0;
  let binaryBlobs = 0;
  let blobsDone = 0;
  let walkDone = false;
  const states = /* @__PURE__ */ new Map();
  let batch = [];
  let batchBytes = 0;
  let inFlight = 0;
  const batches = /* @__PURE__ */ new Set();
  let failure;
  const progress = () => options.onProgress?.({ blobsDone, blobsFound: seen.size, bytesDone: bytes, walkDone });
  const cache = /* @__PURE__ */ new Map();
  let cacheBytes = 0;
  const levels = /* @__PURE__ */ new Map();
  const levelOf = (oid, bytes2) => {
    let level = levels.get(oid);
    if (level === void 0) levels.set(oid, level = keywordLevel(options.margins, bytes2));
    return level;
  };
  const known = /* @__PURE__ */ new Map();
  const waiters = /* @__PURE__ */ new Map();
  const partnerOf = /* @__PURE__ */ new Map();
  function remember(oid, data, level) {
    if (data.length > CACHE_BLOB_BYTES || data.length < MIN_BYTES) return data;
    const kept = data.buffer.byteLength > 2 * data.length ? Buffer.from(data) : data;
    cache.set(oid, kept);
    if (level !== void 0) levels.set(oid, level);
    cacheBytes += kept.buffer.byteLength;
    for (const [old, bytes2] of cache) {
      if (cacheBytes <= (options.cacheBytes ?? CACHE_BYTES)) break;
      cache.delete(old);
      levels.delete(old);
      known.delete(old);
      cacheBytes -= bytes2.buffer.byteLength;
    }
    return kept;
  }
  function complete(oid) {
    const state = states.get(oid);
    states.delete(oid);
    const rescan = state?.rescan;
    if (!rescan) return finish(oid, state?.findings ?? []);
    rescan.scanned = true;
    if (rescan.partnerFindings) mergeRescan(oid, rescan);
  }
  function mergeRescan(oid, rescan) {
    const partner = rescan.partnerFindings;
    if (partner.length === 0 && rescan.found.every((f) => f.length === 0)) return finish(oid, []);
    finish(oid, mergeFindings(planLines(rescan.plan, rescan.bytes, rescan.partnerBytes), rescan.found, partner, rescan.path, oid));
  }
  function awaitPartner(oid, rescan) {
    const take = (findings) => {
      rescan.partnerFindings = findings;
      if (rescan.scanned) mergeRescan(oid, rescan);
    };
    const ready = known.get(rescan.partner);
    if (ready) return take(ready);
    const list = waiters.get(rescan.partner) ?? [];
    list.push(take);
    waiters.set(rescan.partner, list);
  }
  function finish(oid, findings) {
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    if (findings.length > 0) hits.set(oid, { oid, findings, introductions });
    if (cache.has(oid)) known.set(oid, findings);
    const waiting = waiters.get(oid);
    waiters.delete(oid);
    for (const w of waiting ?? []) w(findings);
    progress();
  }
  function flush() {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    inFlight++;
    if (inFlight >= options.maxBatchesInFlight) reader.pause();
    const done = scan(sent).then(
      (findings) => {
        for (const f of findings) {
          const [oid, range] = f.blobId.split("#");
          const state = states.get(oid);
          if (!state) continue;
          if (range !== void 0) {
            state.rescan.found[Number(range)].push({ ...f, blobId: oid });
            continue;
          }
          const key = `${f.ruleId}:${f.line}:${f.column}`;
          if (state.keys.has(key)) continue;
          state.keys.add(key);
          state.findings.push(f);
        }
        for (const fragment of sent) {
          const oid = fragment.blobId.split("#")[0];
          const state = states.get(oid);
          state.outstanding--;
          if (state.ended && state.outstanding === 0) complete(oid);
        }
        inFlight--;
        if (inFlight < options.maxBatchesInFlight) reader.resume();
      },
      (error) => {
        failure ??= error;
        inFlight--;
        reader.resume();
      }
    ).finally(() => batches.delete(done));
    batches.add(done);
  }
  function onPiece(piece) {
    if ("missing" in piece) {
      const first = pending.get(piece.oid)?.[0];
      unreadable.push({ oid: piece.oid, path: first?.path ?? "", commit: first?.commit.sha ?? "", reason: piece.missing });
      complete(piece.oid);
      return;
    }
    let state = states.get(piece.oid);
    if (!state) {
      const path = pending.get(piece.oid)?.[0]?.path ?? "";
      const binary = isBinary(piece.data);
      const keystore = binary && piece.last && piece.offset === 0 ? binaryKeystoreText(piece.data) : void 0;
      if (binary && keystore === void 0) binaryBlobs++;
      state = { fragmenter: binary ? void 0 : createBlobFragmenter(path, piece.oid), outstanding: 0, ended: false, findings: [], keys: /* @__PURE__ */ new Set() };
      states.set(piece.oid, state);
      if (keystore !== void 0) {
        batch.push({ path, blobId: piece.oid, bytes: Buffer.from(keystore, "latin1"), startLine: 1, startColumn: 0 });
        state.outstanding++;
        batchBytes += keystore.length;
      }
      const partner = partnerOf.get(piece.oid);
      partnerOf.delete(piece.oid);
      if (!binary && piece.last && piece.offset === 0) {
        const partnerBytes = partner === void 0 ? void 0 : cache.get(partner);
        const paired = partnerBytes ? planRescan(piece.data, partnerBytes, options.margins, () => levelOf(partner, partnerBytes)) : void 0;
        const plan = paired?.plan;
        remember(piece.oid, piece.data, paired?.level);
        if (plan) {
          state.rescan = { plan, partner, path, bytes: piece.data, partnerBytes, found: plan.ranges.map(() => []) };
          awaitPartner(piece.oid, state.rescan);
          state.fragmenter = void 0;
          plan.ranges.forEach((r, k) => {
            batch.push({ path, blobId: `${piece.oid}#${k}`, bytes: piece.data.subarray(r.start, r.end), startLine: 1, startColumn: 0 });
            state.outstanding++;
            batchBytes += r.end - r.start;
          });
        }
      }
    }
    bytes += piece.data.length;
    if (state.fragmenter) {
      for (const fragment of state.fragmenter.push(piece.data, piece.last)) {
        batch.push(fragment);
        state.outstanding++;
        batchBytes += fragment.bytes.length;
      }
    }
    if (piece.last) {
      state.ended = true;
      if (state.outstanding === 0) complete(piece.oid);
    }
    if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FRAGMENTS) flush();
  }
  const reader = engine.openReader(onPiece);
  const idle = setInterval(() => {
    if (batch.length > 0 && inFlight === 0) flush();
  }, 50);
  let walk;
  try {
    walk = await engine.walk(scope, {
      commit() {
        commits++;
      },
      introduce(intro) {
        const hit = hits.get(intro.oid);
        if (hit) {
          hit.introductions.push(intro);
          return;
        }
        const waiting = pending.get(intro.oid);
        if (waiting) {
          waiting.push(intro);
          return;
        }
        if (!seen.add(intro.oid)) return;
        pending.set(intro.oid, [intro]);
        if (intro.previous !== void 0) {
          if (cache.has(intro.previous)) partnerOf.set(intro.oid, intro.previous);
          else if (!seen.has(intro.previous)) {
            partnerOf.set(intro.previous, intro.oid);
            if (partnerOf.size > 65536) partnerOf.delete(partnerOf.keys().next().value);
          }
        }
        if (failure) throw failure;
        return reader.request(intro.oid);
      }
    });
    walkDone = true;
    await reader.finish();
    flush();
    while (batches.size > 0) await Promise.all([...batches]);
  } finally {
    clearInterval(idle);
  }
  if (failure) throw failure;
  return {
    hits: [...hits.values()],
    commits,
    blobs: seen.size,
    bytes,
    binaryBlobs,
    unreadable,
    seen,
    ...walk.error !== void 0 && { walkError: walk.error }
  };
}

// src/pool/scan-history-in-pool.ts
var MAX_BATCHES_IN_FLIGHT = 4;
async function scanHistoryInPool(engine, scope, settings, options = {}) {
  const pool = createScanPool(withoutPathConditions(settings), options.workers === void 0 ? {} : { workers: options.workers });
  let scan;
  try {
    const margins = rescanMargins([...settings.rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
    scan = await scanHistory(engine, scope, (slices) => pool.scanPacked(packFragments(slices)), {
      maxBatchesInFlight: MAX_BATCHES_IN_FLIGHT,
      margins,
      ...options.onProgress && { onProgress: options.onProgress }
    });
  } finally {
    await pool.close();
  }
  return { scan, keep: placeFilter(settings) };
}
function placeFilter(settings) {
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const rules = new Map(scanner.rules.map((r) => [r.id, r]));
  return (ruleId, path) => !scanner.isPathAllowed(path) && (rules.get(ruleId)?.appliesTo(path) ?? true);
}
function withoutPathConditions(settings) {
  return {
    rules: settings.rules.map(({ paths: _paths, ...rule }) => ({ ...rule, ...rule.allowlist && { allowlist: { ...rule.allowlist, paths: [] } } })),
    allowlist: { ...settings.allowlist, paths: [] }
  };
}

// src/sources/history-provenance.ts
function attributeFindings(hits, keep, tipSecrets) {
  const best = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    for (const intro of hit.introductions) {
      for (const finding of hit.findings) {
        if (!keep(finding.ruleId, intro.path)) continue;
        const key = `${finding.ruleId}\0${intro.path}\0${finding.secret}`;
        const seenAt = best.get(key);
        if (!seenAt) {
          best.set(key, { finding, hit, seq: intro.seq, commit: intro.commit, path: intro.path, commits: /* @__PURE__ */ new Set([intro.commit.sha]) });
          continue;
        }
        seenAt.commits.add(intro.commit.sha);
        if (intro.seq > seenAt.seq || intro.seq === seenAt.seq && finding.line < seenAt.finding.line) {
          Object.assign(seenAt, { finding, hit, seq: intro.seq, commit: intro.commit });
        }
      }
    }
  }
  const findings = [];
  for (const { finding, hit, commit, path, commits } of best.values()) {
    findings.push({
      ...finding,
      path,
      fingerprint: fingerprintOf(finding.ruleId, path, finding.secret),
      commit,
      blobId: hit.oid,
      stillExposed: tipSecrets.has(finding.secret),
      sameBlobElsewhere: hit.introductions.length - 1,
      commitsAtPath: commits.size
    });
  }
  return findings;
}
function groupBySecret(findings, tipSecrets) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.secret}`;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: f.ruleId, ruleName: f.ruleName, severity: f.severity, secret: f.secret, redacted: f.redacted, stillExposed: f.stillExposed, tipPaths: [...tipSecrets.get(f.secret) ?? []].sort(), places: [] };
      groups.set(key, group);
    }
    group.places.push(f);
  }
  for (const g of groups.values()) g.places.sort((a, b) => byDate(a.commit, b.commit) || cmp(a.path, b.path));
  return [...groups.values()].sort(
    (a, b) => Number(b.stillExposed) - Number(a.stillExposed) || byDate(a.places[0].commit, b.places[0].commit) || cmp(a.ruleId, b.ruleId) || cmp(a.places[0].path, b.places[0].path)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function byDate(a, b) {
  return Date.parse(a.date) - Date.parse(b.date);
}

// src/sources/history-tip.ts
async function findTipSecrets(engine, tipSha, hits, seen) {
  const found = /* @__PURE__ */ new Map();
  if (hits.length === 0) return found;
  const add = (secret, path) => {
    const paths = found.get(secret);
    if (!paths) found.set(secret, [path]);
    else if (!paths.includes(path)) paths.push(path);
  };
  const byOid = new Map(hits.map((h) => [h.oid, h]));
  const secrets = [...new Set(hits.flatMap((h) => h.findings.map((f) => f.secret)))];
  const unscanned = /* @__PURE__ */ new Map();
  for (const entry of await engine.listTree(tipSha)) {
    const hit = byOid.get(entry.oid);
    if (hit) for (const f of hit.findings) add(f.secret, entry.path);
    else if (!seen.has(entry.oid)) unscanned.set(entry.oid, [...unscanned.get(entry.oid) ?? [], entry.path]);
  }
  if (unscanned.size === 0) return found;
  const longest = Math.max(...secrets.map((s) => s.length));
  let tail = "";
  const reader = engine.openReader((piece) => {
    if ("missing" in piece) return;
    const text = tail + piece.data.toString("utf8");
    for (const secret of secrets) if (text.includes(secret)) for (const path of unscanned.get(piece.oid) ?? []) add(secret, path);
    tail = piece.last ? "" : text.slice(-longest);
  });
  for (const oid of unscanned.keys()) await reader.request(oid);
  await reader.finish();
  return found;
}

export {
  createCliHistoryEngine,
  scanHistoryInPool,
  placeFilter,
  attributeFindings,
  groupBySecret,
  findTipSecrets
};
