import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { applyBaseline } from '../engine/filters/baseline.js';
import type { BaselineEntry, ScanWarning } from '../engine/types.js';
import type { HistoryEngine, RepoFacts } from '../git/history-engine.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import { createStyle } from '../report/colors.js';
import { formatHistoryHtml } from '../report/format-history-html.js';
import { formatHistoryJson, formatHistorySarif } from '../report/format-history-json.js';
import { formatHistorySummaryLine, formatHistoryText } from '../report/format-history-text.js';
import { isIncomplete, type HistoryReportInput } from '../report/history-report-input.js';
import { attributeFindings, groupBySecret, type HistoryFinding, type PlaceFilter } from '../sources/history-provenance.js';
import type { HistoryScanResult } from '../sources/history-scan.js';
import { findTipSecrets } from '../sources/history-tip.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, wantsColor, type CliContext } from './cli-context.js';
import type { CommonOptions } from './common-options.js';
import { VERSION } from './version.js';
import { sortFindings } from './write-report.js';

export interface HistoryOutcome {
  engine: HistoryEngine;
  facts: RepoFacts;
  scopeText: string;
  settings: ScanSettings;
  scan: HistoryScanResult;
  warnings: ScanWarning[];
  startedAt: number;
}

/**
 * Attach provenance, apply the baseline, write the report(s) and return the exit code: 2 when part of
 * the history could not be read (never "clean" on data that was not read), else 1 for findings, 0 clean.
 */
export async function writeHistoryReport(outcome: HistoryOutcome, keep: PlaceFilter, options: CommonOptions, baseline: BaselineEntry[] | undefined, htmlPath: string | undefined, ctx: CliContext): Promise<number> {
  const { scan, facts } = outcome;
  const tipSecrets = facts.tip ? await findTipSecrets(outcome.engine, facts.tip.sha, scan.hits, scan.seen) : new Map<string, string[]>();
  const all = attributeFindings(scan.hits, keep, tipSecrets);
  const base = baseline ? applyBaseline(all, baseline) : { kept: all, suppressed: 0, stale: [] };
  const findings = sortFindings(base.kept as HistoryFinding[]) as HistoryFinding[];
  const input: HistoryReportInput = {
    command: 'history',
    toolVersion: VERSION,
    root: facts.root,
    findings,
    groups: groupBySecret(findings, tipSecrets),
    rules: outcome.settings.rules,
    stats: {
      files: scan.blobs, bytes: scan.bytes, binary: [], unreadable: [], skipped: [],
      commits: scan.commits, blobs: scan.blobs, suppressedByBaseline: base.suppressed, staleBaseline: base.stale,
    },
    warnings: outcome.warnings,
    redact: options.redact,
    durationMs: performance.now() - outcome.startedAt,
    history: {
      engine: outcome.engine.name,
      scope: outcome.scopeText,
      ...(facts.tip && { tip: facts.tip }),
      shallow: facts.shallow,
      binaryBlobs: scan.binaryBlobs,
      unreadableObjects: scan.unreadable,
      ...(scan.walkError !== undefined && { walkError: scan.walkError }),
    },
  };
  const text = (color: boolean) => {
    switch (options.format) {
      case 'json':
        return formatHistoryJson(input);
      case 'sarif':
        return formatHistorySarif(input);
      case 'text':
        return formatHistoryText(input, createStyle(color));
    }
  };
  if (htmlPath) write(resolve(ctx.cwd, htmlPath), formatHistoryHtml(input), `--report ${htmlPath}`);
  if (options.output) {
    write(resolve(ctx.cwd, options.output), text(false), `--output ${options.output}`);
  } else {
    ctx.stdout.write(text(wantsColor(ctx.stdout, ctx.env)));
  }
  if (options.output || (options.format !== 'text' && ctx.stdout !== ctx.stderr)) {
    // With the report elsewhere, the terminal still gets the verdict (and any reason it is incomplete).
    if (options.output) ctx.stderr.write(`${formatHistorySummaryLine(input, createStyle(wantsColor(ctx.stderr, ctx.env)))}\n`);
  }
  if (isIncomplete(input)) {
    if (options.format !== 'text' || options.output) ctx.stderr.write('leakguard: the audit is incomplete: some objects could not be read (see the report); exit 2\n');
    return EXIT_ERROR;
  }
  return findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

function write(path: string, content: string, flag: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new UsageError(`${flag}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
