import type { Finding, RuleSpec, ScanStats, ScanWarning } from '../engine/types.js';

/** Everything a reporter needs; reporters are pure functions of this. */
export interface ReportInput {
  command: string;
  toolVersion: string;
  /** Directory findings' paths are relative to. */
  root: string;
  findings: readonly Finding[];
  /** The rules that ran, for SARIF rule metadata. */
  rules: readonly RuleSpec[];
  stats: ScanStats;
  warnings: readonly ScanWarning[];
  /** False only with --no-redact. */
  redact: boolean;
  durationMs: number;
}

/** What to print for a finding's secret: the redacted form unless the user asked for full values. */
export function shownSecret(finding: Finding, redact: boolean): string {
  return redact ? finding.redacted : finding.secret;
}

/** The snippet with the secret shown or hidden as asked. Snippets are stored masked. */
export function shownSnippet(finding: Finding, redact: boolean): string {
  return redact ? finding.snippet : finding.snippet.split(finding.redacted).join(finding.secret);
}
