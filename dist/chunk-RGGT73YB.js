import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  readStdin
} from "./chunk-TOMDRCNH.js";
import {
  COMMON_HELP,
  commonOptions,
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import {
  findWorkTreeRoot,
  listUnignoredFiles
} from "./chunk-O7OJYGPH.js";
import {
  LARGE_SCAN_FILES,
  createScanPool
} from "./chunk-YJHRYTX7.js";
import {
  loadSettings
} from "./chunk-PYSNMPX6.js";
import {
  writeReport
} from "./chunk-VRE7ITGE.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import {
  SourceError,
  UsageError
} from "./chunk-E6TSIIIV.js";

// src/sources/list-files.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
async function listFiles(targets, cwd, options) {
  const absTargets = targets.map((t) => resolve(cwd, t));
  const root = options.root ?? scanRoot(targets, cwd);
  const listing = { root, files: [], skipped: [] };
  const many = options.whenMany;
  const add = (file) => {
    if (listing.files.push(file) === many?.files) many.then();
  };
  const toRel = (abs) => {
    const r = relative(root, abs);
    return (r.startsWith("..") || isAbsolute(r) ? abs : r).split(sep).join("/");
  };
  for (const target of absTargets) {
    const stat = statSync(target);
    if (!stat.isDirectory()) {
      add({ abs: target, rel: toRel(target) });
      continue;
    }
    const repo = options.gitignore ? findWorkTreeRoot(target) : void 0;
    if (repo) {
      for (const p of await listUnignoredFiles(target)) {
        const abs = join(target, p);
        const kind = entryKind(abs);
        if (typeof kind === "number") add({ abs, rel: toRel(abs), size: kind });
        else if (kind === "symlink") listing.skipped.push({ path: toRel(abs), reason: "symbolic link (its target is scanned where it lies in the tree)" });
        else if (kind === "other") listing.skipped.push({ path: toRel(abs), reason: NOT_A_FILE });
      }
    } else {
      walk(target, listing, toRel, add);
    }
  }
  return listing;
}
function scanRoot(targets, cwd) {
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
  return gitRoot ?? (absTargets.length === 1 && statSync(absTargets[0]).isDirectory() ? absTargets[0] : cwd);
}
var NOT_A_FILE = "not a regular file (FIFO, socket or device)";
function entryKind(abs) {
  try {
    const s = lstatSync(abs);
    if (s.isSymbolicLink()) return "symlink";
    return s.isFile() ? s.size : "other";
  } catch {
    return "missing";
  }
}
function walk(dir, listing, toRel, add) {
  const base = toRel(dir);
  const stack = [[dir, base === "" ? "" : `${base}/`]];
  while (stack.length > 0) {
    const [current, rel] = stack.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      listing.skipped.push({ path: rel === "" ? "." : rel.slice(0, -1), reason: `directory unreadable (${error.code})` });
      continue;
    }
    const prefix = current.endsWith(sep) ? current : current + sep;
    for (const entry of entries) {
      const abs = prefix + entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== ".git") stack.push([abs, `${rel}${entry.name}/`]);
      } else if (entry.isFile()) add({ abs, rel: rel + entry.name });
      else if (entry.isSymbolicLink()) listing.skipped.push({ path: rel + entry.name, reason: "symbolic link (not followed)" });
      else listing.skipped.push({ path: rel + entry.name, reason: NOT_A_FILE });
    }
  }
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

// src/cli/commands/scan.ts
var SCAN_HELP = `usage: leakguard scan [PATH...] [options]

Scan files and directories (default: the current directory); "-" reads standard input.
Inside a git work tree, files ignored by .gitignore are skipped.

${COMMON_HELP}
      --no-gitignore             scan ignored files too
      --workers N                worker threads scanning beside the main one (default: one per core
                                 beyond the first; 0 = none)
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
  const root = scanRoot(targets, ctx.cwd);
  const { settings, baseline } = loadSettings(run.options, root, ctx.cwd);
  const pool = createScanPool(settings, run.workers === void 0 ? {} : { workers: run.workers });
  const progress = createProgress(ctx.stderr, "scanning", progressDelay(ctx.env));
  try {
    const listing = await listFiles(targets, ctx.cwd, { gitignore: run.gitignore, root, whenMany: { files: LARGE_SCAN_FILES, then: () => pool.startForFiles() } });
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
function progressDelay(env) {
  const value = env.LEAKGUARD_PROGRESS_DELAY_MS;
  if (value === void 0 || value === "") return void 0;
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < 0) throw new UsageError(`LEAKGUARD_PROGRESS_DELAY_MS must be a number of milliseconds, not "${value}"`);
  return ms;
}

export {
  SCAN_HELP,
  scanCommand,
  runScan
};
