import * as core from '@actions/core';
import { annotationMessage, annotationTitle } from '../report/check-run-annotations.js';
import type { HeadLocation } from '../report/place-findings.js';

/** GitHub shows at most 10 error annotations per step; more are dropped silently. https://docs.github.com/en/rest/checks/runs#update-a-check-run */
export const WORKFLOW_ERROR_ANNOTATION_LIMIT = 10;

/**
 * The fallback when the token may not write check runs: `::error file=...::` workflow commands for the
 * first 10 places; returns the places left without an annotation, for the summary to list.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 */
export function emitWorkflowAnnotations(places: readonly HeadLocation[], mask: (text: string) => string): HeadLocation[] {
  const shown = places.slice(0, WORKFLOW_ERROR_ANNOTATION_LIMIT);
  for (const place of shown) {
    core.error(mask(annotationMessage(place.finding)), {
      title: mask(annotationTitle(place.finding)),
      file: place.path,
      startLine: place.line,
      endLine: place.endLine,
      ...(place.line === place.endLine && { startColumn: place.column, endColumn: place.endColumn }),
    });
  }
  return places.slice(WORKFLOW_ERROR_ANNOTATION_LIMIT);
}
