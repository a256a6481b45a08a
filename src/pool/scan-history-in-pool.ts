import { availableParallelism } from 'node:os';
import { createScanner } from '../engine/scanner.js';
import type { HistoryEngine, HistoryScope } from '../git/history-engine.js';
import type { PlaceFilter } from '../sources/history-provenance.js';
import { scanHistory, type HistoryProgress, type HistoryScanResult } from '../sources/history-scan.js';
import { scanHistoryFromPacks } from '../sources/history-pack-scan.js';
import { loadSharedPacks, type SharedPacks } from '../git/shared-packs.js';
import { createIdleMonitor } from './idle-cores.js';
import { createScanPool, type PoolOptions } from './scan-pool.js';
import type { ScanSettings } from './scan-settings.js';

/** Batches of blobs in flight to the workers: enough to keep both cores busy, few enough to bound memory. */
const MAX_BATCHES_IN_FLIGHT = 4;

/**
 * The history source run on the worker pool, shared by `leakguard history` and the Action's audit.
 * Blobs are scanned once whatever their paths, so the workers get the settings without path
 * conditions; `keep` applies those conditions to each place a finding was committed at afterwards.
 */
export async function scanHistoryInPool(
  engine: HistoryEngine,
  scope: HistoryScope,
  settings: ScanSettings,
  options: PoolOptions & { onProgress?: (p: HistoryProgress) => void } = {},
): Promise<{ scan: HistoryScanResult; keep: PlaceFilter }> {
  // git walks while the workers start and the packs load: on tmux that began the walk 90 ms sooner.
  const early = engine.startWalk?.(scope);
  const lifted = withoutPathConditions(settings);
  const pool = createScanPool(lifted, { workers: options.workers ?? defaultHistoryWorkers() });
  const placeScoped = { rules: new Set(lifted.placeScopedRules), keep: placeFilter(settings) };
  // Sampled only when there is a lane to wake (one lane, the default on 2 cores, needs no sampling).
  const idle = pool.lanes > 1 ? createIdleMonitor() : undefined;
  let scan: HistoryScanResult;
  try {
    const packs = await sharedPacks(engine);
    const readBlobs = (from: HistoryEngine) =>
      scanHistory(from, scope, (lane, batch) => pool.scanHistoryBatch(lane, batch), {
        lanes: pool.lanes,
        maxBatchesInFlight: MAX_BATCHES_IN_FLIGHT,
        // Another scanner only for a core that is more than half idle: where git and this thread keep the
        // machine busy, it would compete with them instead of adding work done.
        mayWakeLane: () => (idle?.idleCores() ?? 0) > 0.5,
        placeScoped,
        ...(options.onProgress && { onProgress: options.onProgress }),
      });
    if ('packs' in packs) {
      // Every worker takes delta trees from the packs, and so may this thread (it has nothing else to do
      // once the walk is over): the workers load while git walks.
      // At most MAX_PACK_WORKERS of them: each scanning thread keeps its own chain of rebuilt versions and
      // engine (50-60 MB on tmux), and the packs themselves are held in memory.
      const workers = pool.usesWorkers ? Math.min(pool.lanes, MAX_PACK_WORKERS) : 0;
      pool.start(workers);
      scan = await scanHistoryFromPacks(engine, scope, packs.packs, {
        threads: workers + 1,
        // This thread helps only with a large pack: its engine's warm-up (about 0.2-0.3 CPU-s) would
        // cost a small one more than it saves.
        scanShard: (thread, request) => (thread < workers ? pool.scanPackShard(thread, request) : pool.scanPackShard(-1, { ...request, minWeight: workers > 0 ? MAIN_THREAD_WEIGHT : 0 })),
        readRest: readBlobs,
        placeScoped,
        ...(options.onProgress && { onProgress: options.onProgress }),
      });
    } else {
      // The first worker loads while git starts walking; the others only if their lanes are woken (a
      // worker's start-up costs about 0.2 CPU-s, which a repository that never needs it should not pay).
      pool.start(1);
      scan = await readBlobs(engine);
    }
  } finally {
    early?.cancel();
    idle?.stop();
    await pool.close();
  }
  return { scan, keep: placeScoped.keep };
}

/** Estimated bytes rebuilt from a pack (see walk-pack.ts) above which this thread scans beside the workers. */
const MAIN_THREAD_WEIGHT = 384 * 1024 * 1024;

/**
 * Packs up to this size in all are held whole in memory (shared by the threads); larger ones are read
 * from their files by each thread (they stay in the page cache, not in the process). Read from its file,
 * tmux's 55 MB pack (as mirrored) peaked at 282-291 MB against 326-338 MB held, in the same time (2.46-2.70
 * s against 2.34-2.78 s), and trufflehog's 53 MB one at 280-335 MB against 319-366 MB (4.32-4.67 s
 * against 4.21-4.44 s): room under the 400 MB target is worth the odd 3%.
 */
const HELD_PACK_BYTES = 32 * 1024 * 1024;

/**
 * Above this, blobs are read through `git cat-file`: what else a thread keeps grows with the pack's objects
 * (its delta forest) and blobs. Peaks measured with packs read from their files: uptime-kuma (67 MiB)
 * 292-299 MB, docker-library/docs (76 MiB) 266-273 MB, ory/kratos (110 MiB) 253-270 MB; but minio (137
 * MiB) 338-383 MB over five runs, too near the 400 MB target, and prometheus (453 MiB, 358,912 objects)
 * 619 MB. Through `git cat-file` those two peak at 296 and 314 MB.
 */
const MAX_PACK_BYTES = 128 * 1024 * 1024;

/** Workers reading packs beside this thread, whatever the core count: each keeps its own delta forest, chain of versions and engine. */
const MAX_PACK_WORKERS = 1;

/**
 * The packs to read blobs from directly, or why not (then every blob goes through `git cat-file`, as
 * before). LEAKGUARD_HISTORY_PACKS=0 forces the cat-file path; =1 reads packs wherever the reader can,
 * even where they judge it no faster (loose objects, blobs stored whole, small files); =files does too,
 * reading every pack from its file, as packs over HELD_PACK_BYTES are (for tests and comparisons).
 */
async function sharedPacks(engine: HistoryEngine): Promise<SharedPacks> {
  const setting = process.env.LEAKGUARD_HISTORY_PACKS;
  if (setting === '0') return { reason: 'LEAKGUARD_HISTORY_PACKS=0' };
  const force = setting === '1' || setting === 'files';
  const found = await engine.packFiles?.(force);
  if (!found) return { reason: `the ${engine.name} engine reads objects itself` };
  return 'packs' in found ? loadSharedPacks(found.packs, MAX_PACK_BYTES, force, setting === 'files' ? 0 : HELD_PACK_BYTES) : found;
}

/**
 * One scan thread per core but one: this thread parses git's output, and git's walk and object reader run
 * beside it. Measured on the 2-core bench machine, three runs each, same findings: one worker against two
 * (each woken only while a core idled): synthetic 20,000-commit history 2.42-2.49 s against 2.47-2.49 s,
 * expressjs/express 1.57-1.62 s against 1.69-1.81 s, tmux 2.83-3.44 s against 3.25-3.41 s.
 */
function defaultHistoryWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Whether a finding at `path` survives the rule's `paths` and the allowlists' paths. */
export function placeFilter(settings: ScanSettings): PlaceFilter {
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const rules = new Map(scanner.rules.map((r) => [r.id, r]));
  return (ruleId, path) => !scanner.isPathAllowed(path) && (rules.get(ruleId)?.appliesTo(path) ?? true);
}

function withoutPathConditions(settings: ScanSettings): ScanSettings {
  return {
    rules: settings.rules.map(({ paths: _paths, ...rule }) => ({ ...rule, ...(rule.allowlist && { allowlist: { ...rule.allowlist, paths: [] } }) })),
    allowlist: { ...settings.allowlist, paths: [] },
    // Their hits must not hide other rules' where they do not apply (attributeFindings drops those where they do).
    placeScopedRules: settings.rules.filter((r) => (r.paths?.length ?? 0) > 0 || (r.allowlist?.paths?.length ?? 0) > 0).map((r) => r.id),
  };
}
