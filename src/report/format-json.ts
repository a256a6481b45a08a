import type { ReportInput } from './report-input.js';
import { shownSecret, shownSnippet } from './report-input.js';

/**
 * JSON report, schema version 1 (documented in README.md, "JSON output"). Fields are only ever
 * added within a schema version; `secret` is the redacted form unless --no-redact.
 */
export function formatJson(input: ReportInput): string {
  const { stats } = input;
  const doc = {
    schemaVersion: 1,
    tool: { name: 'leakguard', version: input.toolVersion },
    command: input.command,
    redacted: input.redact,
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      confidence: f.confidence,
      path: f.path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      secret: shownSecret(f, input.redact),
      snippet: shownSnippet(f, input.redact),
      entropy: f.entropy,
      fingerprint: f.fingerprint,
      ...(f.commit && { commit: f.commit }),
    })),
    summary: {
      findings: input.findings.length,
      files: stats.files,
      bytes: stats.bytes,
      ...(stats.commits !== undefined && { commits: stats.commits }),
      ...(stats.blobs !== undefined && { blobs: stats.blobs }),
      binarySkipped: stats.binary,
      unreadable: stats.unreadable,
      skipped: stats.skipped,
      suppressedByBaseline: stats.suppressedByBaseline,
      staleBaseline: stats.staleBaseline,
      warnings: input.warnings,
      durationMs: Math.round(input.durationMs),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
