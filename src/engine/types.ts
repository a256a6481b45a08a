/**
 * The shared vocabulary of leakguard: what a source hands the engine (Fragment),
 * what the engine hands a reporter (Finding), and the rule shapes in between.
 */

/** Where a fragment came from in git, when it came from git. */
export interface CommitInfo {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 author date. */
  date: string;
  /** First line of the commit message. */
  summary: string;
}

/** A piece of text to scan: a file, a chunk of a large file, a staged blob, a history blob. */
export interface Fragment {
  /** Repo-relative path with forward slashes, or `-` for standard input. */
  path: string;
  text: string;
  /** 1-based line number of the first line of `text` in the file (chunks of large files start later). */
  startLine?: number;
  /** 0-based column offset of `text`'s first character on its first line (a chunk cut inside a long line). */
  startColumn?: number;
  /**
   * When set, only findings on these 1-based file lines are reported: the lines a commit adds.
   * The whole text is still scanned so that multi-line secrets and context are seen.
   */
  reportLines?: ReadonlySet<number>;
  /** The commit that introduced this content, for diff and history sources. */
  commit?: CommitInfo;
  /** git object id of the blob, when known. */
  blobId?: string;
}

export type Confidence = 'high' | 'medium' | 'low';
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** One secret found at one place. `secret` stays in memory: reporters print `redacted` unless asked otherwise. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  description: string;
  severity: Severity;
  confidence: Confidence;
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like SARIF's default column kind. */
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
  secret: string;
  redacted: string;
  /** The first line of the match with the secret masked, trimmed to a readable length. */
  snippet: string;
  entropy: number;
  /** Stable hash of (rule id, path, secret). */
  fingerprint: string;
  /** Why the rule exists and how to fix, shown on a block; from the rule. */
  remediation?: string;
  commit?: CommitInfo;
  blobId?: string;
  /**
   * History only, never reported: place-scoped rules (with `paths`) whose overlapping findings outrank
   * this one; it stands only at the places where none of them applies.
   */
  shadowedBy?: string[];
}

/** A rule as authored in `patterns/*.toml` or a user's `leakguard.toml`. */
export interface RuleSpec {
  id: string;
  name: string;
  description: string;
  /** JavaScript regex source with a named group `(?<secret>...)`; a leading `(?i)` makes it case-insensitive. */
  regex: string;
  /** Literal strings (case-insensitive); the regex runs only near one of them. */
  keywords: string[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy: number;
  /** minimatch globs: the rule only applies to these paths. */
  paths?: string[];
  allowlist?: RuleAllowlist;
  severity?: Severity;
  confidence?: Confidence;
  /** Name of an offline structure check (see engine/checksum.ts). */
  validate?: string;
  /** Drop matches that fail `validate` instead of reporting them at low confidence (`require_valid`). */
  requireValid?: boolean;
  /**
   * Name of a value check for generic rules (see engine/strength.ts): `random` (entropy threshold by
   * charset and length), `password` (a plausible password literal), `basic-auth` (base64 `user:pass`).
   * A match that fails it is dropped. With a `(?<name>...)` group, the name must denote a credential.
   */
  strength?: string;
  /**
   * The regex only matches values their container declares secret (`declared_secret`: a Kubernetes Secret's
   * data). Such values are reported however weak or word-like they are: only the filters for template
   * syntax, masked values, documentation examples and inline allow comments apply.
   */
  declaredSecret?: boolean;
  /** How far around a keyword hit the regex looks, in characters (default 256 before, 512 after). */
  window?: { before?: number; after?: number };
  references?: string[];
  examples: string[];
  negativeExamples: string[];
  /** Where the spec came from, for error messages: `patterns/github.toml`. */
  source?: string;
}

export interface RuleAllowlist {
  /** Regexes tested against the secret; a match drops the finding. */
  regexes?: string[];
  /** Case-insensitive substrings of the secret that drop the finding. */
  stopwords?: string[];
  /** minimatch globs of paths where the rule never reports. */
  paths?: string[];
}

/** Project-wide suppression, from the config file. */
export interface GlobalAllowlist {
  paths: string[];
  regexes: string[];
  stopwords: string[];
}

/** A non-fatal problem found while scanning, returned with the results. */
export interface ScanWarning {
  path: string;
  message: string;
}

/** One accepted finding in a baseline file: no line numbers or dates, so the file merges cleanly. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  path: string;
}

/** What a scan covered, for summaries: reporters show it, nothing is skipped silently. */
export interface ScanStats {
  files: number;
  bytes: number;
  /** Paths skipped because their content is binary. */
  binary: string[];
  /** Paths that could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
  /** Paths not scanned for another stated reason (symbolic links). */
  skipped: { path: string; reason: string }[];
  /** Findings hidden by the baseline file. */
  suppressedByBaseline: number;
  /** Baseline entries that matched nothing. */
  staleBaseline: BaselineEntry[];
  /** For git sources: commits and blobs covered. */
  commits?: number;
  blobs?: number;
}
