import type { FileRef } from '../sources/list-files.js';

/**
 * `claim`: scan files of a list shared with other threads, claimed one by one (see scanClaimedFiles).
 * The list travels as one string, each file's absolute then relative path, all NUL-separated (no path
 * holds a NUL): the bench tree's 15,000 file objects took ~20 ms to copy into a fresh worker, which
 * waited for them; one string takes a few.
 */
export type FileClaim = { paths: string; counters: SharedArrayBuffer };

/** The claim's list as one string (see FileClaim). */
export function packFileRefs(files: readonly FileRef[]): string {
  return files.map((file) => `${file.abs}\0${file.rel}`).join('\0');
}

/** The files of a packed list, in order (sizes are not carried: scanning does not need them). */
export function unpackFileRefs(paths: string): FileRef[] {
  if (paths === '') return [];
  const parts = paths.split('\0');
  const files: FileRef[] = [];
  for (let i = 0; i < parts.length; i += 2) files.push({ abs: parts[i]!, rel: parts[i + 1]! });
  return files;
}
