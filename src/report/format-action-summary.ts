import type { Finding } from '../engine/types.js';
import type { HeadLocation, PlacedFindings } from './place-findings.js';

/** GitHub rejects a step summary over 1 MiB; stay clear of it (other text may share the file). */
export const STEP_SUMMARY_LIMIT = 1_000_000;

/** Everything the job summary shows: what was scanned, what was found, where it is annotated. */
export interface ActionSummaryInput {
  /** What was scanned, in words: `pull request #7`, `push to main (new branch)`, `full history`. */
  label: string;
  /** The range as git names it (`1a2b3c4..5d6e7f8`), when there is one. */
  range?: string;
  /** Why nothing was scanned (base equal to head, a deleted branch). */
  nothingReason?: string;
  /** How the range was found when that is worth saying (a fetch that deepened a shallow clone, a fallback). */
  notes: readonly string[];
  commits: number;
  files: number;
  /** Findings after the baseline, sorted. */
  findings: readonly Finding[];
  placed: PlacedFindings;
  /** Head locations that got no annotation (GitHub's cap on workflow-command annotations). */
  notAnnotated: readonly HeadLocation[];
  annotations: 'check-run' | 'workflow-commands' | 'off';
  checkRunUrl?: string;
  suppressedByBaseline: number;
  failOnFindings: boolean;
  /** The `baseline` input as given, for the instructions. */
  baselineInput?: string;
  sarifPath?: string;
  /** Every text leaving the process passes through this (see mask-secrets.ts). */
  mask: (text: string) => string;
}

/**
 * The job summary in GitHub-flavoured Markdown: counts by rule, a table of findings (path:line, rule,
 * redacted secret, commit), findings added and removed inside the range, findings left without an
 * annotation, and the exact ways to resolve or allow each. Rows that would pass `maxBytes` are left
 * out with a note saying how many and where the rest is.
 */
export function formatActionSummary(input: ActionSummaryInput, maxBytes = STEP_SUMMARY_LIMIT): string {
  const tail = howToResolve(input);
  const out = new BoundedText(maxBytes - byteLength(tail.join('\n')) - 600);
  const n = input.findings.length;

  out.add(n === 0 ? '## leakguard: no secrets found' : `## leakguard: ${n} ${plural(n, 'secret')} found`, '');
  if (input.nothingReason) out.add(`Nothing to scan: ${escape(input.nothingReason)}.`, '');
  else if (input.label === 'full history') out.add(`Audited the full history: ${input.commits} ${plural(input.commits, 'commit')}, ${input.files} unique ${plural(input.files, 'blob')}.`, '');
  else out.add(`Scanned ${escape(input.label)}${input.range ? ` (<code>${escape(input.range)}</code>)` : ''}: ${input.commits} ${plural(input.commits, 'commit')}, ${input.files} changed ${plural(input.files, 'file')}, added lines only.`, '');
  for (const note of input.notes) out.add(`> ${escape(note)}`, '');
  if (input.suppressedByBaseline > 0) out.add(`${input.suppressedByBaseline} ${plural(input.suppressedByBaseline, 'finding')} hidden by the baseline.`, '');
  if (n === 0) return out.text();

  out.add(...countsByRule(input.findings), '');
  if (input.checkRunUrl) out.add(`Every finding is annotated on its line in the [leakguard check run](${input.checkRunUrl}).`, '');

  if (input.placed.located.length > 0) {
    out.add('### Findings', '', '| location | rule | secret | added in |', '|---|---|---|---|');
    for (const place of input.placed.located) out.row(row(input, place.finding, place.path, place.line));
    out.add('');
  }
  if (input.placed.removed.length > 0) {
    out.add(
      input.label === 'full history' ? '### In the history only' : '### Added and removed again inside this range',
      '',
      input.label === 'full history'
        ? 'These secrets are no longer in the files at the audited commit, but they are in the history. Listed where the commit added them.'
        : 'These lines are gone from the final diff, but the secret is still in the history being merged. Listed where the commit added it.',
      '',
      '| added at | rule | secret | added in |',
      '|---|---|---|---|',
    );
    for (const f of input.placed.removed) out.row(row(input, f, f.path, f.line));
    out.add('');
  }
  if (input.notAnnotated.length > 0) {
    out.add(
      `### Not annotated (${input.notAnnotated.length})`,
      '',
      'This token may not write check runs (a fork or Dependabot pull request), and GitHub shows at most 10 error annotations per step. These findings have no annotation:',
      '',
    );
    for (const place of input.notAnnotated) out.row(`- ${code(input.mask(`${place.path}:${place.line}`))} ${escape(place.finding.ruleId)} ${code(place.finding.redacted)}`);
    out.add('');
  }

  const entries = new Map<string, string>();
  for (const f of input.findings) entries.set(f.fingerprint, JSON.stringify({ fingerprint: f.fingerprint, rule: f.ruleId, path: input.mask(f.path) }));
  if (out.add('<details><summary>Baseline entries for these findings</summary>', '', '```json')) {
    for (const entry of entries.values()) out.row(entry);
    out.force('```', '', '</details>', '');
  } else out.omitted += entries.size;

  if (out.omitted > 0) {
    const where = [input.checkRunUrl ? 'the check run' : undefined, input.sarifPath ? `the SARIF file (${input.sarifPath})` : undefined].filter(Boolean).join(' and ');
    out.force(`> **Summary truncated:** ${out.omitted} more ${plural(out.omitted, 'row')} not shown (GitHub limits a step summary to 1 MiB).${where ? ` Every finding is in ${escape(where)}.` : ''}`, '');
  }
  out.force(...tail);
  return out.text();
}

function row(input: ActionSummaryInput, f: Finding, path: string, line: number): string {
  const commit = f.commit ? `${code(f.commit.sha.slice(0, 12))} ${escape(input.mask(oneLine(f.commit.summary)))}` : '';
  return `| ${code(input.mask(`${path}:${line}`))} | ${escape(f.ruleId)} | ${code(f.redacted)} | ${commit} |`;
}

function countsByRule(findings: readonly Finding[]): string[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const f of findings) {
    const c = counts.get(f.ruleId) ?? { name: f.ruleName, n: 0 };
    c.n++;
    counts.set(f.ruleId, c);
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  return ['| rule | findings |', '|---|---|', ...rows.map(([id, c]) => `| ${escape(id)} (${escape(c.name)}) | ${c.n} |`)];
}

function howToResolve(input: ActionSummaryInput): string[] {
  if (input.findings.length === 0) return [];
  const baseline = input.baselineInput ? `the baseline file (${code(input.baselineInput)})` : 'a baseline file (`leakguard baseline` writes `.leakguard-baseline.json`; pass it as the `baseline` input)';
  return [
    '### How to resolve',
    '',
    '- **A real secret:** revoke or rotate it at the provider first: once pushed, assume it is compromised. Then remove it from the code. If a later commit removed it, it is still in the history: rewrite the branch (`git rebase -i`, or squash) before merging.',
    '- **Not a secret** (test data, an example): add `leakguard:allow <rule-id>` in a comment on that line, for example `# leakguard:allow github-pat`.',
    `- **Accept it for now:** add its entry (above) to ${baseline}.`,
    `- **Whole paths or patterns:** \`[allowlist]\` \`paths\`, \`regexes\` or \`stopwords\` in \`leakguard.toml\`.`,
    '',
    input.failOnFindings ? 'This step fails while any finding remains (input `fail-on-findings`).' : 'This step does not fail on findings (`fail-on-findings: false`).',
  ];
}

/** Lines added until a byte budget runs out; rows past it are counted, not written. */
class BoundedText {
  private readonly lines: string[] = [];
  private bytes = 0;
  omitted = 0;
  constructor(private readonly budget: number) {}
  /** Adds the lines if all of them fit; returns whether they did. */
  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, line) => sum + byteLength(line) + 1, 0);
    if (this.bytes + size > this.budget) return false;
    for (const line of lines) this.push(line);
    return true;
  }
  row(line: string): void {
    if (this.omitted > 0 || this.bytes + byteLength(line) + 1 > this.budget) this.omitted++;
    else this.push(line);
  }
  force(...lines: string[]): void {
    for (const line of lines) this.push(line);
  }
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
  private push(line: string): void {
    this.lines.push(line);
    this.bytes += byteLength(line) + 1;
  }
}

/** Text safe inside a Markdown table cell: HTML-escaped (GitHub renders inline HTML), pipes and newlines neutralised. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/[\r\n]+/g, ' ');
}

function code(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/[\r\n]+/g, ' ')}</code>`;
}

function oneLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 72 ? `${line.slice(0, 71)}…` : line;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function plural(n: number, one: string): string {
  return n === 1 ? one : `${one}s`;
}
