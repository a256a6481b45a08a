import type { BlobPiece, BlobReader } from './cat-file-reader.js';
import type { IntroductionSink, WalkOutcome } from './log-introductions.js';
import type { PackFiles } from './pack-files.js';

/**
 * Which commits a history audit covers: everything reachable from `include` (or from every ref, with
 * stash entries, when it is 'all') and not reachable from any of `exclude`.
 */
export interface HistoryScope {
  include: 'all' | string[];
  exclude: string[];
}

/** A file of the default branch's tip tree. */
export interface TipEntry {
  path: string;
  oid: string;
}

/** Facts about the repository gathered before the walk. */
export interface RepoFacts {
  /** The work tree's top (or the git directory of a bare repository): config and baseline live here. */
  root: string;
  /** No commit is reachable from any ref or HEAD. */
  empty: boolean;
  /** Commits whose parents are missing on purpose (a shallow clone's boundary). */
  shallow: boolean;
  /** The ref whose tip decides "still exposed" (origin/HEAD, else HEAD), with its commit; undefined when unborn. */
  tip?: { ref: string; sha: string };
}

/**
 * How the history audit reads a repository: the git CLI (fast path) or isomorphic-git (no git binary).
 * Both walk the same commits in the same order and report the same introductions.
 */
export interface HistoryEngine {
  readonly name: 'git' | 'isomorphic';
  facts(): Promise<RepoFacts>;
  /** The commit a ref or object name resolves to, or undefined when it names none. */
  resolveCommit(ref: string): Promise<string | undefined>;
  /** Stream every introduction in scope, children before parents (see log-introductions.ts). */
  walk(scope: HistoryScope, sink: IntroductionSink): Promise<WalkOutcome>;
  /**
   * Start the walk of `scope` now, for the next `walk` of that same scope object to pick up: the walk is
   * what an audit waits for first, so it runs while the scanners start. `cancel` stops it if no walk did.
   */
  startWalk?(scope: HistoryScope): { cancel(): void };
  /** Regular files of a commit's tree. */
  listTree(sha: string): Promise<TipEntry[]>;
  openReader(onPiece: (piece: BlobPiece) => void): BlobReader;
  /**
   * The packs whose blobs the audit may read directly (pack-files.ts; `force`: even where reading them
   * would not be faster); absent: read everything through `openReader`.
   */
  packFiles?(force?: boolean): Promise<PackFiles>;
}
