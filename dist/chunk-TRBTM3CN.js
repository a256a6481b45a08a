import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createScanPool
} from "./chunk-PDAH6VBN.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import {
  FRAGMENT,
  WHOLE_BLOB,
  createBatchWriter,
  createCacheRing,
  isCacheable
} from "./chunk-S5OCOGNZ.js";
import {
  binaryKeystoreText,
  isBinary
} from "./chunk-YA4VWDUB.js";
import {
  GitError
} from "./chunk-E6TSIIIV.js";
import {
  createScanner,
  fingerprintOf
} from "./chunk-Z5DYGGSE.js";

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
      const [top, shallowText, refs, head, originHead, headBranch] = await Promise.all([
        ask(["rev-parse", "--show-toplevel"]),
        ask(["rev-parse", "--is-shallow-repository"]),
        ask(["for-each-ref", "--count=1", "--format=%(objectname)"]),
        resolveCommit("HEAD"),
        // The default branch: what origin/HEAD points at in a clone, else the checked-out branch.
        ask(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]),
        ask(["symbolic-ref", "--quiet", "--short", "HEAD"])
      ]);
      const root = top || gitDir;
      const shallow = shallowText === "true";
      const originSha = originHead ? await resolveCommit(originHead) : void 0;
      const tip = originHead && originSha ? { ref: originHead.replace(/^refs\/remotes\//, ""), sha: originSha } : head ? { ref: headBranch ?? "HEAD", sha: head } : void 0;
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

// src/pool/scan-history-in-pool.ts
import { availableParallelism } from "node:os";

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
      const lineStart = buffer.indexOf(10, next);
      if (lineStart !== -1 && lineStart < cut) next = lineStart + 1;
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

// src/sources/history-scan.ts
var BATCH_BYTES = 2 * 1024 * 1024;
var BATCH_ITEMS = 1024;
var SPILL_BYTES = 2 * BATCH_BYTES;
var CACHE_BYTES = 64 * 1024 * 1024;
async function scanHistory(engine, scope, scan, options) {
  const seen = createObjectIdSet();
  const pending = /* @__PURE__ */ new Map();
  const hits = /* @__PURE__ */ new Map();
  const unreadable = [];
  const budget = options.cacheBytes ?? CACHE_BYTES;
  const cacheBytesOf = (lane) => lane === 0 ? budget : Math.floor(budget / 2 / (options.lanes - 1));
  let commits = 0;
  let bytes = 0;
  let binaryBlobs = 0;
  let blobsDone = 0;
  let walkDone = false;
  const fragmented = /* @__PURE__ */ new Map();
  const lanes = Array.from({ length: Math.max(1, options.lanes) }, (_, lane) => ({
    writer: createBatchWriter(BATCH_BYTES, cacheBytesOf(lane)),
    oids: [],
    inFlight: 0,
    bytesInFlight: 0,
    cached: createCacheRing(cacheBytesOf(lane))
  }));
  let inFlight = 0;
  const batches = /* @__PURE__ */ new Set();
  let failure;
  const partnerOf = /* @__PURE__ */ new Map();
  const progress = () => options.onProgress?.({ blobsDone, blobsFound: seen.size, bytesDone: bytes, walkDone });
  const laneCaching = (oid) => {
    for (let l = 0; l < lanes.length; l++) if (lanes[l].cached.has(oid)) return l;
    return -1;
  };
  function mirror(lane, oid, size) {
    if (isCacheable(size)) lane.cached.place(oid, size);
  }
  let awake = 1;
  function laneFor() {
    let best = 0;
    for (let l = 0; l < lanes.length; l++) {
      if (l === awake) {
        if (!(options.mayWakeLane?.() ?? true)) break;
        awake++;
      }
      const load = lanes[l].bytesInFlight + lanes[l].writer.bytes;
      if (load < SPILL_BYTES) return l;
      if (load < lanes[best].bytesInFlight + lanes[best].writer.bytes) best = l;
    }
    return best;
  }
  function finish(oid, findings) {
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    if (findings.length > 0) hits.set(oid, { oid, findings, introductions });
    progress();
  }
  function fragmentDone(oid) {
    const state = fragmented.get(oid);
    if (!state.ended || state.outstanding > 0) return;
    fragmented.delete(oid);
    finish(oid, state.findings);
  }
  function flush(index) {
    const lane = lanes[index];
    if (lane.writer.items === 0) return;
    const size = lane.writer.bytes;
    const sent = lane.writer.take();
    const oids = lane.oids;
    lane.oids = [];
    lane.inFlight++;
    lane.bytesInFlight += size;
    inFlight++;
    if (inFlight >= options.maxBatchesInFlight) reader.pause();
    const done = scan(index, sent).then(
      ({ findings: found, spare }) => {
        if (spare) lane.writer.recycle(spare);
        let next = 0;
        for (let i = 0; i < oids.length; i++) {
          let findings = [];
          if (next < found.length && found[next][0] === i) findings = found[next++][1];
          const oid = oids[i];
          const state = fragmented.get(oid);
          if (!state) {
            finish(oid, findings);
            continue;
          }
          for (const f of findings) {
            const key = `${f.ruleId}:${f.line}:${f.column}`;
            if (state.keys.has(key)) continue;
            state.keys.add(key);
            state.findings.push(f);
          }
          state.outstanding--;
          fragmentDone(oid);
        }
        settled();
      },
      (error) => {
        failure ??= error;
        settled();
      }
    ).finally(() => batches.delete(done));
    batches.add(done);
    function settled() {
      lane.inFlight--;
      lane.bytesInFlight -= size;
      inFlight--;
      if (inFlight < options.maxBatchesInFlight) reader.resume();
    }
  }
  function add(index, kind, data, oid, path, partner, startLine, startColumn) {
    const lane = lanes[index];
    if (lane.writer.items > 0 && lane.writer.bytes + data.length > BATCH_BYTES) flush(index);
    lane.writer.add(kind, data, oid, path, partner, startLine, startColumn);
    lane.oids.push(oid);
    if (lane.writer.bytes >= BATCH_BYTES || lane.writer.items >= BATCH_ITEMS) flush(index);
  }
  function onPiece(piece) {
    if ("missing" in piece) {
      const first = pending.get(piece.oid)?.[0];
      unreadable.push({ oid: piece.oid, path: first?.path ?? "", commit: first?.commit.sha ?? "", reason: piece.missing });
      partnerOf.delete(piece.oid);
      const state2 = fragmented.get(piece.oid);
      if (state2) {
        state2.ended = true;
        state2.fragmenter = void 0;
        fragmentDone(piece.oid);
      } else finish(piece.oid, []);
      return;
    }
    bytes += piece.data.length;
    let state = fragmented.get(piece.oid);
    if (!state) {
      const path = pending.get(piece.oid)?.[0]?.path ?? "";
      const partner = partnerOf.get(piece.oid);
      partnerOf.delete(piece.oid);
      const binary = isBinary(piece.data);
      const whole = piece.last && piece.offset === 0;
      if (whole && !binary) {
        const at = partner === void 0 ? -1 : laneCaching(partner);
        const index = at === -1 ? laneFor() : at;
        add(index, WHOLE_BLOB, piece.data, piece.oid, path, at === -1 ? void 0 : partner, 1, 0);
        mirror(lanes[index], piece.oid, piece.data.length);
        return;
      }
      const keystore = binary && whole ? binaryKeystoreText(piece.data) : void 0;
      if (binary && keystore === void 0) binaryBlobs++;
      state = { fragmenter: binary ? void 0 : createBlobFragmenter(path, piece.oid), path, outstanding: 0, ended: false, findings: [], keys: /* @__PURE__ */ new Set() };
      fragmented.set(piece.oid, state);
      if (keystore !== void 0) {
        state.outstanding++;
        add(laneFor(), FRAGMENT, Buffer.from(keystore, "latin1"), piece.oid, path, void 0, 1, 0);
      }
    }
    if (state.fragmenter) {
      for (const fragment of state.fragmenter.push(piece.data, piece.last)) {
        state.outstanding++;
        add(laneFor(), FRAGMENT, fragment.bytes, piece.oid, state.path, void 0, fragment.startLine, fragment.startColumn);
      }
    }
    if (piece.last) {
      state.ended = true;
      fragmentDone(piece.oid);
    }
  }
  const reader = engine.openReader(onPiece);
  const idle = setInterval(() => {
    for (let l = 0; l < lanes.length; l++) if (lanes[l].inFlight === 0) flush(l);
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
          if (laneCaching(intro.previous) !== -1) partnerOf.set(intro.oid, intro.previous);
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
    for (let l = 0; l < lanes.length; l++) flush(l);
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

// src/pool/idle-cores.ts
import { cpus } from "node:os";
function createIdleMonitor(periodMs = 100) {
  const sample = () => {
    let idle = 0;
    let total = 0;
    for (const c of cpus()) {
      idle += c.times.idle;
      total += c.times.idle + c.times.user + c.times.nice + c.times.sys + c.times.irq;
    }
    return { idle, total };
  };
  const count = Math.max(1, cpus().length);
  let last = sample();
  let idleCores = 0;
  const timer = setInterval(() => {
    const now = sample();
    const total = now.total - last.total;
    if (total > 0) idleCores = (now.idle - last.idle) / total * count;
    last = now;
  }, periodMs);
  timer.unref();
  return {
    idleCores: () => idleCores,
    stop: () => clearInterval(timer)
  };
}

// src/pool/scan-history-in-pool.ts
var MAX_BATCHES_IN_FLIGHT = 4;
async function scanHistoryInPool(engine, scope, settings, options = {}) {
  const pool = createScanPool(withoutPathConditions(settings), { workers: options.workers ?? defaultHistoryWorkers() });
  const idle = pool.lanes > 1 ? createIdleMonitor() : void 0;
  let scan;
  try {
    pool.start(1);
    scan = await scanHistory(engine, scope, (lane, batch) => pool.scanHistoryBatch(lane, batch), {
      lanes: pool.lanes,
      maxBatchesInFlight: MAX_BATCHES_IN_FLIGHT,
      // Another scanner only for a core that is more than half idle: where git and this thread keep the
      // machine busy, it would compete with them instead of adding work done.
      mayWakeLane: () => (idle?.idleCores() ?? 0) > 0.5,
      ...options.onProgress && { onProgress: options.onProgress }
    });
  } finally {
    idle?.stop();
    await pool.close();
  }
  return { scan, keep: placeFilter(settings) };
}
function defaultHistoryWorkers() {
  return Math.max(1, availableParallelism() - 1);
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
