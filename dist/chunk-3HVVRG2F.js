import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  scanGitFragments
} from "./chunk-R5KAGXHK.js";
import {
  rangeFragments
} from "./chunk-ACM6SHGT.js";
import {
  emptyDiffStats
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
import {
  writeReport
} from "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import {
  SourceError,
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/diff.ts
var DIFF_HELP = `usage: leakguard diff BASE [HEAD] [options]

Scan every commit in BASE..HEAD (HEAD defaults to HEAD): each line each commit adds, not only
the net difference, so a secret added in one commit and removed in a later one is still found.
Merge commits contribute the lines that are new relative to all of their parents (conflict
resolutions). Findings name the commit. Uses .leakguard-baseline.json at the root when present.

${COMMON_HELP}
  exit codes: 0 no secrets, 1 secrets found, 2 error`;
var diffCommand = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand("diff", argv, {});
  if (values.help) {
    ctx.stdout.write(`${DIFF_HELP}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError("leakguard diff: give BASE and optionally HEAD, e.g. `leakguard diff origin/main` (see `leakguard diff --help`)");
  const [base, head = "HEAD"] = positionals;
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard diff: ${ctx.cwd} is not inside a git work tree; run it in the repository`);
  const requested = commonOptions("diff", values);
  const stats = emptyDiffStats();
  const { outcome, loaded, options } = await scanGitFragments("diff", root, rangeFragments(root, base, head, stats), stats, requested, ctx.cwd, startedAt);
  return writeReport(outcome, options, loaded?.baseline, ctx);
};
export {
  DIFF_HELP,
  diffCommand
};
