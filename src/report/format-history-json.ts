import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import type { HistoryReportInput } from './history-report-input.js';

/**
 * The history audit as JSON: the scan report's schema (version 1) with fields added, never changed:
 * each finding gains its provenance, the document gains `secrets` (grouped) and `summary.history`.
 */
export function formatHistoryJson(input: HistoryReportInput): string {
  const doc = JSON.parse(formatJson(input)) as { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
  input.findings.forEach((f, i) => {
    Object.assign(doc.findings[i]!, { blobId: f.blobId, stillExposed: f.stillExposed, sameBlobElsewhere: f.sameBlobElsewhere, commitsAtPath: f.commitsAtPath });
  });
  const secrets = input.groups.map((g) => ({
    ruleId: g.ruleId,
    secret: input.redact ? g.redacted : g.secret,
    stillExposed: g.stillExposed,
    tipPaths: g.tipPaths,
    introduced: g.places[0]!.commit,
    places: g.places.map((p) => ({ path: p.path, line: p.line, commit: p.commit.sha, fingerprint: p.fingerprint })),
  }));
  const h = input.history;
  doc.summary.history = {
    engine: h.engine,
    scope: h.scope,
    defaultBranch: h.tip ?? null,
    shallow: h.shallow,
    binaryBlobs: h.binaryBlobs,
    unreadableObjects: h.unreadableObjects,
    ...(h.walkError !== undefined && { walkError: h.walkError }),
    secrets: input.groups.length,
    stillExposed: input.groups.filter((g) => g.stillExposed).length,
  };
  return `${JSON.stringify({ ...doc, secrets }, null, 2)}\n`;
}

/** SARIF with provenance: the commit is already in `partialFingerprints` and properties; add exposure. */
export function formatHistorySarif(input: HistoryReportInput): string {
  const log = JSON.parse(formatSarif(input)) as { runs: { results: { properties: Record<string, unknown> }[]; invocations?: unknown[] }[] };
  const run = log.runs[0]!;
  input.findings.forEach((f, i) => {
    Object.assign(run.results[i]!.properties, { blobId: f.blobId, stillExposed: f.stillExposed, sameBlobElsewhere: f.sameBlobElsewhere });
  });
  const incomplete = input.history.unreadableObjects.length > 0 || input.history.walkError !== undefined;
  run.invocations = [{
    executionSuccessful: !incomplete,
    toolExecutionNotifications: [
      ...input.history.unreadableObjects.map((u) => ({ level: 'error', message: { text: `could not read blob ${u.oid}${u.path ? ` (${u.path})` : ''}: ${u.reason}` } })),
      ...(input.history.walkError ? [{ level: 'error', message: { text: `history walk stopped early: ${input.history.walkError}` } }] : []),
      ...(input.history.shallow ? [{ level: 'warning', message: { text: 'shallow clone: history is incomplete' } }] : []),
    ],
  }];
  return `${JSON.stringify(log, null, 2)}\n`;
}
