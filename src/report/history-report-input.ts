import type { HistoryFinding, SecretGroup } from '../sources/history-provenance.js';
import type { ReportInput } from './report-input.js';

/** An object the audit could not read, where it was first seen. */
export interface UnreadableObject {
  oid: string;
  path: string;
  commit: string;
  reason: string;
}

/** What a history report adds to a scan report: secrets grouped, provenance, and what was covered. */
export interface HistoryReportInput extends ReportInput {
  findings: readonly HistoryFinding[];
  groups: readonly SecretGroup[];
  history: {
    engine: 'git' | 'isomorphic';
    /** The scope in words: "all refs", "main", "v1.0..main". */
    scope: string;
    /** The default branch whose tip decides "still exposed". */
    tip?: { ref: string; sha: string };
    shallow: boolean;
    binaryBlobs: number;
    unreadableObjects: readonly UnreadableObject[];
    /** The walk stopped early with this message (a missing commit or tree). */
    walkError?: string;
  };
}

/** True when part of the history could not be read: the audit is incomplete and exits 2. */
export function isIncomplete(input: HistoryReportInput): boolean {
  return input.history.unreadableObjects.length > 0 || input.history.walkError !== undefined;
}
