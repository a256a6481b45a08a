import { createScanner } from '../engine/scanner.js';
import type { Finding } from '../engine/types.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import { commitFragments } from '../sources/commit-range.js';
import { emptyDiffStats, type DiffStats } from '../sources/diff-fragments.js';
import type { ScanTarget } from './resolve-target.js';

export interface TargetScan {
  findings: Finding[];
  stats: DiffStats;
}

/**
 * Scan what the target names, from git objects only: every line each commit adds (the commit range
 * source), never the work tree, which for a pull request is a synthetic merge the PR author controls.
 * The full-history audit is the same walk over every commit reachable from head.
 */
export async function scanTarget(target: ScanTarget, repoDir: string, settings: ScanSettings): Promise<TargetScan> {
  const stats = emptyDiffStats();
  if (target.kind === 'nothing') return { findings: [], stats };
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const revs = target.kind === 'commits' ? target.revs : [target.head];
  const findings: Finding[] = [];
  for await (const fragment of commitFragments(repoDir, revs, stats)) findings.push(...scanner.scan(fragment));
  return { findings, stats };
}
