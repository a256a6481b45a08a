import type { Finding } from '../engine/types.js';

/** A place in the final (head) version of a file where a finding's secret still is. */
export interface HeadLocation {
  finding: Finding;
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
}

/** Findings split by whether their secret is still in the head version of their file. */
export interface PlacedFindings {
  /** Findings whose secret is still in the head file, each at its head line (see placeFindings). */
  located: HeadLocation[];
  /** Findings whose secret is gone from the head file (added, then removed within the range). */
  removed: Finding[];
  /** Every head line holding a found secret, once per (place, rule): what gets annotated. */
  annotations: HeadLocation[];
}

/**
 * Place findings from a commit range on the head version of their files. A finding's line number is
 * where its commit put the secret; later commits move lines, and a check-run annotation must point at
 * the head commit's line. So each distinct (path, secret) is looked up in the head text, and every
 * line holding it gets one annotation. A finding is shown at its own line when the secret is still
 * there, else at the first head line holding it. `headText(path)` is undefined when the file is gone.
 */
export function placeFindings(findings: readonly Finding[], headText: (path: string) => string | undefined): PlacedFindings {
  const located: HeadLocation[] = [];
  const removed: Finding[] = [];
  const annotations = new Map<string, HeadLocation>();
  const cache = new Map<string, Place[]>();
  for (const finding of findings) {
    const key = `${finding.path}\0${finding.secret}`;
    let places = cache.get(key);
    if (!places) {
      const text = headText(finding.path);
      places = text === undefined ? [] : occurrences(text, finding.secret);
      cache.set(key, places);
    }
    if (places.length === 0) {
      removed.push(finding);
      continue;
    }
    const own = places.find((p) => p.line === finding.line && p.column === finding.column) ?? places[0]!;
    located.push({ finding, path: finding.path, ...own });
    for (const place of places) {
      const id = `${finding.path}\0${place.line}\0${place.column}\0${finding.ruleId}`;
      if (!annotations.has(id)) annotations.set(id, { finding, path: finding.path, ...place });
    }
  }
  return { located: located.sort(byPlace), removed, annotations: [...annotations.values()].sort(byPlace) };
}

type Place = Omit<HeadLocation, 'finding' | 'path'>;

function byPlace(a: HeadLocation, b: HeadLocation): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.finding.ruleId < b.finding.ruleId ? -1 : 1);
}

/** Every position of `secret` in `text`, as 1-based line/column ranges. */
function occurrences(text: string, secret: string): Place[] {
  const found: Place[] = [];
  if (secret.length === 0) return found;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = at;
    const inner = secret.split('\n');
    const endLine = line + inner.length - 1;
    const endColumn = inner.length === 1 ? at - lineStart + secret.length + 1 : inner[inner.length - 1]!.length + 1;
    found.push({ line, column: at - lineStart + 1, endLine, endColumn });
  }
  return found;
}
