import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  scanGitFragments
} from "./chunk-R5KAGXHK.js";
import {
  changeFragment,
  createDiffParser,
  diffPatchArgs,
  emptyDiffStats,
  gitLinesSync
} from "./chunk-26HO53JB.js";
import {
  COMMON_HELP,
  commonOptions,
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import {
  findWorkTreeRoot
} from "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-LQ4OAWDE.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import "./chunk-DHDCQOBG.js";
import {
  GitError,
  SourceError
} from "./chunk-E6TSIIIV.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/staged.ts
import { isAbsolute as isAbsolute2, relative, resolve as resolve2, sep } from "node:path";

// src/sources/staged-fragments.ts
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

// src/git/read-blobs-sync.ts
import { spawnSync } from "node:child_process";
function readBlobsSync(cwd, env, oids) {
  const blobs = /* @__PURE__ */ new Map();
  const unique = [...new Set(oids)];
  if (unique.length > 0) {
    const r = spawnSync("git", ["cat-file", "--batch"], {
      cwd,
      env: { ...process.env, ...env, LC_ALL: "C" },
      input: `${unique.join("\n")}
`,
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 4 * 1024 * 1024 * 1024 - 1
    });
    if (r.error) throw new GitError(`cannot run git cat-file: ${r.error.message}`);
    if (r.status !== 0) throw new GitError(`git cat-file failed (exit ${r.status ?? r.signal}): ${r.stderr.toString("utf8").trim().split("\n")[0] || "no message"}`);
    const out = r.stdout;
    let at = 0;
    for (const oid of unique) {
      const nl = out.indexOf(10, at);
      if (nl === -1) throw new GitError(`git cat-file: output ended early, before ${oid}`);
      const header = out.toString("utf8", at, nl);
      at = nl + 1;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) continue;
      const size = Number(header.slice(header.lastIndexOf(" ") + 1));
      blobs.set(oid, out.subarray(at, at + size));
      at += size + 1;
    }
  }
  return {
    read: (oid) => Promise.resolve(blobs.get(oid)),
    close() {
    }
  };
}

// src/sources/staged-fragments.ts
async function* stagedFragments(dir, stats = emptyDiffStats(), options = {}) {
  const env = gitEnvFor(dir, options.env ?? process.env);
  const parser = createDiffParser();
  const args = ["-c", "core.quotePath=false", "diff", "--cached", "--ita-invisible-in-index", ...diffPatchArgs()];
  let lines;
  try {
    lines = gitLinesSync(args, { cwd: dir, env });
  } catch (error) {
    if (!findWorkTreeRoot(dir)) throw new SourceError(`cannot read the staged content: ${dir} is not inside a git work tree`);
    throw error;
  }
  const diffs = [...lines.flatMap((line) => parser.push(line)), ...parser.end()];
  const changes = diffs.flatMap((d) => d.files).filter((c) => !options.only || options.only.has(c.path));
  if (changes.length === 0) return;
  const wanted = changes.filter((c) => c.blobId && c.status !== "deleted" && c.mode !== "160000" && (c.binary || c.addedLines.length > 0));
  const reader = readBlobsSync(dir, env, wanted.map((c) => c.blobId));
  for (const change of changes) {
    const fragment = await changeFragment(change, reader, stats, void 0, "fail");
    if (fragment) yield fragment;
  }
}
function gitEnvFor(dir, env) {
  const out = { ...env };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"]) {
    const value = env[name];
    if (!value || isAbsolute(value)) continue;
    const fromDir = resolve(dir, value);
    if (name !== "GIT_INDEX_FILE" || existsSync(fromDir)) {
      out[name] = fromDir;
      continue;
    }
    const root = findWorkTreeRoot(dir);
    out[name] = root ? resolve(root, value) : fromDir;
  }
  const index = out.GIT_INDEX_FILE;
  if (index && !existsSync(index)) {
    throw new SourceError(`cannot read the staged content: GIT_INDEX_FILE names ${env.GIT_INDEX_FILE}, which does not exist; the commit was not checked`);
  }
  return out;
}

// src/cli/commands/staged.ts
var STAGED_HELP = `usage: leakguard staged [FILE...] [options]

Scan what the next commit records: the staged content (the index, as git reads it, including the
temporary index of \`git commit -a\` and \`git commit <path>\`), never the working-tree files. Only
lines added relative to HEAD are reported. FILE arguments (from lint-staged or the pre-commit
framework) narrow the set of staged files; unstaged files are never read. Silent when clean;
prints what to do when it stops a commit. Never modifies files or the index.
Uses .leakguard-baseline.json at the root when present.

${COMMON_HELP}
  exit codes: 0 nothing staged or no secrets, 1 secrets found, 2 the staged content could not be read`;
var stagedCommand = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand("staged", argv, {});
  if (values.help) {
    ctx.stdout.write(`${STAGED_HELP}
`);
    return EXIT_CLEAN;
  }
  let root;
  const rootOf = () => {
    root ??= findWorkTreeRoot(ctx.cwd);
    if (!root) throw new SourceError(`cannot read the staged content: ${ctx.cwd} is not inside a git work tree`);
    return root;
  };
  const only = positionals.length ? new Set(positionals.map((p) => repoPath(rootOf(), ctx.cwd, p))) : void 0;
  const requested = commonOptions("staged", values);
  const stats = emptyDiffStats();
  const fragments = stagedFragments(ctx.cwd, stats, { only, env: ctx.env });
  const { outcome, loaded, options } = await scanGitFragments("staged", rootOf, fragments, stats, requested, ctx.cwd, startedAt);
  if (outcome.findings.length === 0 && options.format === "text" && !options.output) return EXIT_CLEAN;
  const { finishHook } = await import("./chunk-524EXEYN.js");
  return finishHook("commit", outcome, options, loaded?.baseline, ctx);
};
function repoPath(root, cwd, arg) {
  const abs = isAbsolute2(arg) ? arg : resolve2(cwd, arg);
  return relative(root, abs).split(sep).join("/");
}
export {
  STAGED_HELP,
  stagedCommand
};
