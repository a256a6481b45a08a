import { createScanner } from '../engine/scanner.js';
import type { Finding } from '../engine/types.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import { commitFragments } from '../sources/commit-range.js';
import { emptyDiffStats, type DiffStats } from '../sources/diff-fragments.js';
import type { ScanTarget } from './resolve-target.js';
import { scanFullHistory } from './scan-history.js';

export interface TargetScan {
  findings: Finding[];
  stats: DiffStats;
}

/**
 * Scan what the target names, from git objects only: every line each commit adds (the commit range
 * source), never the work tree, which for a pull request is a synthetic merge the PR author controls.
 * The full-history audit goes through the history source instead (see scan-history.ts).
 */
export async function scanTarget(target: ScanTarget, repoDir: string, settings: ScanSettings): Promise<TargetScan> {
  const stats = emptyDiffStats();
  if (target.kind === 'nothing') return { findings: [], stats };
  if (target.kind === 'history') return scanFullHistory(repoDir, target.head, settings, target.notes);
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const findings: Finding[] = [];
  for await (const fragment of commitFragments(repoDir, target.revs, stats)) findings.push(...scanner.scan(fragment));
  return { findings, stats };
}
