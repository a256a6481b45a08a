import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SourceError } from '../engine/errors.js';
import { findWorkTreeRoot, listUnignoredFiles } from '../git/work-tree.js';

/** A file to scan: where to read it and the path findings should name. */
export interface FileRef {
  abs: string;
  rel: string;
  /** Size in bytes when listing learnt it for free (git work trees, whose entries are lstat'ed anyway). */
  size?: number;
}

export interface FileListing {
  /** Findings' paths are relative to this: the git work tree's top, or the scanned directory. */
  root: string;
  files: FileRef[];
  /** Things not scanned and why: symlinks leaving the tree, unreadable directories. */
  skipped: { path: string; reason: string }[];
}

export interface ListOptions {
  /** Honour .gitignore inside a git work tree (default true). */
  gitignore: boolean;
  /** Called once, as soon as the listing holds `files` files (the scan pool starts its workers then). */
  whenMany?: { files: number; then: () => void };
  /** scanRoot(targets, cwd), when the caller has it already (it asks git: a process spawn). */
  root?: string;
}

/**
 * Turn `scan` arguments (files and directories) into the list of files to read. Never enters `.git`;
 * does not follow symbolic links to directories (so link loops cannot trap it); lists what it skips.
 */
export async function listFiles(targets: readonly string[], cwd: string, options: ListOptions): Promise<FileListing> {
  const absTargets = targets.map((t) => resolve(cwd, t));
  const root = options.root ?? scanRoot(targets, cwd);
  const listing: FileListing = { root, files: [], skipped: [] };
  const many = options.whenMany;
  const add = (file: FileRef) => {
    if (listing.files.push(file) === many?.files) many.then();
  };
  const toRel = (abs: string) => {
    const r = relative(root, abs);
    return (r.startsWith('..') || isAbsolute(r) ? abs : r).split(sep).join('/');
  };

  for (const target of absTargets) {
    const stat = statSync(target);
    if (!stat.isDirectory()) {
      add({ abs: target, rel: toRel(target) });
      continue;
    }
    const repo = options.gitignore ? findWorkTreeRoot(target) : undefined;
    if (repo) {
      for (const p of await listUnignoredFiles(target)) {
        const abs = join(target, p);
        const kind = entryKind(abs);
        if (typeof kind === 'number') add({ abs, rel: toRel(abs), size: kind });
        else if (kind === 'symlink') listing.skipped.push({ path: toRel(abs), reason: 'symbolic link (its target is scanned where it lies in the tree)' });
        else if (kind === 'other') listing.skipped.push({ path: toRel(abs), reason: NOT_A_FILE });
      }
    } else {
      walk(target, listing, toRel, add);
    }
  }
  return listing;
}

/**
 * The directory findings' paths are relative to: the git work tree's top, or the scanned directory (one
 * directory target outside git), or `cwd`. Checks that every target exists (SourceError if not), so the
 * settings at that root can be loaded, and the scan pool started, before the listing itself.
 */
export function scanRoot(targets: readonly string[], cwd: string): string {
  const absTargets = targets.map((t) => resolve(cwd, t));
  for (const t of absTargets) {
    try {
      statSync(t);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError(`${t}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`}; check the path`);
    }
  }
  const firstDir = statSync(absTargets[0]!).isDirectory() ? absTargets[0]! : resolve(absTargets[0]!, '..');
  const gitRoot = findWorkTreeRoot(firstDir);
  return gitRoot ?? (absTargets.length === 1 && statSync(absTargets[0]!).isDirectory() ? absTargets[0]! : cwd);
}

/** FIFOs, sockets and devices: reading them could block forever or never end, so they are listed, not read. */
const NOT_A_FILE = 'not a regular file (FIFO, socket or device)';

/** A regular file's size, or what else the entry is. */
function entryKind(abs: string): number | 'symlink' | 'other' | 'missing' {
  try {
    const s = lstatSync(abs);
    if (s.isSymbolicLink()) return 'symlink';
    return s.isFile() ? s.size : 'other';
  } catch {
    return 'missing'; // tracked but deleted from the work tree: nothing to read
  }
}

/** Depth-first walk; relative paths are built by appending names (path.relative per file cost more than the walk). */
function walk(dir: string, listing: FileListing, toRel: (abs: string) => string, add: (file: FileRef) => void): void {
  const base = toRel(dir);
  const stack: [string, string][] = [[dir, base === '' ? '' : `${base}/`]];
  while (stack.length > 0) {
    const [current, rel] = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      listing.skipped.push({ path: rel === '' ? '.' : rel.slice(0, -1), reason: `directory unreadable (${(error as NodeJS.ErrnoException).code})` });
      continue;
    }
    const prefix = current.endsWith(sep) ? current : current + sep;
    for (const entry of entries) {
      const abs = prefix + entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') stack.push([abs, `${rel}${entry.name}/`]);
      } else if (entry.isFile()) add({ abs, rel: rel + entry.name });
      else if (entry.isSymbolicLink()) listing.skipped.push({ path: rel + entry.name, reason: 'symbolic link (not followed)' });
      else listing.skipped.push({ path: rel + entry.name, reason: NOT_A_FILE });
    }
  }
}
