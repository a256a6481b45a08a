import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  emptyFileScanResult,
  mergeFileScanResults,
  scanFileRefs
} from "./chunk-TQS54TRJ.js";
import {
  COMMON_HELP,
  checkUniqueIds,
  commonOptions,
  createStyle,
  formatReport,
  formatSummaryLine,
  loadBuiltinRules,
  parse,
  parseCommand,
  parseRuleTables
} from "./chunk-L2P3JJDE.js";
import {
  ConfigError,
  EXIT_CLEAN,
  EXIT_FINDINGS,
  GitError,
  SourceError,
  UsageError,
  wantsColor
} from "./chunk-FTGYC6T4.js";
import {
  createScanner
} from "./chunk-WQS4HTZQ.js";

// src/pool/scan-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var INLINE_FILE_LIMIT = 400;
var BATCH_FILES = 64;
function createScanPool(settings, options = {}) {
  const workerFile = fileURLToPath(new URL("./scan-worker.js", import.meta.url));
  const wanted = options.workers ?? availableParallelism();
  const canUseWorkers = wanted > 0 && existsSync(workerFile);
  let inline;
  const local = () => inline ??= createScanner(settings.rules, { allowlist: settings.allowlist });
  const slots = [];
  const waiting = [];
  let nextId = 0;
  const pending = /* @__PURE__ */ new Map();
  function startWorkers() {
    if (slots.length > 0) return;
    for (let i = 0; i < wanted; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      const slot = { worker, busy: false };
      worker.on("message", (msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        release(slot);
        p?.resolve(msg);
      });
      worker.on("error", (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      slots.push(slot);
    }
  }
  function acquire() {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve4) => waiting.push(resolve4));
  }
  function release(slot) {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }
  async function send(payload) {
    const slot = await acquire();
    const id = nextId++;
    return new Promise((resolve4, reject) => {
      pending.set(id, { resolve: resolve4, reject });
      slot.worker.postMessage({ id, ...payload });
    });
  }
  return {
    async scanFiles(files, onProgress) {
      if (!canUseWorkers || files.length < INLINE_FILE_LIMIT) {
        const result2 = emptyFileScanResult();
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          mergeFileScanResults(result2, scanFileRefs(local(), files.slice(i, i + BATCH_FILES)));
          onProgress?.(Math.min(files.length, i + BATCH_FILES));
        }
        return result2;
      }
      startWorkers();
      const result = emptyFileScanResult();
      let done = 0;
      const batches = [];
      for (let i = 0; i < files.length; i += BATCH_FILES) {
        const batch = files.slice(i, i + BATCH_FILES);
        batches.push(
          send({ files: batch }).then(({ result: r }) => {
            mergeFileScanResults(result, r);
            done += batch.length;
            onProgress?.(done);
          })
        );
      }
      await Promise.all(batches);
      return result;
    },
    async scanFragments(fragments) {
      if (!canUseWorkers) return fragments.flatMap((f) => local().scan(f));
      startWorkers();
      const { findings } = await send({ fragments });
      return findings;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    }
  };
}

// src/sources/list-files.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/git/run-git.ts
import { spawn, spawnSync } from "node:child_process";
function runGit(args, options) {
  return new Promise((resolve4, reject) => {
    const child = spawn("git", args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (error) => {
      reject(new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH; install git, or use --git-engine isomorphic where supported" : `cannot run git: ${error.message}`));
    });
    child.on("close", (code) => {
      const c = code ?? 128;
      if (c === 0 || options.okCodes?.includes(c)) resolve4({ stdout: Buffer.concat(out), code: c });
      else reject(new GitError(`git ${args[0]} failed (exit ${c}): ${firstLine(Buffer.concat(err).toString("utf8")) || "no message"}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input);
  });
}
function runGitSync(args, cwd) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  return { ok: r.status === 0, stdout: r.stdout ?? "" };
}
function firstLine(text) {
  return text.trim().split("\n").filter((l) => l.trim())[0]?.replace(/^fatal: /, "") ?? "";
}

// src/git/work-tree.ts
function findWorkTreeRoot(dir) {
  const r = runGitSync(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() || void 0 : void 0;
}
async function listUnignoredFiles(dir) {
  const { stdout } = await runGit(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", "."], { cwd: dir });
  const prefix = runGitSync(["rev-parse", "--show-prefix"], dir).stdout.trim();
  const seen = /* @__PURE__ */ new Set();
  for (const p of stdout.toString("utf8").split("\0")) {
    if (!p) continue;
    seen.add(prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  }
  return [...seen];
}

// src/sources/list-files.ts
async function listFiles(targets, cwd, options) {
  const absTargets = targets.map((t) => resolve(cwd, t));
  for (const t of absTargets) {
    try {
      statSync(t);
    } catch (error) {
      const code = error.code;
      throw new SourceError(`${t}: ${code === "ENOENT" ? "no such file or directory" : `cannot read (${code})`}; check the path`);
    }
  }
  const firstDir = statSync(absTargets[0]).isDirectory() ? absTargets[0] : resolve(absTargets[0], "..");
  const gitRoot = findWorkTreeRoot(firstDir);
  const root = gitRoot ?? (absTargets.length === 1 && statSync(absTargets[0]).isDirectory() ? absTargets[0] : cwd);
  const listing = { root, files: [], skipped: [] };
  const toRel = (abs) => {
    const r = relative(root, abs);
    return (r.startsWith("..") || isAbsolute(r) ? abs : r).split(sep).join("/");
  };
  for (const target of absTargets) {
    const stat = statSync(target);
    if (!stat.isDirectory()) {
      listing.files.push({ abs: target, rel: toRel(target) });
      continue;
    }
    const repo = options.gitignore ? findWorkTreeRoot(target) : void 0;
    if (repo) {
      for (const p of await listUnignoredFiles(target)) {
        const abs = join(target, p);
        const kind = entryKind(abs);
        if (kind === "file") listing.files.push({ abs, rel: toRel(abs) });
        else if (kind === "symlink") listing.skipped.push({ path: toRel(abs), reason: "symbolic link (its target is scanned where it lies in the tree)" });
      }
    } else {
      walk(target, listing, toRel);
    }
  }
  return listing;
}
function entryKind(abs) {
  try {
    const s = lstatSync(abs);
    if (s.isSymbolicLink()) return "symlink";
    return s.isFile() ? "file" : "other";
  } catch {
    return "missing";
  }
}
function walk(dir, listing, toRel) {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      listing.skipped.push({ path: toRel(current), reason: `directory unreadable (${error.code})` });
      continue;
    }
    for (const entry of entries) {
      const abs = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".git") stack.push(abs);
      } else if (entry.isFile()) listing.files.push({ abs, rel: toRel(abs) });
      else if (entry.isSymbolicLink()) listing.skipped.push({ path: toRel(abs), reason: "symbolic link (not followed)" });
    }
  }
}

// src/sources/read-stdin.ts
async function readStdin(stdin) {
  const chunks = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/load-settings.ts
import { relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/config/baseline-file.ts
import { readFileSync } from "node:fs";
var BASELINE_FILE_NAME = ".leakguard-baseline.json";
function formatBaseline(entries) {
  const lines = entries.map((e) => `    ${JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path })}`);
  return `{
  "version": 1,
  "findings": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`;
}
function readBaseline(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the baseline file (${error.code ?? "error"}); create it with \`leakguard baseline --output ${path}\``);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: the baseline is not valid JSON (${error.message}); regenerate it with \`leakguard baseline\``);
  }
  if (doc.version !== 1 || !Array.isArray(doc.findings)) throw new ConfigError(`${path}: not a leakguard baseline (expected {"version": 1, "findings": [...]})`);
  return doc.findings.map((raw, i) => {
    const e = raw;
    if (typeof e.fingerprint !== "string" || typeof e.rule !== "string" || typeof e.path !== "string") {
      throw new ConfigError(`${path}: findings[${i}] needs string "fingerprint", "rule" and "path"`);
    }
    return { fingerprint: e.fingerprint, rule: e.rule, path: e.path };
  });
}

// src/config/config-file.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var CONFIG_FILE_NAME = "leakguard.toml";
var TOP_LEVEL = /* @__PURE__ */ new Set(["rules", "disable", "overrides", "allowlist"]);
function emptyConfig() {
  return { path: void 0, rules: [], disable: [], overrides: {}, allowlist: { paths: [], regexes: [], stopwords: [] } };
}
function loadConfigFile(root, explicit) {
  const path = explicit ?? join2(root, CONFIG_FILE_NAME);
  if (!explicit && !existsSync2(path)) return emptyConfig();
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file (${error.code ?? error.message})`);
  }
  return parseConfigText(text, path);
}
function parseConfigText(text, path) {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid TOML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  for (const key of Object.keys(doc)) if (!TOP_LEVEL.has(key)) problems.push(`${path}: unknown key "${key}" (expected ${[...TOP_LEVEL].join(", ")})`);
  const config = emptyConfig();
  config.path = path;
  config.rules = parseRuleTables(doc.rules, path, problems);
  config.disable = stringList(doc.disable, `${path}: "disable"`, problems);
  if (doc.overrides !== void 0) {
    if (typeof doc.overrides !== "object" || doc.overrides === null || Array.isArray(doc.overrides)) problems.push(`${path}: "overrides" must be a table of rule ids`);
    else {
      for (const [id, raw] of Object.entries(doc.overrides)) {
        const o = raw;
        const override = {};
        for (const key of Object.keys(o ?? {})) {
          if (key === "entropy") {
            if (typeof o.entropy !== "number" || o.entropy < 0 || o.entropy > 8) problems.push(`${path}: overrides."${id}": "entropy" must be a number between 0 and 8`);
            else override.entropy = o.entropy;
          } else if (key === "severity") {
            if (!["critical", "high", "medium", "low"].includes(o.severity)) problems.push(`${path}: overrides."${id}": "severity" must be critical, high, medium or low`);
            else override.severity = o.severity;
          } else problems.push(`${path}: overrides."${id}": unknown key "${key}" (expected entropy, severity)`);
        }
        config.overrides[id] = override;
      }
    }
  }
  if (doc.allowlist !== void 0) {
    const a = doc.allowlist;
    if (typeof a !== "object" || a === null || Array.isArray(a)) problems.push(`${path}: "allowlist" must be a table`);
    else {
      for (const key of Object.keys(a)) if (!["paths", "regexes", "stopwords"].includes(key)) problems.push(`${path}: unknown key "allowlist.${key}" (expected paths, regexes, stopwords)`);
      config.allowlist.paths = stringList(a.paths, `${path}: "allowlist.paths"`, problems);
      config.allowlist.regexes = stringList(a.regexes, `${path}: "allowlist.regexes"`, problems);
      config.allowlist.stopwords = stringList(a.stopwords, `${path}: "allowlist.stopwords"`, problems);
      for (const re of config.allowlist.regexes) {
        try {
          new RegExp(re);
        } catch (error) {
          problems.push(`${path}: "allowlist.regexes": ${error.message}`);
        }
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.length === 1 ? problems[0] : `${problems.length} problems in the config:
  ${problems.join("\n  ")}`);
  return config;
}
function stringList(v, what, problems) {
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    problems.push(`${what} must be a list of strings`);
    return [];
  }
  return v;
}

// src/config/resolve-rules.ts
function resolveRules(builtin, config) {
  const known = /* @__PURE__ */ new Set([...builtin.map((r) => r.id), ...config.rules.map((r) => r.id)]);
  const unknown = [...config.disable, ...Object.keys(config.overrides)].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`${config.path}: no rule has the id ${unknown.map((id) => `"${id}"`).join(", ")} (run \`leakguard rules\` to list them)`);
  const disabled = new Set(config.disable);
  const rules = [...builtin, ...config.rules].filter((r) => !disabled.has(r.id)).map((r) => {
    const o = config.overrides[r.id];
    return o ? { ...r, ...o.entropy !== void 0 && { entropy: o.entropy }, ...o.severity && { severity: o.severity } } : r;
  });
  checkUniqueIds(rules);
  return rules;
}

// src/cli/load-settings.ts
function loadSettings(options, root, cwd) {
  const config = loadConfigFile(root, options.config ? resolve2(cwd, options.config) : void 0);
  const rules = resolveRules(loadBuiltinRules(), config);
  const baseline = options.baseline ? readBaseline(resolve2(cwd, options.baseline)) : void 0;
  const allowlist = { ...config.allowlist, paths: [...config.allowlist.paths] };
  if (config.path) {
    const rel = relative2(root, config.path);
    if (!rel.startsWith("..")) allowlist.paths.push(rel.split(sep2).join("/"));
  }
  return { settings: { rules, allowlist }, config, baseline };
}

// src/cli/progress.ts
function createProgress(stream, label, delayMs = 700) {
  if (!stream.isTTY) return { update() {
  }, done() {
  } };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total, detail) {
      const now = performance.now();
      if (now - started < delayMs || now - last < 100) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.floor(done / total * 100) : 0;
      const rate = done / ((now - started) / 1e3);
      const eta = rate > 0 && total > done ? Math.ceil((total - done) / rate) : 0;
      stream.write(`\r\x1B[2K${label} ${done}/${total} (${pct}%)${detail ? ` ${detail}` : ""}${eta ? `, ~${eta}s left` : ""}`);
    },
    done() {
      if (shown) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/write-report.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/engine/filters/baseline.ts
function applyBaseline(findings, baseline) {
  const listed = new Map(baseline.map((e) => [e.fingerprint, e]));
  const matched = /* @__PURE__ */ new Set();
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    if (listed.has(f.fingerprint)) {
      matched.add(f.fingerprint);
      suppressed++;
    } else kept.push(f);
  }
  const stale = baseline.filter((e) => !matched.has(e.fingerprint));
  return { kept, suppressed, stale };
}
function baselineEntriesFor(findings) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const f of findings) byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, rule: f.ruleId, path: f.path });
  return [...byFingerprint.values()].sort(
    (a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/cli/write-report.ts
function sortFindings(findings) {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}
function writeReport(outcome, options, baseline, ctx) {
  const base = baseline ? applyBaseline(outcome.findings, baseline) : { kept: outcome.findings, suppressed: 0, stale: [] };
  const input = {
    command: outcome.command,
    toolVersion: VERSION,
    root: outcome.root,
    findings: sortFindings(base.kept),
    rules: outcome.rules,
    stats: { ...outcome.stats, suppressedByBaseline: base.suppressed, staleBaseline: base.stale },
    warnings: outcome.warnings,
    redact: options.redact,
    durationMs: performance.now() - outcome.startedAt
  };
  if (options.output) {
    const path = resolve3(ctx.cwd, options.output);
    try {
      writeFileSync(path, formatReport(options.format, input));
    } catch (error) {
      throw new UsageError(`--output ${options.output}: cannot write (${error.code ?? error.message})`);
    }
    ctx.stderr.write(`${formatSummaryLine(input, createStyle(wantsColor(ctx.stderr, ctx.env)))}
`);
  } else {
    ctx.stdout.write(formatReport(options.format, input, wantsColor(ctx.stdout, ctx.env)));
  }
  return input.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

// src/cli/commands/scan.ts
var SCAN_HELP = `usage: leakguard scan [PATH...] [options]

Scan files and directories (default: the current directory); "-" reads standard input.
Inside a git work tree, files ignored by .gitignore are skipped.

${COMMON_HELP}
      --no-gitignore             scan ignored files too
      --workers N                scan threads (default: one per core; 0 = none)
  exit codes: 0 no secrets, 1 secrets found, 2 error`;
var OWN = {
  "no-gitignore": { type: "boolean" },
  workers: { type: "string" }
};
var scanCommand = async (argv, ctx) => {
  const { values, positionals } = parseCommand("scan", argv, OWN);
  if (values.help) {
    ctx.stdout.write(`${SCAN_HELP}
`);
    return EXIT_CLEAN;
  }
  const options = commonOptions("scan", values);
  const outcome = await runScan(positionals.length ? positionals : ["."], ctx, {
    gitignore: !values["no-gitignore"],
    workers: values.workers === void 0 ? void 0 : parseWorkers(values.workers),
    options
  });
  return writeReport(outcome.outcome, options, outcome.baseline, ctx);
};
function parseWorkers(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`leakguard scan: --workers must be a whole number from 0 to 64, not "${value}"`);
  return n;
}
async function runScan(targets, ctx, run) {
  const startedAt = performance.now();
  if (targets.length === 1 && targets[0] === "-") {
    const { settings: settings2, baseline: baseline2 } = loadSettings(run.options, ctx.cwd, ctx.cwd);
    const pool2 = createScanPool(settings2, { workers: 0 });
    const text = await readStdin(ctx.stdin);
    const findings = await pool2.scanFragments([{ path: "-", text }]);
    const outcome = {
      command: "scan",
      root: ctx.cwd,
      findings,
      rules: settings2.rules,
      warnings: [],
      startedAt,
      stats: { files: 1, bytes: Buffer.byteLength(text), binary: [], unreadable: [], skipped: [] }
    };
    return { outcome, baseline: baseline2 };
  }
  const listing = await listFiles(targets, ctx.cwd, { gitignore: run.gitignore });
  const { settings, baseline } = loadSettings(run.options, listing.root, ctx.cwd);
  const pool = createScanPool(settings, run.workers === void 0 ? {} : { workers: run.workers });
  const progress = createProgress(ctx.stderr, "scanning");
  try {
    const result = await pool.scanFiles(listing.files, (done) => progress.update(done, listing.files.length, "files"));
    const outcome = {
      command: "scan",
      root: listing.root,
      findings: result.findings,
      rules: settings.rules,
      warnings: [],
      startedAt,
      stats: { files: result.files, bytes: result.bytes, binary: result.binary, unreadable: result.unreadable, skipped: listing.skipped }
    };
    return { outcome, baseline };
  } finally {
    progress.done();
    await pool.close();
  }
}

export {
  BASELINE_FILE_NAME,
  formatBaseline,
  baselineEntriesFor,
  SCAN_HELP,
  scanCommand,
  runScan
};
