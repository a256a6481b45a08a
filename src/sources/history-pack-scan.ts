import type { HistoryEngine, HistoryScope } from '../git/history-engine.js';
import type { SharedPack } from '../git/shared-packs.js';
import type { PackShardRequest, PackShardResult } from './history-pack-shard.js';
import { placeable, type PlaceScoped } from './history-provenance.js';
import { createIntroductionTable } from './introduction-table.js';
import { shareWantedBlobs } from './wanted-blobs.js';
import { replayEngine, type BlobHit, type HistoryProgress, type HistoryScanResult } from './history-scan.js';

/**
 * The history pipeline when the repository's objects are packed: walk the introductions first (every
 * blob in scope, with its first path), then let the scanner threads take the packs' delta trees and
 * rebuild them themselves (history-pack-shard.ts), so no blob crosses a pipe or a thread and a delta's base is its
 * rescan partner; then join findings to introductions by blob id. Every blob in scope that no thread read
 * (loose objects, blobs over a piece, a pack that failed to parse, missing objects) goes through
 * `readRest`, the cat-file pipeline, fed the same introductions in the same order: it reports what cannot
 * be read exactly as before, so nothing unread is ever reported clean.
 */
export async function scanHistoryFromPacks(
  engine: HistoryEngine,
  scope: HistoryScope,
  packs: SharedPack[],
  options: {
    /**
     * Runs the scanner threads' shares: each gets the same request (bar `minWeight`, which scanShard may
     * raise for a thread whose help is worth less than its start) and takes delta trees until none is left.
     */
    threads: number;
    scanShard: (thread: number, request: PackShardRequest) => Promise<PackShardResult>;
    /** The cat-file pipeline (history-scan.ts) on an engine whose walk replays the given introductions. */
    readRest: (replay: HistoryEngine) => Promise<HistoryScanResult>;
    onProgress?: (p: HistoryProgress) => void;
    /** Findings of these rules are kept only for blobs seen at a path where they apply (as history-scan.ts). */
    placeScoped?: PlaceScoped;
  },
): Promise<HistoryScanResult> {
  const table = createIntroductionTable();
  let commits = 0;
  const progress = (blobsDone: number, walkDone: boolean) => options.onProgress?.({ blobsDone, blobsFound: table.blobs, bytesDone: 0, walkDone });
  const walk = await engine.walk(scope, {
    commit() {
      commits++;
    },
    introduce(intro) {
      const before = table.blobs;
      table.add(intro);
      if (table.blobs > before && table.blobs % 4096 === 0) progress(0, false);
    },
  });
  progress(0, true);

  // The threads number wanted blobs as the table does: in order of first introduction.
  const wanted = table.blobs;
  const shared = shareWantedBlobs(wanted, (w) => table.oid(w), (w) => table.firstPath(w));
  const claims = new SharedArrayBuffer(4 * packs.length);
  const results = await Promise.all(Array.from({ length: options.threads }, (_, thread) => options.scanShard(thread, { packs, claims, minWeight: 0, wanted: shared })));

  const done = new Uint8Array(wanted);
  const hits: BlobHit[] = [];
  let bytes = 0;
  let binaryBlobs = 0;
  const packFailures = new Set<string>();
  for (const r of results) {
    for (const w of r.done) done[w] = 1;
    for (const [w, found] of r.findings) {
      const intros = table.introductionsOf(w);
      // Every place is known by now: a place-bound rule's findings go unless it applies at one of them.
      const { findings } = placeable(found, intros, options.placeScoped);
      if (findings.length > 0) hits.push({ oid: table.oid(w), findings, introductions: intros });
    }
    bytes += r.bytes;
    binaryBlobs += r.binaryBlobs;
    for (const f of r.failed) packFailures.add(f);
  }
  const doneCount = done.reduce((a, b) => a + b, 0);
  progress(doneCount, true);

  const unreadable = [];
  if (doneCount < wanted) {
    const more = await options.readRest(replayEngine(engine, table.introductionsWhere((w) => !done[w])));
    hits.push(...more.hits);
    bytes += more.bytes;
    binaryBlobs += more.binaryBlobs;
    unreadable.push(...more.unreadable);
  }
  // In walk order, as the cat-file pipeline finds them (one lane): the report does not depend on it, but
  // a stable order keeps runs comparable.
  const firstSeq = (hit: BlobHit) => hit.introductions[0]!.seq;
  hits.sort((a, b) => firstSeq(a) - firstSeq(b));
  return {
    hits,
    commits,
    blobs: wanted,
    bytes,
    binaryBlobs,
    unreadable,
    seen: { has: (oid) => table.has(oid), size: wanted },
    fromPacks: doneCount,
    packFailures: [...packFailures],
    ...(walk.error !== undefined && { walkError: walk.error }),
  };
}
