import { SourceError } from '../engine/errors.js';
import type { CommitInfo, Fragment } from '../engine/types.js';
import type { BlobReader } from '../git/blob-reader.js';
import type { FileChange } from '../git/parse-diff.js';
import { binaryKeystoreText } from '../engine/keystore.js';
import { isBinary } from './read-file.js';

/** What a diff-based scan covered, for the summary line; filled in as fragments are produced. */
export interface DiffStats {
  commits: number;
  files: number;
  bytes: number;
  /** Paths whose new content is binary (not scanned). */
  binary: string[];
  /** Paths not scanned for another stated reason (submodule entries). */
  skipped: { path: string; reason: string }[];
}

export function emptyDiffStats(): DiffStats {
  return { commits: 0, files: 0, bytes: 0, binary: [], skipped: [] };
}

const SUBMODULE_MODE = '160000';

/**
 * The fragment for one changed file: the whole new blob (so multi-line secrets and context are seen),
 * reporting only the lines the change adds. Deletions, pure renames and mode changes add nothing;
 * submodule entries are commit ids, not content. A blob git calls binary is checked again here: a
 * `binary` attribute in .gitattributes must not hide a text file, so such a blob is scanned whole.
 * A missing blob is skipped and listed (history), or a SourceError with `onMissing: 'fail'` (a hook).
 */
export async function changeFragment(
  change: FileChange,
  reader: BlobReader,
  stats: DiffStats,
  commit?: CommitInfo,
  onMissing: 'skip' | 'fail' = 'skip',
): Promise<Fragment | undefined> {
  if (change.mode === SUBMODULE_MODE) {
    stats.skipped.push({ path: change.path, reason: 'submodule entry (scan the submodule itself)' });
    return undefined;
  }
  if (change.status === 'deleted' || !change.blobId) return undefined;
  if (!change.binary && change.addedLines.length === 0) return undefined;
  const bytes = await reader.read(change.blobId);
  if (!bytes) {
    // A hook must not pass a commit whose content it could not read.
    if (onMissing === 'fail') throw new SourceError(`cannot read the staged content of ${change.path}: blob ${change.blobId} is missing; the commit was not checked`);
    stats.skipped.push({ path: change.path, reason: `blob ${change.blobId.slice(0, 12)} is missing from the object database` });
    return undefined;
  }
  stats.files++;
  stats.bytes += bytes.length;
  if (isBinary(bytes)) {
    // Binary content is skipped, except a keystore (PKCS#12, JKS, JCEKS), which the engine reads as text.
    const keystore = binaryKeystoreText(bytes);
    if (keystore === undefined) {
      stats.binary.push(change.path);
      return undefined;
    }
    const fragment: Fragment = { path: change.path, text: keystore, blobId: change.blobId };
    if (commit) fragment.commit = commit;
    return fragment;
  }
  const fragment: Fragment = { path: change.path, text: bytes.toString('utf8'), blobId: change.blobId };
  if (!change.binary) fragment.reportLines = new Set(change.addedLines);
  if (commit) fragment.commit = commit;
  return fragment;
}
