import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  scanGitFragments
} from "./chunk-R5KAGXHK.js";
import {
  commitFragments,
  rangeFragments,
  resolveCommit
} from "./chunk-ACM6SHGT.js";
import {
  emptyDiffStats
} from "./chunk-26HO53JB.js";
import {
  readStdin
} from "./chunk-TOMDRCNH.js";
import {
  COMMON_HELP,
  commonOptions,
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import {
  findWorkTreeRoot
} from "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-LQ4OAWDE.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import "./chunk-DHDCQOBG.js";
import {
  SourceError,
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-7LWLHRZ4.js";

// src/git/parse-push-lines.ts
function parsePushLines(text) {
  const updates = [];
  const bad = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) continue;
    const parts = line.split(" ");
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (parts.length !== 4 || !isSha(localSha) || !isSha(remoteSha) || !localRef || !remoteRef) {
      bad.push(line);
      continue;
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return { updates, bad };
}
function isZeroSha(sha) {
  return /^0+$/.test(sha);
}
function isSha(s) {
  return s !== void 0 && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(s);
}

// src/sources/push-fragments.ts
async function* pushFragments(repoDir, updates, stats = emptyDiffStats()) {
  const include = [];
  const exclude = [];
  let notOnRemotes = false;
  for (const u of updates) {
    if (isZeroSha(u.localSha)) continue;
    include.push(u.localSha);
    if (!isZeroSha(u.remoteSha) && await hasCommit(repoDir, u.remoteSha)) exclude.push(`^${u.remoteSha}`);
    else notOnRemotes = true;
  }
  if (include.length === 0) return;
  yield* commitFragments(repoDir, [...include, ...exclude, ...notOnRemotes ? ["--not", "--remotes"] : []], stats);
}
async function hasCommit(repoDir, sha) {
  const r = await runGit(["cat-file", "-e", `${sha}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  return r.code === 0;
}

// src/cli/commands/pre-push.ts
var PRE_PUSH_HELP = `usage: leakguard pre-push [REMOTE [URL]] [options]   (git's pre-push lines on standard input)

Scan every commit a push is about to publish: for each "<local ref> <local sha> <remote ref>
<remote sha>" line, the commits from the remote's sha to the local one (forced pushes included);
for a new branch, the commits not on any remote-tracking ref; nothing for a deletion. Under the
pre-commit framework (which does not forward those lines) it reads PRE_COMMIT_FROM_REF and
PRE_COMMIT_TO_REF instead. Silent when clean. Uses .leakguard-baseline.json when present.

${COMMON_HELP}
  exit codes: 0 no secrets, 1 secrets found, 2 error`;
var prePushCommand = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand("pre-push", argv, {});
  if (values.help) {
    ctx.stdout.write(`${PRE_PUSH_HELP}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 2) throw new UsageError("leakguard pre-push: takes at most REMOTE and URL (as git passes them); the refs come on standard input");
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard pre-push: ${ctx.cwd} is not inside a git work tree`);
  const requested = commonOptions("pre-push", values);
  const stats = emptyDiffStats();
  const to = ctx.env.PRE_COMMIT_TO_REF;
  let fragments;
  if (to) {
    const from = ctx.env.PRE_COMMIT_FROM_REF;
    fragments = from ? rangeFragments(root, from, to, stats) : pushFragments(root, [{ localRef: to, localSha: await resolveCommit(root, to, "PRE_COMMIT_TO_REF"), remoteRef: to, remoteSha: "0".repeat(40) }], stats);
  } else {
    const { updates, bad } = parsePushLines(await readStdin(ctx.stdin));
    if (bad.length > 0) throw new UsageError(`leakguard pre-push: standard input must be git's pre-push lines ("<local ref> <local sha> <remote ref> <remote sha>"), got "${bad[0]}"`);
    fragments = pushFragments(root, updates, stats);
  }
  const { outcome, loaded, options } = await scanGitFragments("pre-push", root, fragments, stats, requested, ctx.cwd, startedAt);
  if (outcome.findings.length === 0 && options.format === "text" && !options.output) return EXIT_CLEAN;
  const { finishHook } = await import("./chunk-524EXEYN.js");
  return finishHook("push", outcome, options, loaded?.baseline, ctx);
};
export {
  PRE_PUSH_HELP,
  prePushCommand
};
