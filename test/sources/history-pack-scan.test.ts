import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { createScanner } from '../../src/engine/scanner.js';
import { createCliHistoryEngine } from '../../src/git/cli-history-engine.js';
import type { HistoryEngine } from '../../src/git/history-engine.js';
import { loadSharedPacks } from '../../src/git/shared-packs.js';
import { historyMargins } from '../../src/pool/history-batch-scanner.js';
import { scanBatch } from '../../src/sources/history-blob-batch.js';
import { scanHistoryFromPacks } from '../../src/sources/history-pack-scan.js';
import { scanPackShard } from '../../src/sources/history-pack-shard.js';
import { scanHistory } from '../../src/sources/history-scan.js';
import { createVersionScanner } from '../../src/sources/history-version-scanner.js';
import { ALL_REFS, buildChurnHistory, missing, places } from '../helpers/packed-history.js';
import { git } from '../helpers/temp-repo.js';

const settings = { rules: loadBuiltinRules(), allowlist: { paths: [], regexes: [], stopwords: [] } };
const scanner = createScanner(settings.rules);
const scan = scanner.scan.bind(scanner);
const margins = historyMargins(settings);

/** The cat-file pipeline on one inline scanner. */
function catFile(engine: HistoryEngine) {
  const versions = createVersionScanner(scan, margins, 8 << 20);
  return scanHistory(engine, ALL_REFS, async (_lane, batch) => ({ findings: scanBatch(batch, versions, scan) }), { lanes: 1, maxBatchesInFlight: 4, cacheBytes: 8 << 20 });
}

describe('scanHistoryFromPacks', () => {
  it('gives the same findings whichever threads take the delta trees', async () => {
    const h = buildChurnHistory();
    git(h.repo, 'gc', '-q', '--aggressive');
    const engine = createCliHistoryEngine(h.repo);
    const found = await engine.packFiles!(true);
    const shared = 'packs' in found ? loadSharedPacks(found.packs, 1 << 30, true) : found;
    if (!('packs' in shared)) throw new Error(`no packs: ${shared.reason}`);
    const expected = places(await catFile(engine));
    // Threads take delta trees from one counter; a thread whose minWeight is above the work declines.
    for (const declining of [[], [0], [0, 2]]) {
      const result = await scanHistoryFromPacks(engine, ALL_REFS, shared.packs, {
        threads: 3,
        scanShard: async (thread, request) => scanPackShard({ ...request, minWeight: declining.includes(thread) ? Infinity : 0 }, scanner, margins),
        readRest: catFile,
      });
      expect(result.fromPacks).toBe(result.blobs);
      expect(places(result)).toEqual(expected);
      expect(missing(result, [...h.expected, ...h.churn])).toEqual([]);
    }
  });
});
