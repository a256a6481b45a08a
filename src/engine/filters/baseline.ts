import type { BaselineEntry, Finding } from '../types.js';

export interface BaselineResult {
  /** Findings the baseline does not list: what to report. */
  kept: Finding[];
  /** How many findings the baseline hid. */
  suppressed: number;
  /** Baseline entries that matched nothing in this scan (fixed, moved or renamed). */
  stale: BaselineEntry[];
}

/** Hide findings whose fingerprint the baseline lists. */
export function applyBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[]): BaselineResult {
  const listed = new Map(baseline.map((e) => [e.fingerprint, e]));
  const matched = new Set<string>();
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    if (listed.has(f.fingerprint)) {
      matched.add(f.fingerprint);
      suppressed++;
    } else kept.push(f);
  }
  const stale = baseline.filter((e) => !matched.has(e.fingerprint));
  return { kept, suppressed, stale };
}

/** Baseline entries for findings: unique, sorted by path, rule, fingerprint. */
export function baselineEntriesFor(findings: readonly Finding[]): BaselineEntry[] {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, rule: f.ruleId, path: f.path });
  return [...byFingerprint.values()].sort(
    (a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
