import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createScanPool
} from "./chunk-YJHRYTX7.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import {
  FRAGMENT,
  WHOLE_BLOB,
  createBatchWriter,
  createCacheRing,
  createCatFileReader,
  isCacheable,
  loadSharedPacks,
  shareWantedBlobs
} from "./chunk-2SKL5KL2.js";
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
} from "./chunk-RFKOUKFE.js";

// src/git/log-introductions.ts
import { spawn } from "node:child_process";
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
var COLON = 58;
var SPACE = 32;
var NEWLINE = 10;
var COMMIT_MARK = 1;
var ZERO = 48;
var ONE = 49;
function createLogParser(sink) {
  let rest;
  let seq = 0;
  let commit;
  let header;
  let pending;
  const recurring = /* @__PURE__ */ new Map();
  const once = (s) => {
    const kept = recurring.get(s);
    if (kept !== void 0) return kept;
    recurring.set(s, s);
    return s;
  };
  function token(data, a, b) {
    if (header) {
      header.push(data.toString("utf8", a, b));
      if (header.length === 5) {
        const [sha, authorName, authorEmail, date, summary] = header;
        commit = { sha, authorName: once(authorName), authorEmail: once(authorEmail), date, summary };
        header = void 0;
        sink.commit(commit);
      }
      return;
    }
    if (pending !== void 0) {
      const record = pending;
      pending = void 0;
      if (record === null || !commit) return;
      const path = once(data.toString("utf8", a, b));
      return sink.introduce({ seq: seq++, commit, path, oid: record.oid, ...record.previous !== void 0 && { previous: record.previous } });
    }
    if (data[a] === NEWLINE) a++;
    if (data[a] === COMMIT_MARK) header = [data.toString("latin1", a + 1, b)];
    else if (data[a] === COLON) pending = readRecord(data, a, b);
  }
  return {
    /** Feed git's output; resolves once the sink has taken every complete record. */
    async push(chunk) {
      const data = rest ? Buffer.concat([rest, chunk]) : chunk;
      rest = void 0;
      let start = 0;
      for (let nul = data.indexOf(0); nul >= 0; nul = data.indexOf(0, start)) {
        const wait = token(data, start, nul);
        start = nul + 1;
        if (wait) await wait;
      }
      if (start < data.length) rest = Buffer.from(data.subarray(start));
    },
    async end() {
      if (rest) await this.push(Buffer.from([0]));
    }
  };
}
function readRecord(data, a, b) {
  let parents = 0;
  while (data[a + parents] === COLON) parents++;
  const starts = [a + parents];
  for (let at = data.indexOf(SPACE, a + parents); at >= 0 && at < b; at = data.indexOf(SPACE, at + 1)) starts.push(at + 1);
  starts.push(b + 1);
  const isFileMode = (k) => {
    if (k + 1 >= starts.length) return false;
    const at = starts[k];
    return starts[k + 1] - 1 - at >= 3 && data[at] === ONE && data[at + 1] === ZERO && data[at + 2] === ZERO;
  };
  const oidAt = (k) => {
    if (k + 1 >= starts.length) return void 0;
    const from = starts[k];
    const to = starts[k + 1] - 1;
    for (let i = from; i < to; i++) if (data[i] !== ZERO) return data.toString("latin1", from, to);
    return void 0;
  };
  const oid = oidAt(2 * parents + 1);
  if (oid === void 0 || !isFileMode(parents)) return null;
  for (let p = 0; p < parents; p++) {
    const previous = isFileMode(p) ? oidAt(parents + 1 + p) : void 0;
    if (previous !== void 0) return { oid, previous };
  }
  return { oid };
}
function streamIntroductions(cwd, revs, sink, options = []) {
  return startIntroductions(cwd, revs, options).attach(sink);
}
function startIntroductions(cwd, revs, options = []) {
  const child = spawn("git", logIntroductionArgs(revs, options), {
    cwd,
    // GIT_FLUSH=0: git log otherwise flushes after every commit when writing to a pipe, handing us
    // thousands of tiny chunks (https://git-scm.com/docs/git#Documentation/git.txt-codeGITFLUSHcode).
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_FLUSH: "0" },
    stdio: ["ignore", "pipe", "pipe"]
  });
  const early = [];
  let feed;
  let stderr = "";
  let spawnError;
  let onSpawnError;
  let exitCode;
  let onExit;
  let attached = false;
  child.stdout.on("data", (chunk) => feed ? feed(chunk) : early.push(chunk));
  child.stderr.on("data", (d) => stderr += d.toString("utf8"));
  child.on("error", (error) => {
    spawnError = new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH; install git, or use --git-engine isomorphic" : `cannot run git: ${error.message}`);
    onSpawnError?.(spawnError);
  });
  child.on("close", (code) => {
    exitCode = code;
    onExit?.();
  });
  return {
    cancel() {
      if (attached) return;
      child.kill();
      child.stdout.destroy();
    },
    attach(sink) {
      attached = true;
      return new Promise((resolve2, reject) => {
        const parser = createLogParser(sink);
        let chain = Promise.resolve();
        let failed;
        feed = (chunk) => {
          child.stdout.pause();
          chain = chain.then(() => parser.push(chunk)).then(() => void child.stdout.resume(), (error) => {
            failed = error;
            child.kill();
            child.stdout.destroy();
          });
        };
        for (const chunk of early.splice(0)) feed(chunk);
        const finish = () => {
          chain = chain.then(() => parser.end());
          chain.then(() => {
            if (failed) return reject(failed);
            if (exitCode === 0) return resolve2({});
            resolve2({ error: stderr.trim().split("\n").filter(Boolean).map((l) => l.replace(/^(fatal|error): /, "")).join("; ") || `git log exited ${exitCode}` });
          }, reject);
        };
        if (spawnError) return reject(spawnError);
        onSpawnError = reject;
        if (exitCode !== void 0) finish();
        else onExit = finish;
      });
    }
  };
}

// src/git/pack-files.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
var MAX_ALTERNATE_DEPTH = 5;
async function findPackFiles(cwd, force = false) {
  if (process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES || process.env.GIT_OBJECT_DIRECTORY) return { reason: "object directories come from the environment" };
  const [format, objectsPath, counts] = await Promise.all([
    runGit(["rev-parse", "--show-object-format"], { cwd, okCodes: [128, 129] }),
    runGit(["rev-parse", "--git-path", "objects"], { cwd }),
    // https://git-scm.com/docs/git-count-objects: `count` is loose objects, `in-pack` packed ones.
    runGit(["count-objects", "-v"], { cwd })
  ]);
  if (format.code !== 0 || format.stdout.toString("utf8").trim() !== "sha1") return { reason: "not a SHA-1 repository" };
  const stats = new Map(counts.stdout.toString("utf8").split("\n").map((line) => [line.split(":")[0], Number(line.split(":")[1])]));
  if (!force && (stats.get("count") ?? 0) > (stats.get("in-pack") ?? 0)) return { reason: "most objects are loose" };
  const objects = resolve(cwd, objectsPath.stdout.toString("utf8").trim());
  const dirs = [];
  const bad = collectObjectDirs(objects, 0, dirs);
  if (bad) return { reason: bad };
  const packs = [];
  for (const dir of dirs) {
    const packDir = join(dir, "pack");
    if (!existsSync(packDir)) continue;
    for (const name of readdirSync(packDir).sort()) {
      if (name.endsWith(".pack") && existsSync(join(packDir, `${name.slice(0, -5)}.idx`))) packs.push(join(packDir, name));
    }
  }
  return packs.length > 0 ? { packs } : { reason: "no packs" };
}
function collectObjectDirs(dir, depth, into) {
  if (into.includes(dir)) return void 0;
  into.push(dir);
  const file = join(dir, "info", "alternates");
  if (!existsSync(file)) return void 0;
  if (depth >= MAX_ALTERNATE_DEPTH) return "alternates nest too deep";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const entry = line.trim();
    if (entry === "" || entry.startsWith("#")) continue;
    if (entry.startsWith('"')) return "a quoted alternates path";
    const alternate = isAbsolute(entry) ? entry : resolve(dir, entry);
    if (!existsSync(alternate)) continue;
    const bad = collectObjectDirs(alternate, depth + 1, into);
    if (bad) return bad;
  }
  return void 0;
}

// src/git/cli-history-engine.ts
function createCliHistoryEngine(cwd) {
  const ask = async (args) => {
    const r = await runGit(args, { cwd, okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
  };
  const resolveCommit = (ref) => ask(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  let early;
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
    startWalk(scope) {
      const started = revisionArgs(scope, ask).then(({ options, revs }) => startIntroductions(cwd, revs, options));
      started.catch(() => void 0);
      early = { scope, started };
      return {
        cancel: () => {
          if (early?.started === started) early = void 0;
          void started.then((s) => s.cancel(), () => void 0);
        }
      };
    },
    async walk(scope, sink) {
      if (early?.scope === scope) {
        const { started } = early;
        early = void 0;
        return (await started).attach(sink);
      }
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
    },
    packFiles(force) {
      return findPackFiles(cwd, force);
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

// src/sources/history-provenance.ts
function placeable(findings, introductions, scoped) {
  if (!scoped || !findings.some((f) => scoped.rules.has(f.ruleId))) return { findings, unplaced: [] };
  const unplaced = /* @__PURE__ */ new Set();
  const kept = findings.filter((f) => {
    if (!scoped.rules.has(f.ruleId) || introductions.some((i) => scoped.keep(f.ruleId, i.path))) return true;
    unplaced.add(f.ruleId);
    return false;
  });
  return { findings: kept, unplaced: [...unplaced] };
}
function attributeFindings(hits, keep, tipSecrets) {
  const best = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    for (const intro of hit.introductions) {
      for (const finding of hit.findings) {
        if (!keep(finding.ruleId, intro.path)) continue;
        if (finding.shadowedBy?.some((rule) => keep(rule, intro.path))) continue;
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
  for (const { finding: { shadowedBy: _hidden, ...finding }, hit, commit, path, commits } of best.values()) {
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
      for (let i = buffer.indexOf(10); i !== -1 && i < next; i = buffer.indexOf(10, i + 1)) {
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
var CACHE_BYTES = 32 * 1024 * 1024;
function replayEngine(engine, introductions) {
  return {
    ...engine,
    async walk(_scope, sink) {
      for (const intro of introductions) await sink.introduce(intro);
      return {};
    }
  };
}
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
  const unplaced = /* @__PURE__ */ new Map();
  const late = /* @__PURE__ */ new Map();
  function finish(oid, found) {
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    const { findings, unplaced: dropped } = placeable(found, introductions, options.placeScoped);
    if (dropped.length > 0) unplaced.set(oid, dropped);
    if (findings.length > 0) hits.set(oid, { oid, findings, introductions });
    progress();
  }
  function placeLate(intro) {
    const waiting = late.get(intro.oid);
    if (waiting) {
      waiting.push(intro);
      return;
    }
    const rules = unplaced.get(intro.oid);
    if (rules?.some((rule) => options.placeScoped.keep(rule, intro.path))) late.set(intro.oid, [intro]);
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
  async function rescanLate() {
    const again = await scanHistory(replayEngine(engine, [...late.values()].flat()), scope, scan, { ...options, placeScoped: void 0, onProgress: void 0 });
    for (const hit of again.hits) {
      const rules = unplaced.get(hit.oid).filter((rule) => late.get(hit.oid).some((i) => options.placeScoped.keep(rule, i.path)));
      const findings = hit.findings.filter((f) => rules.includes(f.ruleId));
      if (findings.length === 0) continue;
      const kept = hits.get(hit.oid);
      if (kept) kept.findings.push(...findings);
      else hits.set(hit.oid, { ...hit, findings });
    }
    unreadable.push(...again.unreadable);
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
        if (unplaced.size > 0) placeLate(intro);
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
  if (late.size > 0) await rescanLate();
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

// src/sources/introduction-table.ts
function column() {
  let values = new Int32Array(1024);
  return {
    get: (i) => values[i],
    set(i, v) {
      if (i >= values.length) {
        const grown = new Int32Array(Math.max(values.length * 2, i + 1));
        grown.set(values);
        values = grown;
      }
      values[i] = v;
    }
  };
}
function createIntroductionTable() {
  const ids = [];
  const idNumber = /* @__PURE__ */ new Map();
  const paths = [];
  const pathNumber = /* @__PURE__ */ new Map();
  const commits = [];
  const introId = column();
  const introPath = column();
  const introCommit = column();
  const introPrevious = column();
  const introSeq = column();
  const nextOfBlob = column();
  let introductions = 0;
  const blobOfId = column();
  const firstIntro = column();
  const lastIntro = column();
  const blobIds = [];
  const numberOf = (oid) => {
    let n = idNumber.get(oid);
    if (n === void 0) {
      n = ids.length;
      ids.push(oid);
      idNumber.set(oid, n);
      blobOfId.set(n, -1);
    }
    return n;
  };
  const materialize = (i) => {
    const previous = introPrevious.get(i);
    return {
      seq: introSeq.get(i),
      commit: commits[introCommit.get(i)],
      path: paths[introPath.get(i)],
      oid: ids[introId.get(i)],
      ...previous >= 0 && { previous: ids[previous] }
    };
  };
  return {
    add(intro) {
      const i = introductions++;
      const id = numberOf(intro.oid);
      if (commits[commits.length - 1] !== intro.commit) commits.push(intro.commit);
      let p = pathNumber.get(intro.path);
      if (p === void 0) {
        p = paths.length;
        paths.push(intro.path);
        pathNumber.set(intro.path, p);
      }
      introId.set(i, id);
      introPath.set(i, p);
      introCommit.set(i, commits.length - 1);
      introPrevious.set(i, intro.previous === void 0 ? -1 : numberOf(intro.previous));
      introSeq.set(i, intro.seq);
      nextOfBlob.set(i, -1);
      let blob = blobOfId.get(id);
      if (blob === -1) {
        blob = blobIds.length;
        blobIds.push(id);
        blobOfId.set(id, blob);
        firstIntro.set(id, i);
      } else nextOfBlob.set(lastIntro.get(id), i);
      lastIntro.set(id, i);
      return blob;
    },
    get blobs() {
      return blobIds.length;
    },
    oid: (blob) => ids[blobIds[blob]],
    firstPath: (blob) => paths[introPath.get(firstIntro.get(blobIds[blob]))],
    introductionsOf(blob) {
      const list = [];
      for (let i = firstIntro.get(blobIds[blob]); i >= 0; i = nextOfBlob.get(i)) list.push(materialize(i));
      return list;
    },
    introductionsWhere(wanted) {
      const list = [];
      for (let i = 0; i < introductions; i++) if (wanted(blobOfId.get(introId.get(i)))) list.push(materialize(i));
      return list;
    },
    has(oid) {
      const n = idNumber.get(oid);
      return n !== void 0 && blobOfId.get(n) >= 0;
    }
  };
}

// src/sources/history-pack-scan.ts
async function scanHistoryFromPacks(engine, scope, packs, options) {
  const table = createIntroductionTable();
  let commits = 0;
  const progress = (blobsDone, walkDone) => options.onProgress?.({ blobsDone, blobsFound: table.blobs, bytesDone: 0, walkDone });
  const walk = await engine.walk(scope, {
    commit() {
      commits++;
    },
    introduce(intro) {
      const before = table.blobs;
      table.add(intro);
      if (table.blobs > before && table.blobs % 4096 === 0) progress(0, false);
    }
  });
  progress(0, true);
  const wanted = table.blobs;
  const shared = shareWantedBlobs(wanted, (w) => table.oid(w), (w) => table.firstPath(w));
  const claims = new SharedArrayBuffer(4 * packs.length);
  const results = await Promise.all(Array.from({ length: options.threads }, (_, thread) => options.scanShard(thread, { packs, claims, minWeight: 0, wanted: shared })));
  const done = new Uint8Array(wanted);
  const hits = [];
  let bytes = 0;
  let binaryBlobs = 0;
  const packFailures = /* @__PURE__ */ new Set();
  for (const r of results) {
    for (const w of r.done) done[w] = 1;
    for (const [w, found] of r.findings) {
      const intros = table.introductionsOf(w);
      const { findings } = placeable(found, intros, options.placeScoped);
      if (findings.length > 0) hits.push({ oid: table.oid(w), findings, introductions: intros });
    }
    bytes += r.bytes;
    binaryBlobs += r.binaryBlobs;
    for (const f of r.failed) packFailures.add(f);
  }
  const doneCount = done.reduce((a, b) => a + b, 0);
  progress(doneCount, true);
  const unreadable = [];
  if (doneCount < wanted) {
    const more = await options.readRest(replayEngine(engine, table.introductionsWhere((w) => !done[w])));
    hits.push(...more.hits);
    bytes += more.bytes;
    binaryBlobs += more.binaryBlobs;
    unreadable.push(...more.unreadable);
  }
  const firstSeq = (hit) => hit.introductions[0].seq;
  hits.sort((a, b) => firstSeq(a) - firstSeq(b));
  return {
    hits,
    commits,
    blobs: wanted,
    bytes,
    binaryBlobs,
    unreadable,
    seen: { has: (oid) => table.has(oid), size: wanted },
    fromPacks: doneCount,
    packFailures: [...packFailures],
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
  const early = engine.startWalk?.(scope);
  const lifted = withoutPathConditions(settings);
  const pool = createScanPool(lifted, { workers: options.workers ?? defaultHistoryWorkers() });
  const placeScoped = { rules: new Set(lifted.placeScopedRules), keep: placeFilter(settings) };
  const idle = pool.lanes > 1 ? createIdleMonitor() : void 0;
  let scan;
  try {
    const packs = await sharedPacks(engine);
    const readBlobs = (from) => scanHistory(from, scope, (lane, batch) => pool.scanHistoryBatch(lane, batch), {
      lanes: pool.lanes,
      maxBatchesInFlight: MAX_BATCHES_IN_FLIGHT,
      // Another scanner only for a core that is more than half idle: where git and this thread keep the
      // machine busy, it would compete with them instead of adding work done.
      mayWakeLane: () => (idle?.idleCores() ?? 0) > 0.5,
      placeScoped,
      ...options.onProgress && { onProgress: options.onProgress }
    });
    if ("packs" in packs) {
      const workers = pool.usesWorkers ? Math.min(pool.lanes, MAX_PACK_WORKERS) : 0;
      pool.start(workers);
      scan = await scanHistoryFromPacks(engine, scope, packs.packs, {
        threads: workers + 1,
        // This thread helps only with a large pack: its engine's warm-up (about 0.2-0.3 CPU-s) would
        // cost a small one more than it saves.
        scanShard: (thread, request) => thread < workers ? pool.scanPackShard(thread, request) : pool.scanPackShard(-1, { ...request, minWeight: workers > 0 ? MAIN_THREAD_WEIGHT : 0 }),
        readRest: readBlobs,
        placeScoped,
        ...options.onProgress && { onProgress: options.onProgress }
      });
    } else {
      pool.start(1);
      scan = await readBlobs(engine);
    }
  } finally {
    early?.cancel();
    idle?.stop();
    await pool.close();
  }
  return { scan, keep: placeScoped.keep };
}
var MAIN_THREAD_WEIGHT = 384 * 1024 * 1024;
var HELD_PACK_BYTES = 32 * 1024 * 1024;
var MAX_PACK_BYTES = 128 * 1024 * 1024;
var MAX_PACK_WORKERS = 1;
async function sharedPacks(engine) {
  const setting = process.env.LEAKGUARD_HISTORY_PACKS;
  if (setting === "0") return { reason: "LEAKGUARD_HISTORY_PACKS=0" };
  const force = setting === "1" || setting === "files";
  const found = await engine.packFiles?.(force);
  if (!found) return { reason: `the ${engine.name} engine reads objects itself` };
  return "packs" in found ? loadSharedPacks(found.packs, MAX_PACK_BYTES, force, setting === "files" ? 0 : HELD_PACK_BYTES) : found;
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
    allowlist: { ...settings.allowlist, paths: [] },
    // Their hits must not hide other rules' where they do not apply (attributeFindings drops those where they do).
    placeScopedRules: settings.rules.filter((r) => (r.paths?.length ?? 0) > 0 || (r.allowlist?.paths?.length ?? 0) > 0).map((r) => r.id)
  };
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
  attributeFindings,
  groupBySecret,
  scanHistoryInPool,
  placeFilter,
  findTipSecrets
};
