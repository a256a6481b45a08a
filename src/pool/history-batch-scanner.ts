import { decoders } from '../engine/decode.js';
import type { Scanner } from '../engine/scanner.js';
import { scanBatch, type BatchFindings, type BlobBatch } from '../sources/history-blob-batch.js';
import { createVersionScanner, type VersionScanner } from '../sources/history-version-scanner.js';
import { keywordFacts } from '../sources/carried-hits.js';
import { rescanMargins } from '../sources/rescan-margins.js';
import type { ScanSettings } from './scan-settings.js';

/**
 * What a worker (or the inline pool) does with history batches: one version scanner per thread, created
 * with the first batch (whose cache budget it takes), kept for the whole run.
 */
export function createHistoryBatchScanner(scanner: Scanner, settings: ScanSettings): (batch: BlobBatch) => BatchFindings {
  let versions: VersionScanner | undefined;
  const scan = scanner.scan.bind(scanner);
  return (batch) => {
    if (!versions) {
      const margins = historyMargins(settings);
      versions = createVersionScanner(scan, margins, batch.cacheBytes, keywordFacts(scanner.keywordSearch, margins));
    }
    return scanBatch(batch, versions, scan);
  };
}

/** Rescan margins of a rule set. Decoders open windows around their own keywords, like rules. */
export function historyMargins(settings: ScanSettings) {
  return rescanMargins([...settings.rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
}
