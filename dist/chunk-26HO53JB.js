import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  binaryKeystoreText,
  isBinary
} from "./chunk-YA4VWDUB.js";
import {
  GitError,
  SourceError
} from "./chunk-E6TSIIIV.js";

// src/sources/diff-fragments.ts
function emptyDiffStats() {
  return { commits: 0, files: 0, bytes: 0, binary: [], skipped: [] };
}
var SUBMODULE_MODE = "160000";
async function changeFragment(change, reader, stats, commit, onMissing = "skip") {
  if (change.mode === SUBMODULE_MODE) {
    stats.skipped.push({ path: change.path, reason: "submodule entry (scan the submodule itself)" });
    return void 0;
  }
  if (change.status === "deleted" || !change.blobId) return void 0;
  if (!change.binary && change.addedLines.length === 0) return void 0;
  const bytes = await reader.read(change.blobId);
  if (!bytes) {
    if (onMissing === "fail") throw new SourceError(`cannot read the staged content of ${change.path}: blob ${change.blobId} is missing; the commit was not checked`);
    stats.skipped.push({ path: change.path, reason: `blob ${change.blobId.slice(0, 12)} is missing from the object database` });
    return void 0;
  }
  stats.files++;
  stats.bytes += bytes.length;
  if (isBinary(bytes)) {
    const keystore = binaryKeystoreText(bytes);
    if (keystore === void 0) {
      stats.binary.push(change.path);
      return void 0;
    }
    const fragment2 = { path: change.path, text: keystore, blobId: change.blobId };
    if (commit) fragment2.commit = commit;
    return fragment2;
  }
  const fragment = { path: change.path, text: bytes.toString("utf8"), blobId: change.blobId };
  if (!change.binary) fragment.reportLines = new Set(change.addedLines);
  if (commit) fragment.commit = commit;
  return fragment;
}

// src/git/unquote-path.ts
function unquotePath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = text.slice(1, -1);
  const bytes = [];
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function readQuotedToken(text) {
  if (!text.startsWith('"')) return void 0;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return { token: unquotePath(text.slice(0, i + 1)), rest: text.slice(i + 1) };
  }
  return void 0;
}

// src/git/parse-diff.ts
var COMMIT_MARK = "";
var COMMIT_FORMAT = "--format=%x01%H%x00%P%x00%an%x00%ae%x00%aI%x00%s";
function createDiffParser() {
  let current;
  let file;
  let headerPaths = {};
  let inHunk = false;
  let parents = 1;
  let newLine = 0;
  function finishFile() {
    if (file && current) {
      if (!file.path) file.path = headerPaths.b ?? headerPaths.a ?? "";
      if (file.path) current.files.push(file);
    }
    file = void 0;
    headerPaths = {};
    inHunk = false;
  }
  function finishCommit() {
    finishFile();
    const done = current;
    current = void 0;
    return done && (done.commit || done.files.length > 0) ? [done] : [];
  }
  function startFile() {
    finishFile();
    current ??= { parents: [], files: [] };
    file = { path: "", status: "modified", binary: false, addedLines: [] };
  }
  function push(line) {
    if (inHunk) {
      const c = line.charCodeAt(0);
      if (c === 43 || c === 45 || c === 32 || c === 92) {
        if (c === 92) return [];
        const prefix = line.slice(0, parents);
        if (prefix.includes("-")) return [];
        if (prefix === "+".repeat(parents)) file.addedLines.push(newLine);
        newLine++;
        return [];
      }
      inHunk = false;
    }
    if (line.startsWith(COMMIT_MARK)) {
      const done = finishCommit();
      const [sha = "", parentList = "", authorName = "", authorEmail = "", date = "", summary = ""] = line.slice(1).split("\0");
      current = { commit: { sha, authorName, authorEmail, date, summary }, parents: parentList.split(" ").filter(Boolean), files: [] };
      return done;
    }
    if (line.startsWith("diff --git ")) {
      startFile();
      parents = 1;
      headerPaths = splitGitHeader(line.slice("diff --git ".length));
      return [];
    }
    if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      startFile();
      const rest = line.slice(line.indexOf(" ", 5) + 1);
      headerPaths = { b: unquotePath(rest) };
      return [];
    }
    if (!file) return [];
    if (line.startsWith("@@")) {
      const at = /^(@+) /.exec(line);
      parents = at ? at[1].length - 1 : 1;
      const plus = / \+(\d+)(?:,(\d+))? /.exec(line);
      newLine = plus ? Number(plus[1]) : 0;
      inHunk = true;
      return [];
    }
    headerLine(file, line);
    return [];
  }
  function headerLine(f, line) {
    if (line.startsWith("new file mode ")) {
      f.status = "added";
      f.mode = line.slice("new file mode ".length).trim();
    } else if (line.startsWith("deleted file mode ")) {
      f.status = "deleted";
      f.mode = line.slice("deleted file mode ".length).trim();
    } else if (line.startsWith("new mode ")) {
      f.mode = line.slice("new mode ".length).trim();
    } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
      f.oldPath = unquotePath(line.slice(line.indexOf(" from ") + 6));
    } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      f.status = line.startsWith("rename") ? "renamed" : "copied";
      f.path = unquotePath(line.slice(line.indexOf(" to ") + 4));
    } else if (line.startsWith("index ")) {
      const m = /^index \S*\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
      if (m) {
        if (!/^0+$/.test(m[1])) f.blobId = m[1];
        if (m[2]) f.mode = m[2];
      }
    } else if (line.startsWith("+++ ")) {
      const p = diffFilePath(line.slice(4));
      if (p !== void 0) f.path = p;
    } else if (line.startsWith("--- ")) {
      const p = diffFilePath(line.slice(4));
      if (p !== void 0 && !f.path) headerPaths.a = p;
    } else if (line.startsWith("Binary files ")) {
      f.binary = true;
    }
  }
  return {
    push,
    end: finishCommit
  };
}
function diffFilePath(raw) {
  if (raw === "/dev/null") return void 0;
  let p = raw.startsWith('"') ? unquotePath(raw) : raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (p.startsWith("a/") || p.startsWith("b/")) p = p.slice(2);
  return p;
}
function splitGitHeader(rest) {
  const first = readQuotedToken(rest);
  if (first) {
    const second = readQuotedToken(first.rest.trimStart()) ?? { token: first.rest.trimStart() };
    return { a: stripPrefix(first.token), b: stripPrefix(second.token) };
  }
  if (rest.endsWith('"')) {
    const q = rest.lastIndexOf(' "');
    if (q !== -1) return { a: stripPrefix(rest.slice(0, q)), b: stripPrefix(unquotePath(rest.slice(q + 1))) };
  }
  const n = (rest.length - 5) / 2;
  if (Number.isInteger(n) && rest.slice(2, 2 + n) === rest.slice(5 + n) && rest.slice(2 + n, 5 + n) === " b/") {
    return { a: rest.slice(2, 2 + n), b: rest.slice(5 + n) };
  }
  return {};
}
function stripPrefix(p) {
  return p.startsWith("a/") || p.startsWith("b/") ? p.slice(2) : p;
}

// src/git/log-patch-args.ts
function logPatchArgs() {
  return [
    ...diffPatchArgs(),
    "--no-show-signature",
    "--root",
    "--cc",
    COMMIT_FORMAT
  ];
}
function diffPatchArgs() {
  return [
    "-p",
    "--full-index",
    "--unified=0",
    "--inter-hunk-context=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--find-renames",
    "--submodule=short",
    "--ignore-submodules=none"
  ];
}

// src/git/stream-git.ts
import { spawn, spawnSync } from "node:child_process";
async function* streamGitLines(args, options) {
  const child = spawn("git", args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["ignore", "pipe", "pipe"]
  });
  const err = [];
  child.stderr.on("data", (d) => err.push(d));
  let spawnError;
  child.on("error", (e) => spawnError = e);
  const closed = new Promise((resolve) => child.on("close", (code2) => resolve(code2 ?? 128)));
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout) {
      let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
        yield buf.toString("utf8", start, nl);
        start = nl + 1;
      }
      carry = buf.subarray(start);
      buf = carry;
    }
    if (carry.length) yield carry.toString("utf8");
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await closed;
  if (spawnError) throw new GitError(spawnError.code === "ENOENT" ? "git is not installed or not on PATH; install git" : `cannot run git: ${spawnError.message}`);
  if (code !== 0) {
    const message = Buffer.concat(err).toString("utf8").trim().split("\n").filter((l) => l.trim())[0]?.replace(/^fatal: /, "") ?? "";
    throw new GitError(`git ${args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""} failed (exit ${code}): ${message || "no message"}`);
  }
}
function gitLinesSync(args, options) {
  const r = spawnSync("git", args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1024 * 1024 * 1024
  });
  if (r.error) {
    const e = r.error;
    throw new GitError(e.code === "ENOENT" ? "git is not installed or not on PATH; install git" : `cannot run git: ${e.message}`);
  }
  if (r.status !== 0) {
    const message = r.stderr.toString("utf8").trim().split("\n").filter((l) => l.trim())[0]?.replace(/^fatal: /, "") ?? "";
    throw new GitError(`git ${args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""} failed (exit ${r.status ?? r.signal}): ${message || "no message"}`);
  }
  const text = r.stdout.toString("utf8");
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export {
  emptyDiffStats,
  changeFragment,
  createDiffParser,
  logPatchArgs,
  diffPatchArgs,
  streamGitLines,
  gitLinesSync
};
