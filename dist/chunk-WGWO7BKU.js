import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-E6TSIIIV.js";

// src/git/run-git.ts
import { spawn, spawnSync } from "node:child_process";
function runGit(args, options) {
  return new Promise((resolve, reject) => {
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
      if (c === 0 || options.okCodes?.includes(c)) resolve({ stdout: Buffer.concat(out), code: c });
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

export {
  runGit,
  runGitSync
};
