import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  createStyle,
  formatReport,
  formatSummaryLine
} from "./chunk-LQ4OAWDE.js";
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  wantsColor
} from "./chunk-SUJUIZ3C.js";
import {
  applyBaseline
} from "./chunk-DLHQVUMH.js";
import {
  UsageError
} from "./chunk-E6TSIIIV.js";

// src/cli/write-report.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
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
    const path = resolve(ctx.cwd, options.output);
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

export {
  sortFindings,
  writeReport
};
