import type { Finding } from '../engine/types.js';
import type { BlobPiece } from '../git/cat-file-reader.js';
import type { HistoryEngine, HistoryScope } from '../git/history-engine.js';
import { createObjectIdSet, type ObjectIdSet } from '../git/object-id-set.js';
import type { Introduction } from '../git/log-introductions.js';
import { placeable, type PlaceScoped } from './history-provenance.js';
import { binaryKeystoreText } from '../engine/keystore.js';
import { isBinary } from './read-file.js';
import { createBlobFragmenter } from './history-blob-fragments.js';
import { createBatchWriter, FRAGMENT, WHOLE_BLOB, type BatchWriter, type BlobBatch, type ScannedBatch } from './history-blob-batch.js';
import { isCacheable } from './history-version-scanner.js';
import { createCacheRing, type CacheRing } from './history-cache-ring.js';

/** A blob with findings, and every (commit, path) that introduced it. */
export interface BlobHit {
  oid: string;
  /** Findings in the blob, located as in the blob (their `path` is the first path it was seen at). */
  findings: Finding[];
  introductions: Introduction[];
}

/** A blob that could not be read, with where it was first seen. */
export interface UnreadableBlob {
  oid: string;
  path: string;
  commit: string;
  reason: string;
}

export interface HistoryProgress {
  blobsDone: number;
  blobsFound: number;
  bytesDone: number;
  /** False while the walk is still discovering blobs (the totals still grow). */
  walkDone: boolean;
}

export interface HistoryScanResult {
  hits: BlobHit[];
  commits: number;
  /** Unique blobs read. */
  blobs: number;
  bytes: number;
  binaryBlobs: number;
  unreadable: UnreadableBlob[];
  /** Set when the walk itself stopped early (a missing commit or tree). */
  walkError?: string;
  /** Every blob id in scope, for the tip check. */
  seen: Pick<ObjectIdSet, 'has' | 'size'>;
  /** Blobs read from packs directly (history-pack-scan.ts); absent when all went through the reader. */
  fromPacks?: number;
  /** Packs the pack reader could not parse, with why: their blobs went through the reader. */
  packFailures?: string[];
}

/** Bytes per batch: large enough to amortise the hand-off to a worker, small enough to spread the work. */
const BATCH_BYTES = 2 * 1024 * 1024;
const BATCH_ITEMS = 1024;
/** Work queued on a lane (in flight and being batched) before blobs spill over to the next lane. */
const SPILL_BYTES = 2 * BATCH_BYTES;
/**
 * Budget of the first scanner's cache of recent blobs (see history-version-scanner.ts); the other lanes
 * share half as much again. Work gathers on the first lane (see laneFor), so it keeps a whole budget:
 * an even split left it half a cache (more versions scanned whole) while a second lane mostly idled.
 * 32 MB, not 64: on minio (79,000 blobs, 1.9 GB) 64 MB took the process to 404-405 MB, 32 MB to 370-372
 * MB, and no history measured got slower (tmux, the synthetic history and minio, alternated runs).
 */
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * `engine` with a walk that replays the given introductions, in their order, instead of asking git: for
 * reading a set of blobs through the pipeline again, with their provenance.
 */
export function replayEngine(engine: HistoryEngine, introductions: readonly Introduction[]): HistoryEngine {
  return {
    ...engine,
    async walk(_scope, sink) {
      for (const intro of introductions) await sink.introduce(intro);
      return {};
    },
  };
}

/**
 * The history pipeline: walk introductions -> dedupe blobs by id -> read each unique blob once (streamed)
 * -> scan on one of `lanes` scanners (worker threads) -> keep only blobs with findings, with all their
 * introductions. Memory holds the set of blob ids seen, the blobs in flight, and the blobs with findings:
 * never all of history.
 *
 * This thread only moves bytes: each scanner keeps its own cache of recent blobs and rescans a blob only
 * where it differs from the version of the file it replaced (history-version-scanner.ts). For that, a
 * blob goes to the lane that holds its partner; this thread mirrors each lane's cache (which blobs, by
 * the same rule and order) to know which.
 */
export async function scanHistory(
  engine: HistoryEngine,
  scope: HistoryScope,
  /** Scans a batch on lane `lane` (a worker thread, or an inline scanner): the caller wires it to the pool. */
  scan: (lane: number, batch: BlobBatch) => Promise<ScannedBatch>,
  options: {
    /** Scanners working in parallel, each with its own version cache. */
    lanes: number;
    maxBatchesInFlight: number;
    onProgress?: (p: HistoryProgress) => void;
    /** Budget of the first lane's cache of recent blobs (default CACHE_BYTES); the others share half as much. */
    cacheBytes?: number;
    /**
     * Whether a lane that has had no work yet may be woken now (say, while a core is idle). Default: yes.
     * Lanes already working keep getting work whatever it answers.
     */
    mayWakeLane?: () => boolean;
    /**
     * Rules bound to paths (their conditions lifted for the scan) and where each reports. A blob's
     * findings of such a rule are dropped when it applies at none of the paths the blob was seen at so
     * far: prose matches `pass WORD` in every version of a changelog, and keeping those findings until
     * the end held 100+ MB on rails. Should the blob turn up later at a path where the rule applies, it
     * is scanned again after the walk (see rescanLate).
     */
    placeScoped?: PlaceScoped;
  },
): Promise<HistoryScanResult> {
  const seen = createObjectIdSet();
  /** Blobs requested but not finished scanning: the introductions seen meanwhile. */
  const pending = new Map<string, Introduction[]>();
  const hits = new Map<string, BlobHit>();
  const unreadable: UnreadableBlob[] = [];
  const budget = options.cacheBytes ?? CACHE_BYTES;
  const cacheBytesOf = (lane: number) => (lane === 0 ? budget : Math.floor(budget / 2 / (options.lanes - 1)));
  let commits = 0;
  let bytes = 0;
  let binaryBlobs = 0;
  let blobsDone = 0;
  let walkDone = false;

  /** A large blob, sent as overlapping fragments: its findings are gathered here. */
  interface Fragmented {
    fragmenter: ReturnType<typeof createBlobFragmenter> | undefined;
    path: string;
    outstanding: number;
    ended: boolean;
    findings: Finding[];
    keys: Set<string>;
  }
  const fragmented = new Map<string, Fragmented>();

  interface Lane {
    writer: BatchWriter;
    /** Per item of the batch being written: its blob id. */
    oids: string[];
    inFlight: number;
    bytesInFlight: number;
    /** The blobs this lane's scanner caches (the same ring as the scanner's). */
    cached: CacheRing;
  }
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.lanes) }, (_, lane) => ({
    writer: createBatchWriter(BATCH_BYTES, cacheBytesOf(lane)),
    oids: [],
    inFlight: 0,
    bytesInFlight: 0,
    cached: createCacheRing(cacheBytesOf(lane)),
  }));
  let inFlight = 0;
  /** Batches being scanned (each removes itself when done, so this stays as small as the pool). */
  const batches = new Set<Promise<void>>();
  let failure: Error | undefined;
  /** A blob not read yet -> a cached blob to diff it against (the newer version it was replaced by). */
  const partnerOf = new Map<string, string>();

  const progress = () => options.onProgress?.({ blobsDone, blobsFound: seen.size, bytesDone: bytes, walkDone });

  const laneCaching = (oid: string): number => {
    for (let l = 0; l < lanes.length; l++) if (lanes[l]!.cached.has(oid)) return l;
    return -1;
  };

  function mirror(lane: Lane, oid: string, size: number): void {
    if (isCacheable(size)) lane.cached.place(oid, size);
  }

  /** Lanes given work so far: the first ones (lanes are woken in order). */
  let awake = 1;

  /**
   * Where a blob without a cached partner goes: the first lane with less than SPILL_BYTES queued, else
   * the least loaded one. Work gathers on the first lanes, and a lane not yet working is woken only when
   * the ones before it have fallen behind and `mayWakeLane` agrees: a thread's first work costs a few
   * hundred ms of CPU (its JIT warms up its own engine), worth paying only for a core that would idle.
   */
  function laneFor(): number {
    let best = 0;
    for (let l = 0; l < lanes.length; l++) {
      if (l === awake) {
        if (!(options.mayWakeLane?.() ?? true)) break;
        awake++;
      }
      const load = lanes[l]!.bytesInFlight + lanes[l]!.writer.bytes;
      if (load < SPILL_BYTES) return l;
      if (load < lanes[best]!.bytesInFlight + lanes[best]!.writer.bytes) best = l;
    }
    return best;
  }

  /** Blobs whose findings of these place-scoped rules were dropped (see options.placeScoped). */
  const unplaced = new Map<string, string[]>();
  /** Blobs seen later at a path where a dropped rule applies: their introductions from then on. */
  const late = new Map<string, Introduction[]>();

  function finish(oid: string, found: Finding[]): void {
    const introductions = pending.get(oid) ?? [];
    pending.delete(oid);
    blobsDone++;
    const { findings, unplaced: dropped } = placeable(found, introductions, options.placeScoped);
    if (dropped.length > 0) unplaced.set(oid, dropped);
    if (findings.length > 0) hits.set(oid, { oid, findings, introductions });
    progress();
  }

  /** A later introduction of a finished blob: if a rule whose findings were dropped applies here, scan it again. */
  function placeLate(intro: Introduction): void {
    const waiting = late.get(intro.oid);
    if (waiting) {
      waiting.push(intro);
      return;
    }
    const rules = unplaced.get(intro.oid);
    if (rules?.some((rule) => options.placeScoped!.keep(rule, intro.path))) late.set(intro.oid, [intro]);
  }

  function fragmentDone(oid: string): void {
    const state = fragmented.get(oid)!;
    if (!state.ended || state.outstanding > 0) return;
    fragmented.delete(oid);
    finish(oid, state.findings);
  }

  function flush(index: number): void {
    const lane = lanes[index]!;
    if (lane.writer.items === 0) return;
    const size = lane.writer.bytes;
    const sent = lane.writer.take();
    const oids = lane.oids;
    lane.oids = [];
    lane.inFlight++;
    lane.bytesInFlight += size;
    inFlight++;
    if (inFlight >= options.maxBatchesInFlight) reader.pause();
    const done: Promise<void> = scan(index, sent).then(
      ({ findings: found, spare }) => {
        if (spare) lane.writer.recycle(spare);
        let next = 0;
        for (let i = 0; i < oids.length; i++) {
          let findings: Finding[] = [];
          if (next < found.length && found[next]![0] === i) findings = found[next++]![1];
          const oid = oids[i]!;
          const state = fragmented.get(oid);
          if (!state) {
            finish(oid, findings);
            continue;
          }
          for (const f of findings) {
            // Fragments of a large blob overlap: a secret in the overlap is reported once.
            const key = `${f.ruleId}:${f.line}:${f.column}`;
            if (state.keys.has(key)) continue;
            state.keys.add(key);
            state.findings.push(f);
          }
          state.outstanding--;
          fragmentDone(oid);
        }
        settled();
      },
      (error: Error) => {
        failure ??= error;
        settled();
      },
    ).finally(() => batches.delete(done));
    batches.add(done);
    function settled(): void {
      lane.inFlight--;
      lane.bytesInFlight -= size;
      inFlight--;
      if (inFlight < options.maxBatchesInFlight) reader.resume();
    }
  }

  function add(index: number, kind: number, data: Uint8Array, oid: string, path: string, partner: string | undefined, startLine: number, startColumn: number): void {
    const lane = lanes[index]!;
    if (lane.writer.items > 0 && lane.writer.bytes + data.length > BATCH_BYTES) flush(index);
    lane.writer.add(kind, data, oid, path, partner, startLine, startColumn);
    lane.oids.push(oid);
    if (lane.writer.bytes >= BATCH_BYTES || lane.writer.items >= BATCH_ITEMS) flush(index);
  }

  function onPiece(piece: BlobPiece): void {
    if ('missing' in piece) {
      const first = pending.get(piece.oid)?.[0];
      unreadable.push({ oid: piece.oid, path: first?.path ?? '', commit: first?.commit.sha ?? '', reason: piece.missing });
      partnerOf.delete(piece.oid);
      const state = fragmented.get(piece.oid);
      if (state) {
        state.ended = true;
        state.fragmenter = undefined;
        fragmentDone(piece.oid);
      } else finish(piece.oid, []);
      return;
    }
    bytes += piece.data.length;
    let state = fragmented.get(piece.oid);
    if (!state) {
      const path = pending.get(piece.oid)?.[0]?.path ?? '';
      const partner = partnerOf.get(piece.oid);
      partnerOf.delete(piece.oid);
      const binary = isBinary(piece.data);
      const whole = piece.last && piece.offset === 0;
      if (whole && !binary) {
        // The common case: a blob in one piece, scanned (through the version cache) on its partner's lane.
        const at = partner === undefined ? -1 : laneCaching(partner);
        const index = at === -1 ? laneFor() : at;
        add(index, WHOLE_BLOB, piece.data, piece.oid, path, at === -1 ? undefined : partner, 1, 0);
        mirror(lanes[index]!, piece.oid, piece.data.length);
        return;
      }
      // Binary content is skipped, except a keystore (PKCS#12, JKS, JCEKS), which the engine reads as text.
      const keystore = binary && whole ? binaryKeystoreText(piece.data) : undefined;
      if (binary && keystore === undefined) binaryBlobs++;
      state = { fragmenter: binary ? undefined : createBlobFragmenter(path, piece.oid), path, outstanding: 0, ended: false, findings: [], keys: new Set() };
      fragmented.set(piece.oid, state);
      if (keystore !== undefined) {
        state.outstanding++;
        add(laneFor(), FRAGMENT, Buffer.from(keystore, 'latin1'), piece.oid, path, undefined, 1, 0);
      }
    }
    if (state.fragmenter) {
      for (const fragment of state.fragmenter.push(piece.data, piece.last)) {
        state.outstanding++;
        add(laneFor(), FRAGMENT, fragment.bytes, piece.oid, state.path, undefined, fragment.startLine, fragment.startColumn);
      }
    }
    if (piece.last) {
      state.ended = true;
      fragmentDone(piece.oid);
    }
  }

  /**
   * The blobs seen late at a path where a dropped rule applies: read and scanned again (the same pipeline,
   * fed their later introductions), and their findings of the dropped rules added. A blob with findings
   * kept has every introduction already; one without gets those from where the rule applies on (its
   * earlier ones were at paths where the rule does not report).
   */
  async function rescanLate(): Promise<void> {
    const again = await scanHistory(replayEngine(engine, [...late.values()].flat()), scope, scan, { ...options, placeScoped: undefined, onProgress: undefined });
    for (const hit of again.hits) {
      // The dropped rules that apply at a path the blob was seen at later.
      const rules = unplaced.get(hit.oid)!.filter((rule) => late.get(hit.oid)!.some((i) => options.placeScoped!.keep(rule, i.path)));
      const findings = hit.findings.filter((f) => rules.includes(f.ruleId));
      if (findings.length === 0) continue;
      const kept = hits.get(hit.oid);
      if (kept) kept.findings.push(...findings);
      else hits.set(hit.oid, { ...hit, findings });
    }
    unreadable.push(...again.unreadable);
  }

  const reader = engine.openReader(onPiece);
  // A partly filled batch is sent when the reader goes quiet, so a slow walk never starves the workers.
  const idle = setInterval(() => {
    for (let l = 0; l < lanes.length; l++) if (lanes[l]!.inFlight === 0) flush(l);
  }, 50);

  let walk;
  try {
    walk = await engine.walk(scope, {
      commit() {
        commits++;
      },
      introduce(intro) {
        if (unplaced.size > 0) placeLate(intro);
        const hit = hits.get(intro.oid);
        if (hit) {
          hit.introductions.push(intro);
          return;
        }
        const waiting = pending.get(intro.oid);
        if (waiting) {
          waiting.push(intro);
          return;
        }
        if (!seen.add(intro.oid)) return;
        pending.set(intro.oid, [intro]);
        // The version it replaced: diff against it if it is cached, else let it diff against this one.
        if (intro.previous !== undefined) {
          if (laneCaching(intro.previous) !== -1) partnerOf.set(intro.oid, intro.previous);
          else if (!seen.has(intro.previous)) {
            partnerOf.set(intro.previous, intro.oid);
            if (partnerOf.size > 65_536) partnerOf.delete(partnerOf.keys().next().value!);
          }
        }
        if (failure) throw failure;
        return reader.request(intro.oid);
      },
    });
    walkDone = true;
    await reader.finish();
    for (let l = 0; l < lanes.length; l++) flush(l);
    while (batches.size > 0) await Promise.all([...batches]);
  } finally {
    clearInterval(idle);
  }
  if (failure) throw failure;
  if (late.size > 0) await rescanLate();
  return {
    hits: [...hits.values()],
    commits,
    blobs: seen.size,
    bytes,
    binaryBlobs,
    unreadable,
    seen,
    ...(walk.error !== undefined && { walkError: walk.error }),
  };
}
