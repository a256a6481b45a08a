import type { HistoryFinding, SecretGroup } from '../sources/history-provenance.js';
import type { Style } from './colors.js';
import { humanBytes } from './format-text.js';
import { isIncomplete, type HistoryReportInput } from './history-report-input.js';
import { shownSnippet } from './report-input.js';

/**
 * The history audit as text: one entry per distinct secret (still exposed first) with every place it
 * appeared and the commit that put it there, then notes and one summary line.
 */
export function formatHistoryText(input: HistoryReportInput, style: Style): string {
  const out: string[] = [];
  for (const group of input.groups) out.push(formatGroup(group, input, style), '');
  out.push(...formatHistoryNotes(input, style));
  out.push(formatHistorySummaryLine(input, style));
  return `${out.join('\n')}\n`;
}

function formatGroup(group: SecretGroup, input: HistoryReportInput, style: Style): string {
  const first = group.places[0]!;
  const secret = input.redact ? group.redacted : group.secret;
  const where = input.history.tip?.ref ?? 'the default branch';
  const status = group.stillExposed
    ? style.red(style.bold(`STILL EXPOSED at ${where}${group.tipPaths.length ? ` (${group.tipPaths.join(', ')})` : ''}`))
    : style.yellow(`removed from ${where}, still in history`);
  const lines = [
    `${style.bold(secret)}  ${style.red(group.ruleName)} ${style.dim(`[${group.ruleId}, ${group.severity}]`)}`,
    `  status:     ${status}`,
    `  introduced: ${commitLine(first)}`,
    `  rotate it: assume it is compromised; removing it from history does not un-leak it`,
    `  appeared at ${group.places.length} ${group.places.length === 1 ? 'path' : 'paths'}:`,
  ];
  for (const place of group.places) lines.push(formatPlace(place, input.redact, style));
  return lines.join('\n');
}

function formatPlace(f: HistoryFinding, redact: boolean, style: Style): string {
  const extras: string[] = [];
  if (f.commitsAtPath > 1) extras.push(`committed ${f.commitsAtPath} times here`);
  if (f.sameBlobElsewhere > 0) extras.push(`same file content in ${f.sameBlobElsewhere} other ${f.sameBlobElsewhere === 1 ? 'commit/path' : 'commits/paths'}`);
  return [
    `    ${style.bold(`${f.path}:${f.line}:${f.column}`)}  ${commitLine(f)}${extras.length ? style.dim(`  (${extras.join('; ')})`) : ''}`,
    `      ${style.dim(shownSnippet(f, redact))}`,
    `      ${style.dim(`fingerprint ${f.fingerprint}`)}`,
  ].join('\n');
}

function commitLine(f: HistoryFinding): string {
  const c = f.commit;
  return `${c.sha.slice(0, 12)} ${c.date.slice(0, 10)} ${c.authorName} <${c.authorEmail}> "${c.summary}"`;
}

export function formatHistoryNotes(input: HistoryReportInput, style: Style): string[] {
  const notes: string[] = [];
  const h = input.history;
  if (h.shallow) notes.push(style.yellow('warning: shallow clone: history is incomplete; commits at the boundary are shown as introducing everything they contain (run `git fetch --unshallow` for a full audit)'));
  if (h.walkError) notes.push(style.red(`error: the history walk stopped early: ${h.walkError}`));
  for (const u of h.unreadableObjects) notes.push(style.red(`error: could not read blob ${u.oid}${u.path ? ` (${u.path} in ${u.commit.slice(0, 12)})` : ''}: ${u.reason}`));
  if (isIncomplete(input)) notes.push(style.red('error: the audit is incomplete: objects above could not be read (run `git fsck` to see what is damaged)'));
  for (const w of input.warnings) notes.push(style.yellow(`warning: ${w.path ? `${w.path}: ` : ''}${w.message}`));
  if (input.stats.staleBaseline.length > 0) notes.push(style.dim(`note: ${input.stats.staleBaseline.length} baseline entries matched nothing in history`));
  return notes;
}

export function formatHistorySummaryLine(input: HistoryReportInput, style: Style): string {
  const { stats, history } = input;
  const scope = [`${history.scope}`, `${stats.commits ?? 0} commits`, `${stats.blobs ?? 0} unique blobs`, humanBytes(stats.bytes)];
  if (history.binaryBlobs) scope.push(`${history.binaryBlobs} binary skipped`);
  if (stats.suppressedByBaseline) scope.push(`${stats.suppressedByBaseline} in baseline`);
  const tail = style.dim(`(${scope.join(', ')}; ${(input.durationMs / 1000).toFixed(2)}s)`);
  const n = input.groups.length;
  if (n === 0) return `${style.green('leakguard: no secrets found in history')} ${tail}`;
  const exposed = input.groups.filter((g) => g.stillExposed).length;
  const places = input.findings.length;
  return `${style.red(style.bold(`leakguard: ${n} ${n === 1 ? 'secret' : 'secrets'} found in history at ${places} ${places === 1 ? 'place' : 'places'}, ${exposed} still exposed`))} ${tail}`;
}
