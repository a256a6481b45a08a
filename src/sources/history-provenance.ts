import { fingerprintOf } from '../engine/fingerprint.js';
import type { HistoryFinding, SecretGroup } from '../engine/history-types.js';
import type { CommitInfo, Finding } from '../engine/types.js';
import type { Introduction } from '../git/log-introductions.js';
import type { BlobHit } from './history-scan.js';

export type { HistoryFinding, SecretGroup };

/** Whether a rule reports at a path (its `paths`, its own and the project's path allowlists). */
export type PlaceFilter = (ruleId: string, path: string) => boolean;

/** Rules bound to paths, whose conditions history lifts to scan a blob once, and where each reports. */
export interface PlaceScoped {
  rules: ReadonlySet<string>;
  keep: PlaceFilter;
}

/**
 * A blob's findings that can be reported at one of the places it was introduced at, and the place-bound
 * rules whose findings were left out because they apply at none of them (yet: a later place may).
 */
export function placeable(findings: Finding[], introductions: readonly Introduction[], scoped: PlaceScoped | undefined): { findings: Finding[]; unplaced: string[] } {
  if (!scoped || !findings.some((f) => scoped.rules.has(f.ruleId))) return { findings, unplaced: [] };
  const unplaced = new Set<string>();
  const kept = findings.filter((f) => {
    if (!scoped.rules.has(f.ruleId) || introductions.some((i) => scoped.keep(f.ruleId, i.path))) return true;
    unplaced.add(f.ruleId);
    return false;
  });
  return { findings: kept, unplaced: [...unplaced] };
}

/**
 * From blobs with findings to findings with provenance: each (rule, secret, path) once, attributed to
 * its oldest introduction (the largest walk position: walks list children before parents).
 * `tipSecrets` maps a secret to the tip paths that still hold it. Pure.
 */
export function attributeFindings(hits: readonly BlobHit[], keep: PlaceFilter, tipSecrets: ReadonlyMap<string, readonly string[]>): HistoryFinding[] {
  const best = new Map<string, { finding: Finding; hit: BlobHit; seq: number; commit: CommitInfo; path: string; commits: Set<string> }>();
  for (const hit of hits) {
    for (const intro of hit.introductions) {
      for (const finding of hit.findings) {
        if (!keep(finding.ruleId, intro.path)) continue;
        // Hidden by a place-scoped rule's finding: where that rule applies, it stands instead (as in a scan).
        if (finding.shadowedBy?.some((rule) => keep(rule, intro.path))) continue;
        const key = `${finding.ruleId}\0${intro.path}\0${finding.secret}`;
        const seenAt = best.get(key);
        if (!seenAt) {
          best.set(key, { finding, hit, seq: intro.seq, commit: intro.commit, path: intro.path, commits: new Set([intro.commit.sha]) });
          continue;
        }
        seenAt.commits.add(intro.commit.sha);
        // Same seq: the same blob twice in one commit cannot happen at one path; a smaller line wins a tie of blobs.
        if (intro.seq > seenAt.seq || (intro.seq === seenAt.seq && finding.line < seenAt.finding.line)) {
          Object.assign(seenAt, { finding, hit, seq: intro.seq, commit: intro.commit });
        }
      }
    }
  }
  const findings: HistoryFinding[] = [];
  for (const { finding: { shadowedBy: _hidden, ...finding }, hit, commit, path, commits } of best.values()) {
    findings.push({
      ...finding,
      path,
      fingerprint: fingerprintOf(finding.ruleId, path, finding.secret),
      commit,
      blobId: hit.oid,
      stillExposed: tipSecrets.has(finding.secret),
      sameBlobElsewhere: hit.introductions.length - 1,
      commitsAtPath: commits.size,
    });
  }
  return findings;
}

/** Group findings by secret: still-exposed secrets first, then by oldest introduction date. Pure. */
export function groupBySecret(findings: readonly HistoryFinding[], tipSecrets: ReadonlyMap<string, readonly string[]>): SecretGroup[] {
  const groups = new Map<string, SecretGroup>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.secret}`;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: f.ruleId, ruleName: f.ruleName, severity: f.severity, secret: f.secret, redacted: f.redacted, stillExposed: f.stillExposed, tipPaths: [...(tipSecrets.get(f.secret) ?? [])].sort(), places: [] };
      groups.set(key, group);
    }
    group.places.push(f);
  }
  for (const g of groups.values()) g.places.sort((a, b) => byDate(a.commit, b.commit) || cmp(a.path, b.path));
  return [...groups.values()].sort(
    (a, b) => Number(b.stillExposed) - Number(a.stillExposed) || byDate(a.places[0]!.commit, b.places[0]!.commit) || cmp(a.ruleId, b.ruleId) || cmp(a.places[0]!.path, b.places[0]!.path),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: CommitInfo, b: CommitInfo): number {
  return Date.parse(a.date) - Date.parse(b.date);
}
