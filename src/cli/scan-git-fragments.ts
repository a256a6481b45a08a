import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Fragment } from '../engine/types.js';
import type { DiffStats } from '../sources/diff-fragments.js';
import type { CommonOptions } from './common-options.js';
import type { LoadedSettings } from './load-settings.js';
import type { ScanOutcome } from './write-report.js';

/**
 * Scan fragments from a git source in this thread (diffs are small; a worker pool would cost more to
 * start than it saves) and build the outcome `writeReport` renders. Settings are loaded only when
 * the first fragment arrives, so an empty diff never reads the rules: the rules, the config parser and
 * the scanner are imported then, not at start-up (the pre-commit hook runs on every commit). `root`
 * may be a function, called only when the work-tree root is needed.
 */
export async function scanGitFragments(
  command: string,
  root: string | (() => string),
  fragments: AsyncIterable<Fragment>,
  stats: DiffStats,
  options: CommonOptions,
  cwd: string,
  startedAt: number,
): Promise<{ outcome: ScanOutcome; loaded: LoadedSettings | undefined; options: CommonOptions }> {
  let loaded: LoadedSettings | undefined;
  let effective = options;
  let rootPath = typeof root === 'string' ? root : undefined;
  let scan: ((f: Fragment) => Finding[]) | undefined;
  const findings: Finding[] = [];
  for await (const fragment of fragments) {
    if (!scan) {
      const [{ loadSettings }, { createScanner }, { BASELINE_FILE_NAME }] = await Promise.all([
        import('./load-settings.js'),
        import('../engine/scanner.js'),
        import('../config/baseline-file.js'),
      ]);
      rootPath ??= (root as () => string)();
      effective = withDefaultBaseline(options, join(rootPath, BASELINE_FILE_NAME));
      loaded = loadSettings(effective, rootPath, cwd);
      scan = createScanner(loaded.settings.rules, { allowlist: loaded.settings.allowlist }).scan;
    }
    findings.push(...scan(fragment));
  }
  // With nothing scanned, a clean text run prints nothing and never needs the root (a git process).
  if (rootPath === undefined && (options.format !== 'text' || options.output)) rootPath = (root as () => string)();
  const outcome: ScanOutcome = {
    command,
    root: rootPath ?? cwd,
    findings,
    rules: loaded?.settings.rules ?? [],
    warnings: [],
    startedAt,
    stats: { files: stats.files, bytes: stats.bytes, binary: stats.binary, unreadable: [], skipped: stats.skipped, commits: stats.commits },
  };
  return { outcome, loaded, options: effective };
}

/**
 * The git commands (staged, diff, pre-push) use the repository's baseline file when one exists and
 * --baseline is not given: a hook cannot be handed flags per commit, and "add the fingerprint to the
 * baseline" must take effect on the next attempt.
 */
function withDefaultBaseline(options: CommonOptions, defaultPath: string): CommonOptions {
  if (options.baseline !== undefined) return options;
  return existsSync(defaultPath) ? { ...options, baseline: defaultPath } : options;
}
