import type { CommitInfo, Finding } from './types.js';

/**
 * The history audit's vocabulary, shared by its source (which attributes findings) and its reporters:
 * a finding with provenance, and findings grouped by secret.
 */

/** A secret at one path, attributed to the commit that first put it there. */
export interface HistoryFinding extends Finding {
  commit: CommitInfo;
  blobId: string;
  /** The secret is still in the tree at the tip of the default branch (at any path). */
  stillExposed: boolean;
  /** Other (commit, path) pairs that introduced the very same blob. */
  sameBlobElsewhere: number;
  /** Commits that committed content holding this secret at this path (1 = only the introducing one). */
  commitsAtPath: number;
}

/** One distinct secret (rule + value) and every path it appeared at, oldest introduction first. */
export interface SecretGroup {
  ruleId: string;
  ruleName: string;
  severity: Finding['severity'];
  secret: string;
  redacted: string;
  stillExposed: boolean;
  /** Paths holding it at the tip of the default branch. */
  tipPaths: string[];
  places: HistoryFinding[];
}
