import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  changeFragment,
  createDiffParser,
  emptyDiffStats,
  logPatchArgs,
  streamGitLines
} from "./chunk-26HO53JB.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import {
  GitError,
  SourceError
} from "./chunk-E6TSIIIV.js";

// src/git/blob-reader.ts
import { spawn } from "node:child_process";
function createBlobReader(cwd, env) {
  let child;
  const queue = [];
  let buffer = Buffer.alloc(0);
  let failure;
  const err = [];
  function start() {
    const c = spawn("git", ["cat-file", "--batch"], { cwd, env: { ...process.env, ...env, LC_ALL: "C" }, stdio: ["pipe", "pipe", "pipe"] });
    c.stdout.on("data", (d) => {
      buffer = buffer.length ? Buffer.concat([buffer, d]) : d;
      drain();
    });
    c.stderr.on("data", (d) => err.push(d));
    c.on("error", (e) => fail(new GitError(e.code === "ENOENT" ? "git is not installed or not on PATH; install git" : `cannot run git: ${e.message}`)));
    c.on("close", (code) => {
      if (queue.length) fail(new GitError(`git cat-file failed (exit ${code}): ${Buffer.concat(err).toString("utf8").trim().split("\n")[0] || "no message"}`));
    });
    c.stdin.on("error", () => void 0);
    return c;
  }
  function fail(e) {
    failure = e;
    for (const q of queue.splice(0)) q.reject(e);
  }
  function drain() {
    while (queue.length) {
      const nl = buffer.indexOf(10);
      if (nl === -1) return;
      const header = buffer.toString("utf8", 0, nl);
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        buffer = buffer.subarray(nl + 1);
        queue.shift().resolve(void 0);
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(" ") + 1));
      if (buffer.length < nl + 1 + size + 1) return;
      const body = Buffer.from(buffer.subarray(nl + 1, nl + 1 + size));
      buffer = buffer.subarray(nl + 1 + size + 1);
      queue.shift().resolve(body);
    }
  }
  return {
    read(oid) {
      if (failure) return Promise.reject(failure);
      child ??= start();
      return new Promise((resolve, reject) => {
        queue.push({ resolve, reject });
        child.stdin.write(`${oid}
`);
      });
    },
    close() {
      child?.stdin.end();
      child = void 0;
    }
  };
}

// src/sources/commit-range.ts
async function* rangeFragments(repoDir, base, head, stats = emptyDiffStats()) {
  const headSha = await resolveCommit(repoDir, head, "HEAD");
  const revs = [headSha];
  if (base !== void 0) revs.push(`^${await resolveCommit(repoDir, base, "BASE")}`);
  yield* commitFragments(repoDir, revs, stats);
}
async function* commitFragments(repoDir, revs, stats = emptyDiffStats()) {
  const reader = createBlobReader(repoDir);
  const parser = createDiffParser();
  try {
    const lines = streamGitLines(["-c", "core.quotePath=false", "log", ...logPatchArgs(), ...revs], { cwd: repoDir });
    for await (const line of lines) {
      for (const diff of parser.push(line)) yield* commitDiffFragments(diff);
    }
    for (const diff of parser.end()) yield* commitDiffFragments(diff);
  } finally {
    reader.close();
  }
  async function* commitDiffFragments(diff) {
    stats.commits++;
    for (const change of diff.files) {
      const fragment = await changeFragment(change, reader, stats, diff.commit);
      if (fragment) yield fragment;
    }
  }
}
async function resolveCommit(repoDir, name, role) {
  const r = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${name}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  const sha = r.stdout.toString("utf8").trim();
  if (r.code !== 0 || !sha) throw new SourceError(`${role} "${name}" is not a commit in this repository; check the name (git rev-parse ${name})`);
  return sha;
}

export {
  createBlobReader,
  rangeFragments,
  commitFragments,
  resolveCommit
};
