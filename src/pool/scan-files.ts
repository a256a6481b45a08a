import type { Scanner } from '../engine/scanner.js';
import type { Finding } from '../engine/types.js';
import type { FileRef } from '../sources/list-files.js';
import { readFileFragments } from '../sources/read-file.js';

/** Totals and findings for a set of files; merged across workers. */
export interface FileScanResult {
  findings: Finding[];
  files: number;
  bytes: number;
  binary: string[];
  unreadable: { path: string; reason: string }[];
}

export function emptyFileScanResult(): FileScanResult {
  return { findings: [], files: 0, bytes: 0, binary: [], unreadable: [] };
}

export function mergeFileScanResults(into: FileScanResult, from: FileScanResult): void {
  into.findings.push(...from.findings);
  into.files += from.files;
  into.bytes += from.bytes;
  into.binary.push(...from.binary);
  into.unreadable.push(...from.unreadable);
}

/** Read and scan files one by one in this thread (what each worker runs, and the small-scan path). */
export function scanFileRefs(scanner: Scanner, files: readonly FileRef[]): FileScanResult {
  const result = emptyFileScanResult();
  for (const file of files) {
    if (scanner.isPathAllowed(file.rel)) continue;
    const seen = new Set<string>();
    const outcome = readFileFragments(file.abs, file.rel, (fragment) => {
      for (const finding of scanner.scan(fragment)) {
        // Chunks of a large file overlap; a secret in the overlap is reported once.
        const key = `${finding.ruleId}:${finding.line}:${finding.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.findings.push(finding);
      }
    });
    if (outcome.kind === 'scanned') {
      result.files++;
      result.bytes += outcome.bytes;
    } else if (outcome.kind === 'binary') result.binary.push(file.rel);
    else result.unreadable.push({ path: file.rel, reason: outcome.reason });
  }
  return result;
}

/**
 * Files shared between threads by index: each thread claims the next unclaimed file with an atomic add
 * on `counters[0]` and counts it done in `counters[1]`, until none is left. No thread waits for a message
 * between batches, and the last files spread over every thread, so no thread idles while another works.
 */
export function scanClaimedFiles(scanner: Scanner, files: readonly FileRef[], counters: Int32Array, onFile?: () => void): FileScanResult {
  const result = emptyFileScanResult();
  for (let i = Atomics.add(counters, 0, 1); i < files.length; i = Atomics.add(counters, 0, 1)) {
    mergeFileScanResults(result, scanFileRefs(scanner, [files[i]!]));
    Atomics.add(counters, 1, 1);
    onFile?.();
  }
  return result;
}
