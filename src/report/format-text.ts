import type { Finding } from '../engine/types.js';
import type { Style } from './colors.js';
import type { ReportInput } from './report-input.js';
import { shownSecret, shownSnippet } from './report-input.js';

/** Human-readable report: one block per finding, then one summary line (and notes on what was skipped). */
export function formatText(input: ReportInput, style: Style): string {
  const out: string[] = [];
  for (const f of input.findings) out.push(formatFindingBlock(f, input.redact, style), '');
  out.push(...formatNotes(input, style));
  out.push(formatSummaryLine(input, style));
  return `${out.join('\n')}\n`;
}

export function formatFindingBlock(f: Finding, redact: boolean, style: Style): string {
  const lines = [
    `${style.bold(`${f.path}:${f.line}:${f.column}`)}  ${style.red(f.ruleName)} ${style.dim(`[${f.ruleId}]`)}`,
    `  secret:      ${shownSecret(f, redact)}  ${style.dim(`(confidence ${f.confidence}, entropy ${f.entropy.toFixed(2)})`)}`,
    `  line:        ${shownSnippet(f, redact)}`,
    `  fingerprint: ${f.fingerprint}`,
  ];
  if (f.commit) lines.push(`  commit:      ${f.commit.sha.slice(0, 12)} ${f.commit.authorName} <${f.commit.authorEmail}> ${f.commit.date.slice(0, 10)} ${f.commit.summary}`);
  return lines.join('\n');
}

function formatNotes(input: ReportInput, style: Style): string[] {
  const { stats } = input;
  const notes: string[] = [];
  for (const u of stats.unreadable) notes.push(style.yellow(`warning: could not read ${u.path}: ${u.reason}`));
  for (const w of input.warnings) notes.push(style.yellow(`warning: ${w.path ? `${w.path}: ` : ''}${w.message}`));
  if (stats.staleBaseline.length > 0) {
    notes.push(style.dim(`note: ${stats.staleBaseline.length} baseline ${plural(stats.staleBaseline.length, 'entry', 'entries')} matched nothing (fixed or moved); \`leakguard baseline\` rewrites the file`));
  }
  return notes;
}

export function formatSummaryLine(input: ReportInput, style: Style): string {
  const { stats } = input;
  const scope = [`${stats.files} ${plural(stats.files, 'file')}`, humanBytes(stats.bytes)];
  if (stats.commits !== undefined) scope.unshift(`${stats.commits} ${plural(stats.commits, 'commit')}`);
  const extras: string[] = [];
  if (stats.binary.length) extras.push(`${stats.binary.length} binary skipped`);
  if (stats.skipped.length) extras.push(`${stats.skipped.length} links or special files skipped`);
  if (stats.unreadable.length) extras.push(`${stats.unreadable.length} unreadable`);
  if (stats.suppressedByBaseline) extras.push(`${stats.suppressedByBaseline} in baseline`);
  const tail = `(${scope.join(', ')}${extras.length ? `; ${extras.join(', ')}` : ''}; ${(input.durationMs / 1000).toFixed(2)}s)`;
  const n = input.findings.length;
  if (n === 0) return `${style.green('leakguard: no secrets found')} ${style.dim(tail)}`;
  const files = new Set(input.findings.map((f) => f.path)).size;
  return `${style.red(style.bold(`leakguard: ${n} ${plural(n, 'secret')} found in ${files} ${plural(files, 'file')}`))} ${style.dim(tail)}`;
}

export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
