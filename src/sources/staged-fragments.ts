import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { SourceError } from '../engine/errors.js';
import type { Fragment } from '../engine/types.js';
import { diffPatchArgs } from '../git/log-patch-args.js';
import { createDiffParser, type FileChange } from '../git/parse-diff.js';
import { readBlobsSync } from '../git/read-blobs-sync.js';
import { gitLinesSync } from '../git/stream-git.js';
import { findWorkTreeRoot } from '../git/work-tree.js';
import { changeFragment, emptyDiffStats, type DiffStats } from './diff-fragments.js';

export interface StagedOptions {
  /** Repo-relative paths: when given, only these staged files are scanned (lint-staged batches). */
  only?: ReadonlySet<string>;
  /** The environment git runs with; the hook's GIT_INDEX_FILE and GIT_DIR come through here. */
  env?: NodeJS.ProcessEnv;
}

/**
 * What the next commit records, as fragments: for each staged file, its staged blob with the lines
 * added relative to HEAD (every line of a new file, and of every file before the first commit).
 * Read from the index through git (`git diff --cached`, `git cat-file`), never from the work tree,
 * and from the index git names in GIT_INDEX_FILE: `git commit -a` and `git commit <path>` run the
 * hook against a temporary index. Intent-to-add entries are not staged content (git leaves them out
 * of `diff --cached` and of the commit). Nothing here writes to the index or the work tree.
 * `dir` is any directory in the work tree (paths come out repo-relative), so that the common case,
 * nothing staged, costs one git process. https://git-scm.com/docs/githooks#_pre_commit
 */
export async function* stagedFragments(dir: string, stats: DiffStats = emptyDiffStats(), options: StagedOptions = {}): AsyncGenerator<Fragment> {
  const env = gitEnvFor(dir, options.env ?? process.env);
  const parser = createDiffParser();
  // `git diff --cached` with no commit compares with HEAD, or with nothing when HEAD is unborn.
  // --ita-invisible-in-index: intent-to-add entries are not content the commit records.
  const args = ['-c', 'core.quotePath=false', 'diff', '--cached', '--ita-invisible-in-index', ...diffPatchArgs()];
  let lines: string[];
  try {
    lines = gitLinesSync(args, { cwd: dir, env });
  } catch (error) {
    // Outside a repository git treats `diff` as `diff --no-index` and only complains about --cached.
    if (!findWorkTreeRoot(dir)) throw new SourceError(`cannot read the staged content: ${dir} is not inside a git work tree`);
    throw error;
  }
  const diffs = [...lines.flatMap((line) => parser.push(line)), ...parser.end()];
  const changes: FileChange[] = diffs.flatMap((d) => d.files).filter((c) => !options.only || options.only.has(c.path));
  if (changes.length === 0) return;
  const wanted = changes.filter((c) => c.blobId && c.status !== 'deleted' && c.mode !== '160000' && (c.binary || c.addedLines.length > 0));
  const reader = readBlobsSync(dir, env, wanted.map((c) => c.blobId!));
  for (const change of changes) {
    const fragment = await changeFragment(change, reader, stats, undefined, 'fail');
    if (fragment) yield fragment;
  }
}

/**
 * git resolves a relative GIT_INDEX_FILE or GIT_DIR against its working directory; a plain `git
 * commit` sets GIT_INDEX_FILE=.git/index relative to the top of the work tree, and tools such as
 * lint-staged may start us elsewhere. Make them absolute (from `dir`, else from the top of the work
 * tree), and refuse to go on when the index git names does not exist: git would read it as empty
 * and every commit would look clean.
 */
function gitEnvFor(dir: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) {
    const value = env[name];
    if (!value || isAbsolute(value)) continue;
    const fromDir = resolve(dir, value);
    if (name !== 'GIT_INDEX_FILE' || existsSync(fromDir)) {
      out[name] = fromDir;
      continue;
    }
    const root = findWorkTreeRoot(dir);
    out[name] = root ? resolve(root, value) : fromDir;
  }
  const index = out.GIT_INDEX_FILE;
  if (index && !existsSync(index)) {
    throw new SourceError(`cannot read the staged content: GIT_INDEX_FILE names ${env.GIT_INDEX_FILE}, which does not exist; the commit was not checked`);
  }
  return out;
}
