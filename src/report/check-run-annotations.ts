import type { Finding } from '../engine/types.js';
import type { HeadLocation } from './place-findings.js';

/**
 * One annotation as the Checks API takes it (`output.annotations[]`). Columns are only allowed when the
 * annotation starts and ends on the same line.
 * https://docs.github.com/en/rest/checks/runs#create-a-check-run
 */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** The Checks API takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** The annotation for one located finding: the redacted secret, the commit that added it, and what to do. */
export function checkRunAnnotation(place: HeadLocation): CheckRunAnnotation {
  const annotation: CheckRunAnnotation = {
    path: place.path,
    start_line: place.line,
    end_line: place.endLine,
    annotation_level: 'failure',
    title: annotationTitle(place.finding),
    message: annotationMessage(place.finding),
  };
  if (place.line === place.endLine) {
    annotation.start_column = place.column;
    annotation.end_column = place.endColumn;
  }
  return annotation;
}

export function annotationTitle(f: Finding): string {
  return `leakguard: ${f.ruleName} [${f.ruleId}]`;
}

/** Never the secret itself: its redacted form only. */
export function annotationMessage(f: Finding): string {
  const added = f.commit ? ` Added in ${f.commit.sha.slice(0, 12)} (${oneLine(f.commit.summary)}).` : '';
  return (
    `${f.ruleName}: ${f.redacted}.${added}\n` +
    `A real secret: rotate it at the provider, then remove it. Not a secret: add "leakguard:allow ${f.ruleId}" in a comment on this line, ` +
    `or add its fingerprint ${f.fingerprint} to the baseline file.`
  );
}

/** Split annotations into the request-sized batches the Checks API accepts, in order. */
export function batchAnnotations<T>(annotations: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}

function oneLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 72 ? `${line.slice(0, 71)}…` : line;
}
