import { relative, resolve, sep } from 'node:path';
import { BASELINE_FILE_NAME } from '../config/baseline-file.js';
import { applyBaseline } from '../engine/filters/baseline.js';
import type { BaselineEntry } from '../engine/types.js';
import { createStyle } from '../report/colors.js';
import { formatBlock } from '../report/format-block.js';
import { EXIT_CLEAN, EXIT_FINDINGS, wantsColor, type CliContext } from './cli-context.js';
import type { CommonOptions } from './common-options.js';
import { describeInvocation } from './describe-invocation.js';
import { sortFindings, writeReport, type ScanOutcome } from './write-report.js';

/**
 * How a hook command (staged, pre-push) ends. With the default text format it is silent when clean
 * and prints the block message (report/format-block.ts) on standard error when not: a hook runs many
 * times a day and should be invisible until it matters. Other formats, or --output, give the
 * ordinary report.
 */
export function finishHook(
  action: 'commit' | 'push',
  outcome: ScanOutcome,
  options: CommonOptions,
  baseline: BaselineEntry[] | undefined,
  ctx: CliContext,
): number {
  if (options.format !== 'text' || options.output) return writeReport(outcome, options, baseline, ctx);
  const kept = baseline ? applyBaseline(outcome.findings, baseline).kept : outcome.findings;
  if (kept.length === 0) return EXIT_CLEAN;
  const baselinePath = options.baseline ? relative(outcome.root, resolve(ctx.cwd, options.baseline)).split(sep).join('/') : BASELINE_FILE_NAME;
  const text = formatBlock(
    { action, findings: sortFindings(kept), redact: options.redact, invocation: describeInvocation(process.argv[1], ctx.env), baselinePath },
    createStyle(wantsColor(ctx.stderr, ctx.env)),
  );
  ctx.stderr.write(text);
  return EXIT_FINDINGS;
}
