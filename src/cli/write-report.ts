import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { applyBaseline } from '../engine/filters/baseline.js';
import type { BaselineEntry, Finding, RuleSpec, ScanStats, ScanWarning } from '../engine/types.js';
import { createStyle } from '../report/colors.js';
import { formatReport } from '../report/format-report.js';
import { formatSummaryLine } from '../report/format-text.js';
import type { ReportInput } from '../report/report-input.js';
import { EXIT_CLEAN, EXIT_FINDINGS, wantsColor, type CliContext } from './cli-context.js';
import type { CommonOptions } from './common-options.js';
import { VERSION } from './version.js';

export interface ScanOutcome {
  command: string;
  root: string;
  findings: Finding[];
  rules: readonly RuleSpec[];
  stats: Omit<ScanStats, 'suppressedByBaseline' | 'staleBaseline'>;
  warnings: ScanWarning[];
  startedAt: number;
}

/** Sort findings so every report is deterministic: by path, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}

/** Apply the baseline, build the report, write it where asked, and return the exit code. */
export function writeReport(outcome: ScanOutcome, options: CommonOptions, baseline: BaselineEntry[] | undefined, ctx: CliContext): number {
  const base = baseline ? applyBaseline(outcome.findings, baseline) : { kept: outcome.findings, suppressed: 0, stale: [] };
  const input: ReportInput = {
    command: outcome.command,
    toolVersion: VERSION,
    root: outcome.root,
    findings: sortFindings(base.kept),
    rules: outcome.rules,
    stats: { ...outcome.stats, suppressedByBaseline: base.suppressed, staleBaseline: base.stale },
    warnings: outcome.warnings,
    redact: options.redact,
    durationMs: performance.now() - outcome.startedAt,
  };
  if (options.output) {
    const path = resolve(ctx.cwd, options.output);
    try {
      writeFileSync(path, formatReport(options.format, input));
    } catch (error) {
      throw new UsageError(`--output ${options.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    // With the report in a file, the terminal still gets the one-line verdict.
    ctx.stderr.write(`${formatSummaryLine(input, createStyle(wantsColor(ctx.stderr, ctx.env)))}\n`);
  } else {
    ctx.stdout.write(formatReport(options.format, input, wantsColor(ctx.stdout, ctx.env)));
  }
  return input.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
