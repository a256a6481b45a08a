import { ActionError } from '../engine/errors.js';
import type { Finding } from '../engine/types.js';
import { createCliHistoryEngine } from '../git/cli-history-engine.js';
import { scanHistoryInPool } from '../pool/scan-history-in-pool.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import { emptyDiffStats, type DiffStats } from '../sources/diff-fragments.js';
import { attributeFindings } from '../sources/history-provenance.js';
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
  const { scan, keep } = await scanHistoryInPool(engine, { include, exclude: [] }, settings);
  if (scan.walkError !== undefined || scan.unreadable.length > 0) {
    const what = scan.walkError ?? `${scan.unreadable.length} objects could not be read (first: ${scan.unreadable[0]!.reason})`;
    throw new ActionError(`the history audit could not read the whole history: ${what}; set \`fetch-depth: 0\` on actions/checkout`);
  }
  const tipSecrets = facts.tip ? await findTipSecrets(engine, facts.tip.sha, scan.hits, scan.seen) : new Map<string, string[]>();
  stats.commits = scan.commits;
  stats.files = scan.blobs;
  stats.bytes = scan.bytes;
  return { findings: attributeFindings(scan.hits, keep, tipSecrets), stats };
}
