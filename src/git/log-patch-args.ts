import { COMMIT_FORMAT } from './parse-diff.js';

/**
 * Options that make `git log -p` print the one diff format parse-diff.ts reads, whatever the user's
 * config says: full blob ids, no context lines, a/ b/ prefixes (diff.noPrefix and
 * diff.mnemonicPrefix change them), no colour, external diff, textconv or signature output,
 * repo-relative paths (diff.relative), rename detection, submodules as plain commit ids, and merges
 * as dense combined diffs so that only what a merge itself introduces is listed.
 * https://git-scm.com/docs/git-log#_diff_formatting
 */
export function logPatchArgs(): string[] {
  return [
    ...diffPatchArgs(),
    '--no-show-signature',
    '--root',
    '--cc',
    COMMIT_FORMAT,
  ];
}

/** The diff options shared by `git log -p` and `git diff --cached`. */
export function diffPatchArgs(): string[] {
  return [
    '-p',
    '--full-index',
    '--unified=0',
    '--inter-hunk-context=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--find-renames',
    '--submodule=short',
    '--ignore-submodules=none',
  ];
}
