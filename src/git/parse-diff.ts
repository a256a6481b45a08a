import type { CommitInfo } from '../engine/types.js';
import { readQuotedToken, unquotePath } from './unquote-path.js';

/** What one commit (or the staged index) does to one file, as far as scanning needs to know. */
export interface FileChange {
  /** Repo-relative path after the change (for a deletion: the deleted path). */
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';
  /** Object id of the new blob (full, thanks to --full-index); undefined for deletions and pure renames. */
  blobId?: string;
  /** The new file mode: 100644, 100755, 120000 (symlink), 160000 (submodule: a commit id, not content). */
  mode?: string;
  /** git printed "Binary files ... differ": no line numbers are known. */
  binary: boolean;
  /** 1-based line numbers, in the new blob, of lines that are new: added relative to every parent. */
  addedLines: number[];
}

/** One commit's changes; `commit` is undefined for a plain `git diff` (the staged index). */
export interface CommitDiff {
  commit?: CommitInfo;
  parents: string[];
  files: FileChange[];
}

/** Marks the commit header line in our `git log --format`; no diff line can start with U+0001. */
export const COMMIT_MARK = '\u0001';
/**
 * The `git log --format` this parser reads: mark, then sha, parents, author name, email, ISO date and
 * subject, NUL-separated. https://git-scm.com/docs/pretty-formats
 */
export const COMMIT_FORMAT = '--format=%x01%H%x00%P%x00%an%x00%ae%x00%aI%x00%s';

export interface DiffParser {
  /** Feed one line of output (without its newline); returns the commits it completed. */
  push(line: string): CommitDiff[];
  /** End of output; returns the last commit. */
  end(): CommitDiff[];
}

/**
 * An incremental parser for `git log -p --cc --full-index --unified=0` and `git diff --cached -p
 * --full-index --unified=0` output (https://git-scm.com/docs/diff-format). It keeps only what a
 * scan needs: paths, blob ids, and which lines of the new blob are new. Content comes from the blob.
 *
 * Merges (combined diff, `diff --cc`) contribute only lines that are new relative to every parent
 * (`++` in two-parent output): conflict resolutions and "evil merge" edits. Lines taken from either
 * side are covered by the commits that introduced them.
 */
export function createDiffParser(): DiffParser {
  let current: CommitDiff | undefined;
  let file: FileChange | undefined;
  let headerPaths: { a?: string; b?: string } = {};
  let inHunk = false;
  let parents = 1; // columns of +/- prefixes in hunk lines: 1, or the parent count in a combined diff
  let newLine = 0;

  function finishFile(): void {
    if (file && current) {
      if (!file.path) file.path = headerPaths.b ?? headerPaths.a ?? '';
      if (file.path) current.files.push(file);
    }
    file = undefined;
    headerPaths = {};
    inHunk = false;
  }

  function finishCommit(): CommitDiff[] {
    finishFile();
    const done = current;
    current = undefined;
    return done && (done.commit || done.files.length > 0) ? [done] : [];
  }

  function startFile(): void {
    finishFile();
    current ??= { parents: [], files: [] };
    file = { path: '', status: 'modified', binary: false, addedLines: [] };
  }

  function push(line: string): CommitDiff[] {
    if (inHunk) {
      const c = line.charCodeAt(0);
      // '+', '-', ' ' or '\' (No newline at end of file): still in the hunk.
      if (c === 43 || c === 45 || c === 32 || c === 92) {
        if (c === 92) return [];
        const prefix = line.slice(0, parents);
        if (prefix.includes('-')) return []; // a removed line: not in the new blob
        if (prefix === '+'.repeat(parents)) file!.addedLines.push(newLine);
        newLine++;
        return [];
      }
      inHunk = false;
    }
    if (line.startsWith(COMMIT_MARK)) {
      const done = finishCommit();
      const [sha = '', parentList = '', authorName = '', authorEmail = '', date = '', summary = ''] = line.slice(1).split('\0');
      current = { commit: { sha, authorName, authorEmail, date, summary }, parents: parentList.split(' ').filter(Boolean), files: [] };
      return done;
    }
    if (line.startsWith('diff --git ')) {
      startFile();
      parents = 1;
      headerPaths = splitGitHeader(line.slice('diff --git '.length));
      return [];
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      startFile();
      const rest = line.slice(line.indexOf(' ', 5) + 1);
      headerPaths = { b: unquotePath(rest) };
      return [];
    }
    if (!file) return [];
    if (line.startsWith('@@')) {
      const at = /^(@+) /.exec(line);
      parents = at ? at[1]!.length - 1 : 1;
      const plus = / \+(\d+)(?:,(\d+))? /.exec(line);
      // "+c,0" means no lines in the new blob here; "+c,d" starts at c. Lines are counted from there.
      newLine = plus ? Number(plus[1]) : 0;
      inHunk = true;
      return [];
    }
    headerLine(file, line);
    return [];
  }

  function headerLine(f: FileChange, line: string): void {
    if (line.startsWith('new file mode ')) {
      f.status = 'added';
      f.mode = line.slice('new file mode '.length).trim();
    } else if (line.startsWith('deleted file mode ')) {
      f.status = 'deleted';
      f.mode = line.slice('deleted file mode '.length).trim();
    } else if (line.startsWith('new mode ')) {
      f.mode = line.slice('new mode '.length).trim();
    } else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
      f.oldPath = unquotePath(line.slice(line.indexOf(' from ') + 6));
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      f.status = line.startsWith('rename') ? 'renamed' : 'copied';
      f.path = unquotePath(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('index ')) {
      // index <old>..<new> [mode]   or, combined:   index <p1>,<p2>..<new> [mode]
      const m = /^index \S*\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
      if (m) {
        if (!/^0+$/.test(m[1]!)) f.blobId = m[1];
        if (m[2]) f.mode = m[2];
      }
    } else if (line.startsWith('+++ ')) {
      const p = diffFilePath(line.slice(4));
      if (p !== undefined) f.path = p;
    } else if (line.startsWith('--- ')) {
      const p = diffFilePath(line.slice(4));
      if (p !== undefined && !f.path) headerPaths.a = p;
    } else if (line.startsWith('Binary files ')) {
      f.binary = true;
    }
  }

  return {
    push,
    end: finishCommit,
  };
}

/** Parse a whole output at once (tests, small diffs). */
export function parseDiff(text: string): CommitDiff[] {
  const parser = createDiffParser();
  const out: CommitDiff[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) out.push(...parser.push(line));
  out.push(...parser.end());
  return out;
}

/** `a/path` or `b/path` (maybe quoted, maybe with git's trailing tab after names with spaces); undefined for /dev/null. */
function diffFilePath(raw: string): string | undefined {
  if (raw === '/dev/null') return undefined;
  let p = raw.startsWith('"') ? unquotePath(raw) : raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (p.startsWith('a/') || p.startsWith('b/')) p = p.slice(2);
  return p;
}

/**
 * The two paths of `diff --git a/X b/Y`. Quoted paths are unambiguous; unquoted ones may contain
 * spaces, so only the symmetric case (X = Y, every header without a rename) is split. Other cases get
 * their paths from the `rename to` or `+++` lines, which hold one path each.
 */
function splitGitHeader(rest: string): { a?: string; b?: string } {
  const first = readQuotedToken(rest);
  if (first) {
    const second = readQuotedToken(first.rest.trimStart()) ?? { token: first.rest.trimStart() };
    return { a: stripPrefix(first.token), b: stripPrefix(second.token) };
  }
  if (rest.endsWith('"')) {
    const q = rest.lastIndexOf(' "');
    if (q !== -1) return { a: stripPrefix(rest.slice(0, q)), b: stripPrefix(unquotePath(rest.slice(q + 1))) };
  }
  const n = (rest.length - 5) / 2; // "a/" + X + " b/" + X
  if (Number.isInteger(n) && rest.slice(2, 2 + n) === rest.slice(5 + n) && rest.slice(2 + n, 5 + n) === ' b/') {
    return { a: rest.slice(2, 2 + n), b: rest.slice(5 + n) };
  }
  return {};
}

function stripPrefix(p: string): string {
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}
