import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { ActionError } from '../engine/errors.js';
import { applyBaseline } from '../engine/filters/baseline.js';
import type { Finding } from '../engine/types.js';
import { createBlobReader } from '../git/blob-reader.js';
import { pathsChanged } from '../git/paths-changed.js';
import { readBlobAt } from '../git/read-blob-at.js';
import { checkRunAnnotation } from '../report/check-run-annotations.js';
import { formatActionSummary, type ActionSummaryInput } from '../report/format-action-summary.js';
import { formatSarif } from '../report/format-sarif.js';
import { createMasker } from '../report/mask-secrets.js';
import { placeFindings, type HeadLocation } from '../report/place-findings.js';
import { emitWorkflowAnnotations } from './emit-workflow-annotations.js';
import { loadScanSettings } from './load-scan-settings.js';
import { planScan } from './plan-scan.js';
import { publishCheckRun } from './publish-check-run.js';
import type { ActionSettings } from './read-settings.js';
import { resolveTarget } from './resolve-target.js';
import { scanTarget } from './scan-target.js';

/** The check run's summary field takes at most 65535 characters; bytes >= characters. */
const CHECK_RUN_SUMMARY_LIMIT = 60_000;

declare const __LEAKGUARD_VERSION__: string;
const VERSION = typeof __LEAKGUARD_VERSION__ === 'string' ? __LEAKGUARD_VERSION__ : '0.0.0-dev';

/**
 * The Action: plan from the event, resolve the range in git, scan the commits, then report through
 * every channel (check run or workflow commands, job summary, SARIF, outputs). Returns the exit code:
 * 1 when findings remain and `fail-on-findings` is on.
 */
export async function runAction(settings: ActionSettings): Promise<number> {
  const startedAt = performance.now();
  if (settings.githubToken) core.setSecret(settings.githubToken);
  const plan = planScan(settings);
  const target = await resolveTarget(plan, {
    repoDir: settings.workspace,
    auth: settings.githubToken ? { serverUrl: settings.serverUrl, token: settings.githubToken } : undefined,
  });
  const loaded = loadScanSettings(settings);
  if (target.kind === 'commits') {
    // The config and baseline come from the checkout, which a pull request can change: say so when it does.
    const changed = await pathsChanged(settings.workspace, target.revs, loaded.files);
    if (changed.length > 0) target.notes.push(`These commits change ${changed.join(' and ')}, which decide what is reported here: review those changes like code.`);
  }
  core.info(target.kind === 'nothing' ? `leakguard: nothing to scan for ${target.label}: ${target.reason}` : `leakguard: scanning ${target.label}${target.kind === 'commits' ? ` (${target.range})` : ''}`);
  const scanned = await scanTarget(target, settings.workspace, loaded.scan);

  // Before anything else is printed: the runner masks these values in every later log line.
  registerSecrets(scanned.findings);
  const mask = createMasker(scanned.findings);
  const base = loaded.baseline ? applyBaseline(scanned.findings, loaded.baseline) : { kept: scanned.findings, suppressed: 0 };
  const findings = sortFindings(base.kept);

  const headTexts = await readHeadTexts(settings.workspace, target.head, findings);
  const placed = placeFindings(findings, (path) => headTexts.get(path));

  if (settings.sarif) writeSarif(settings, findings, placed.located, loaded.scan.rules, scanned.stats, performance.now() - startedAt, mask);

  const summary: ActionSummaryInput = {
    label: target.label,
    ...(target.kind === 'commits' && { range: target.range }),
    ...(target.kind === 'nothing' && { nothingReason: target.reason }),
    notes: target.notes,
    commits: scanned.stats.commits,
    files: scanned.stats.files,
    findings,
    placed,
    notAnnotated: [],
    annotations: 'off',
    suppressedByBaseline: base.suppressed,
    failOnFindings: settings.failOnFindings,
    ...(loaded.baselinePath && { baselineInput: loaded.baselinePath }),
    ...(settings.sarif && { sarifPath: settings.sarifInput }),
    mask,
  };

  if (settings.annotations && target.kind !== 'nothing') {
    const conclusion = findings.length === 0 ? 'success' : settings.failOnFindings ? 'failure' : 'neutral';
    const published = settings.githubToken
      ? await publishCheckRun((await import('@actions/github')).getOctokit(settings.githubToken), {
          ...settings.repository,
          headSha: target.head,
          title: findings.length === 0 ? 'No secrets found' : `${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} found`,
          summary: mask(formatActionSummary({ ...summary, annotations: 'check-run' }, CHECK_RUN_SUMMARY_LIMIT)),
          annotations: placed.annotations.map((place) => maskAnnotation(checkRunAnnotation(place), mask)),
          conclusion,
        })
      : { kind: 'forbidden' as const, message: 'no github-token' };
    if (published.kind === 'published') {
      summary.annotations = 'check-run';
      if (published.url) summary.checkRunUrl = published.url;
      core.info(`leakguard: ${placed.annotations.length} annotations published in a check run (${published.requests} API ${published.requests === 1 ? 'request' : 'requests'})`);
    } else {
      core.info(`leakguard: this token may not create check runs (${mask(published.message)}); annotating with workflow commands instead`);
      summary.annotations = 'workflow-commands';
      summary.notAnnotated = emitWorkflowAnnotations(placed.annotations, mask);
    }
  }

  // Outside a runner (or a runner without job summaries) there is no file to write to.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(mask(formatActionSummary(summary))).write();
  for (const f of findings) core.info(mask(`${f.path}:${f.line}:${f.column}  ${f.ruleId}  ${f.redacted}${f.commit ? `  (added in ${f.commit.sha.slice(0, 12)})` : ''}`));
  core.setOutput('findings', String(findings.length));
  core.setOutput('sarif', settings.sarif ? settings.sarifInput : '');

  const verdict = findings.length === 0 ? 'leakguard: no secrets found' : `leakguard: ${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} found`;
  core.info(`${verdict} (${scanned.stats.commits} commits, ${scanned.stats.files} files)`);
  return findings.length > 0 && settings.failOnFindings ? 1 : 0;
}

/** `::add-mask::` every full value, each line of a multi-line one too (the runner masks line by line). */
function registerSecrets(findings: readonly Finding[]): void {
  const values = new Set<string>();
  for (const f of findings) {
    values.add(f.secret);
    if (f.secret.includes('\n')) for (const line of f.secret.split(/\r?\n/)) if (line.trim().length >= 8) values.add(line.trim());
  }
  for (const value of values) core.setSecret(value);
}

/**
 * The head version of every file with a finding, from git objects: one `git cat-file --batch` for all
 * of them (`<commit>:<path>` names), except paths with a newline, which that protocol cannot carry.
 */
async function readHeadTexts(repoDir: string, head: string, findings: readonly Finding[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (!head) return texts;
  const reader = createBlobReader(repoDir);
  try {
    for (const path of new Set(findings.map((f) => f.path))) {
      const blob = path.includes('\n') ? await readBlobAt(repoDir, head, path) : await reader.read(`${head}:${path}`);
      if (blob) texts.set(path, blob.toString('utf8'));
    }
  } finally {
    reader.close();
  }
  return texts;
}

/** SARIF for code scanning, with findings still in the head file placed on their head line. */
function writeSarif(settings: ActionSettings, findings: Finding[], located: readonly HeadLocation[], rules: Parameters<typeof formatSarif>[0]['rules'], stats: { commits: number; files: number; bytes: number; binary: string[]; skipped: { path: string; reason: string }[] }, durationMs: number, mask: (text: string) => string): void {
  const moved = new Map<Finding, HeadLocation>(located.map((l) => [l.finding, l]));
  const placedFindings = findings.map((f) => {
    const at = moved.get(f);
    return at ? { ...f, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn } : f;
  });
  const sarif = formatSarif({
    command: 'action',
    toolVersion: VERSION,
    root: settings.workspace,
    findings: placedFindings,
    rules,
    stats: { files: stats.files, bytes: stats.bytes, binary: stats.binary, unreadable: [], skipped: stats.skipped, suppressedByBaseline: 0, staleBaseline: [], commits: stats.commits },
    warnings: [],
    redact: true,
    durationMs,
  });
  try {
    mkdirSync(dirname(settings.sarif!), { recursive: true });
    writeFileSync(settings.sarif!, mask(sarif));
  } catch (error) {
    throw new ActionError(`input "sarif": cannot write ${settings.sarifInput} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function maskAnnotation<T extends { title: string; message: string }>(annotation: T, mask: (text: string) => string): T {
  return { ...annotation, title: mask(annotation.title), message: mask(annotation.message) };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}
