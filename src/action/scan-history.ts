import { ActionError } from '../engine/errors.js';
import { createScanner } from '../engine/scanner.js';
import type { Finding } from '../engine/types.js';
import { createCliHistoryEngine } from '../git/cli-history-engine.js';
import { packFragments } from '../pool/packed-fragments.js';
import { createScanPool } from '../pool/scan-pool.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import { emptyDiffStats, type DiffStats } from '../sources/diff-fragments.js';
import { rescanMargin } from '../sources/history-incremental.js';
import { attributeFindings } from '../sources/history-provenance.js';
import { scanHistory } from '../sources/history-scan.js';
import { findTipSecrets } from '../sources/history-tip.js';

/**
 * The full-history audit for `schedule`, `workflow_dispatch` and `mode: history`: the history source
 * (each unique blob scanned once, in the worker pool, then attributed to the commit that introduced it
 * at each path). Every ref of the checkout is covered, or only `head`'s history when the clone is
 * still shallow elsewhere. Part of the history unreadable is an error: the audit never passes on it.
 */
export async function scanFullHistory(repoDir: string, head: string, settings: ScanSettings, notes: string[]): Promise<{ findings: Finding[]; stats: DiffStats }> {
  const stats = emptyDiffStats();
  const engine = createCliHistoryEngine(repoDir);
  const facts = await engine.facts();
  if (facts.empty) return { findings: [], stats };
  const include = facts.shallow ? [head] : 'all';
  if (facts.shallow) notes.push('The clone is shallow outside the audited commit: only its history was audited, not every ref.');
  const pool = createScanPool(pathFree(settings));
  let scan: Awaited<ReturnType<typeof scanHistory>>;
  try {
    const margin = rescanMargin(settings.rules.map((r) => r.window ?? {}));
    scan = await scanHistory(engine, { include, exclude: [] }, (slices) => pool.scanPacked(packFragments(slices)), { maxBatchesInFlight: 4, rescanMargin: margin });
  } finally {
    await pool.close();
  }
  if (scan.walkError !== undefined || scan.unreadable.length > 0) {
    const what = scan.walkError ?? `${scan.unreadable.length} objects could not be read (first: ${scan.unreadable[0]!.reason})`;
    throw new ActionError(`the history audit could not read the whole history: ${what}; set \`fetch-depth: 0\` on actions/checkout`);
  }
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const rules = new Map(scanner.rules.map((r) => [r.id, r]));
  const keep = (ruleId: string, path: string) => !scanner.isPathAllowed(path) && (rules.get(ruleId)?.appliesTo(path) ?? true);
  const tipSecrets = facts.tip ? await findTipSecrets(engine, facts.tip.sha, scan.hits, scan.seen) : new Map<string, string[]>();
  stats.commits = scan.commits;
  stats.files = scan.blobs;
  stats.bytes = scan.bytes;
  return { findings: attributeFindings(scan.hits, keep, tipSecrets), stats };
}

/**
 * The settings with every path condition removed: a blob is scanned once for all the paths it lives
 * at, and path conditions are applied per place afterwards (`keep`). Mirrors the history command's.
 */
function pathFree(settings: ScanSettings): ScanSettings {
  return {
    rules: settings.rules.map(({ paths: _paths, ...rule }) => ({ ...rule, ...(rule.allowlist && { allowlist: { ...rule.allowlist, paths: [] } }) })),
    allowlist: { ...settings.allowlist, paths: [] },
  };
}
