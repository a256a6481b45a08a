import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  formatSarif,
  shownSecret,
  shownSnippet
} from "./chunk-DHDCQOBG.js";

// src/report/colors.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
function createStyle(color) {
  if (!color) {
    const id = (s) => s;
    return { bold: id, red: id, yellow: id, dim: id, green: id };
  }
  return { bold: wrap(1, 22), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), green: wrap(32, 39) };
}

// src/report/format-text.ts
function formatText(input, style) {
  const out = [];
  for (const f of input.findings) out.push(formatFindingBlock(f, input.redact, style), "");
  out.push(...formatNotes(input, style));
  out.push(formatSummaryLine(input, style));
  return `${out.join("\n")}
`;
}
function formatFindingBlock(f, redact, style) {
  const lines = [
    `${style.bold(`${f.path}:${f.line}:${f.column}`)}  ${style.red(f.ruleName)} ${style.dim(`[${f.ruleId}]`)}`,
    `  secret:      ${shownSecret(f, redact)}  ${style.dim(`(confidence ${f.confidence}, entropy ${f.entropy.toFixed(2)})`)}`,
    `  line:        ${shownSnippet(f, redact)}`,
    `  fingerprint: ${f.fingerprint}`
  ];
  if (f.commit) lines.push(`  commit:      ${f.commit.sha.slice(0, 12)} ${f.commit.authorName} <${f.commit.authorEmail}> ${f.commit.date.slice(0, 10)} ${f.commit.summary}`);
  return lines.join("\n");
}
function formatNotes(input, style) {
  const { stats } = input;
  const notes = [];
  for (const u of stats.unreadable) notes.push(style.yellow(`warning: could not read ${u.path}: ${u.reason}`));
  for (const w of input.warnings) notes.push(style.yellow(`warning: ${w.path ? `${w.path}: ` : ""}${w.message}`));
  if (stats.staleBaseline.length > 0) {
    notes.push(style.dim(`note: ${stats.staleBaseline.length} baseline ${plural(stats.staleBaseline.length, "entry", "entries")} matched nothing (fixed or moved); \`leakguard baseline\` rewrites the file`));
  }
  return notes;
}
function formatSummaryLine(input, style) {
  const { stats } = input;
  const scope = [`${stats.files} ${plural(stats.files, "file")}`, humanBytes(stats.bytes)];
  if (stats.commits !== void 0) scope.unshift(`${stats.commits} ${plural(stats.commits, "commit")}`);
  const extras = [];
  if (stats.binary.length) extras.push(`${stats.binary.length} binary skipped`);
  if (stats.skipped.length) extras.push(`${stats.skipped.length} links or special files skipped`);
  if (stats.unreadable.length) extras.push(`${stats.unreadable.length} unreadable`);
  if (stats.suppressedByBaseline) extras.push(`${stats.suppressedByBaseline} in baseline`);
  const tail = `(${scope.join(", ")}${extras.length ? `; ${extras.join(", ")}` : ""}; ${(input.durationMs / 1e3).toFixed(2)}s)`;
  const n = input.findings.length;
  if (n === 0) return `${style.green("leakguard: no secrets found")} ${style.dim(tail)}`;
  const files = new Set(input.findings.map((f) => f.path)).size;
  return `${style.red(style.bold(`leakguard: ${n} ${plural(n, "secret")} found in ${files} ${plural(files, "file")}`))} ${style.dim(tail)}`;
}
function humanBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
function plural(n, one, many = `${one}s`) {
  return n === 1 ? one : many;
}

// src/report/format-json.ts
function formatJson(input) {
  const { stats } = input;
  const doc = {
    schemaVersion: 1,
    tool: { name: "leakguard", version: input.toolVersion },
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
      ...f.commit && { commit: f.commit }
    })),
    summary: {
      findings: input.findings.length,
      files: stats.files,
      bytes: stats.bytes,
      ...stats.commits !== void 0 && { commits: stats.commits },
      ...stats.blobs !== void 0 && { blobs: stats.blobs },
      binarySkipped: stats.binary,
      unreadable: stats.unreadable,
      skipped: stats.skipped,
      suppressedByBaseline: stats.suppressedByBaseline,
      staleBaseline: stats.staleBaseline,
      warnings: input.warnings,
      durationMs: Math.round(input.durationMs)
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/report/format-report.ts
var REPORT_FORMATS = ["text", "json", "sarif"];
function formatReport(format, input, color = false) {
  switch (format) {
    case "json":
      return formatJson(input);
    case "sarif":
      return formatSarif(input);
    case "text":
      return formatText(input, createStyle(color));
  }
}

export {
  createStyle,
  formatJson,
  formatSummaryLine,
  humanBytes,
  REPORT_FORMATS,
  formatReport
};
