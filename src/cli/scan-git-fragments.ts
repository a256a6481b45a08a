import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE_NAME } from '../config/baseline-file.js';
import { createScanner } from '../engine/scanner.js';
import type { Finding, Fragment } from '../engine/types.js';
import type { DiffStats } from '../sources/diff-fragments.js';
import type { CommonOptions } from './common-options.js';
import { loadSettings, type LoadedSettings } from './load-settings.js';
import type { ScanOutcome } from './write-report.js';

/**
 * The git commands (staged, diff, pre-push) use the repository's baseline file when one exists and
 * --baseline is not given: a hook cannot be handed flags per commit, and "add the fingerprint to the
 * baseline" must take effect on the next attempt.
 */
export function withDefaultBaseline(options: CommonOptions, root: string): CommonOptions {
  if (options.baseline !== undefined) return options;
  const path = join(root, BASELINE_FILE_NAME);
  return existsSync(path) ? { ...options, baseline: path } : options;
}

/**
 * Scan fragments from a git source in this thread (diffs are small; a worker pool would cost more to
 * start than it saves) and build the outcome `writeReport` renders. Settings are loaded only when
 * the first fragment arrives, so an empty diff never reads the rules.
 */
export async function scanGitFragments(
  command: string,
  root: string,
  fragments: AsyncIterable<Fragment>,
  stats: DiffStats,
  options: CommonOptions,
  cwd: string,
  startedAt: number,
): Promise<{ outcome: ScanOutcome; loaded: LoadedSettings | undefined }> {
  let loaded: LoadedSettings | undefined;
  let scan: ((f: Fragment) => Finding[]) | undefined;
  const findings: Finding[] = [];
  for await (const fragment of fragments) {
    if (!scan) {
      loaded = loadSettings(options, root, cwd);
      scan = createScanner(loaded.settings.rules, { allowlist: loaded.settings.allowlist }).scan;
    }
    findings.push(...scan(fragment));
  }
  const outcome: ScanOutcome = {
    command,
    root,
    findings,
    rules: loaded?.settings.rules ?? [],
    warnings: [],
    startedAt,
    stats: { files: stats.files, bytes: stats.bytes, binary: stats.binary, unreadable: [], skipped: stats.skipped, commits: stats.commits },
  };
  return { outcome, loaded };
}
