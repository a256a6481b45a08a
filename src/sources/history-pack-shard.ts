import type { Scanner } from '../engine/scanner.js';
import type { Finding } from '../engine/types.js';
import { binaryKeystoreText } from '../engine/keystore.js';
import { PIECE_BYTES } from '../git/cat-file-reader.js';
import { OBJ_BLOB } from '../git/pack-file.js';
import { openSharedPack, type SharedPack } from '../git/shared-packs.js';
import { walkPack, type PackObject } from '../git/walk-pack.js';
import { keywordFacts, type KeywordFacts } from './carried-hits.js';
import { createLargeBufferReclaimer } from './large-buffer-reclaimer.js';
import { deltaCopies, inOrderChain } from './delta-segments.js';
import { scanVersion, type ScannedVersion } from './history-version-scanner.js';
import { isBinary } from './read-file.js';
import { readWantedBlobs, type SharedWantedBlobs } from './wanted-blobs.js';
import type { RescanMargins } from './rescan-margins.js';

/**
 * What a scanner thread needs to take part in reading a history's blobs from packs: the packs (shared
 * memory: every thread reads them all, in the same order), the counters the threads take delta trees
 * from, and the blobs wanted (those the introductions walk found in scope), as ids and first paths,
 * in shared memory too (wanted-blobs.ts).
 */
export interface PackShardRequest {
  packs: SharedPack[];
  /** One counter per pack, shared by the threads: each takes the next delta tree from it (walk-pack.ts). */
  claims: SharedArrayBuffer;
  /** Below this estimated work (bytes rebuilt) in a pack, this thread leaves the pack to the others. */
  minWeight: number;
  /** Wanted blobs: ids, and each one's first path (where its findings are placed). */
  wanted: SharedWantedBlobs;
}

/** What one thread read: wanted blobs by their index in the request. */
export interface PackShardResult {
  /** The wanted blobs read and scanned here (the caller sends those no thread read to `git cat-file`). */
  done: number[];
  findings: [number, Finding[]][];
  bytes: number;
  binaryBlobs: number;
  /** Packs that failed to parse, with why: none of their blobs this thread took is in `done`. */
  failed: string[];
}

/** A blob scanned here, for its deltas: scanned as `path`. */
interface Known extends ScannedVersion {
  path: string;
}

/** What the shard needs of the engine: a scan that may be given the text's keyword hits, and the search. */
export type ShardScanner = Pick<Scanner, 'scan' | 'keywordSearch'>;


/**
 * Walk delta trees of each pack, taken from the shared counters, and scan the wanted blobs in them, each as the cat-file path
 * would (history-scan.ts): a blob over PIECE_BYTES is left to it (it is fragmented there), binary content
 * is skipped except keystores, and text is scanned whole or, when its delta base was scanned here at the
 * same path, only near the delta's changes (history-incremental.ts: the findings are a whole scan's).
 * A blob held by several packs is taken from the first; a pack that fails is left out whole.
 */
export function scanPackShard(request: PackShardRequest, scanner: ShardScanner, margins: RescanMargins): PackShardResult {
  const facts = keywordFacts(scanner.keywordSearch, margins);
  const reclaim = createLargeBufferReclaimer();
  const wanted = readWantedBlobs(request.wanted);
  const count = wanted.count;
  const claimed = new Uint8Array(count);
  const counters = new Int32Array(request.claims);
  const result: PackShardResult = { done: [], findings: [], bytes: 0, binaryBlobs: 0, failed: [] };
  for (const [p, shared] of request.packs.entries()) {
    const path = shared.path;
    const claims = { next: (trees: number, weight: number) => (weight < request.minWeight ? trees : Atomics.add(counters, p, 1)) };
    let opened: ReturnType<typeof openSharedPack>;
    try {
      opened = openSharedPack(shared);
    } catch (error) {
      result.failed.push(`${path}: ${(error as Error).message}`);
      continue;
    }
    const { pack, index } = opened;
    // Which wanted blob each index position is: every thread computes the same, so they order the trees alike.
    const wantedAt = new Int32Array(index.count).fill(-1);
    for (let i = 0; i < count; i++) {
      if (claimed[i]) continue;
      const at = index.find(wanted.id(i));
      if (at >= 0) {
        wantedAt[at] = i;
        claimed[i] = 1;
      }
    }
    const mine: PackShardResult = { done: [], findings: [], bytes: 0, binaryBlobs: 0, failed: [] };
    const known = new Map<number, Known>();
    // The walk is depth first: the objects visited since a delta's base are done with (their subtrees
    // are), so only the current chain is kept, whatever the size of the tree.
    const chain: number[] = [];
    try {
      walkPack(pack, index, new Set([OBJ_BLOB]), (o) => {
        if (!o.delta) {
          known.clear();
          chain.length = 0;
        } else while (chain.length > 0 && chain[chain.length - 1] !== o.baseAt) known.delete(chain.pop()!);
        chain.push(o.at);
        const w = wantedAt[o.at]!;
        if (w === -1) return;
        scanObject(o, w, wanted.path(w), wanted.oid(w), known, mine, scanner, margins, facts);
      }, { name: path, claims, want: (at) => wantedAt[at] !== -1, onBuffer: reclaim });
    } catch (error) {
      result.failed.push(`${path}: ${(error as Error).message}`);
      continue;
    } finally {
      pack.close();
    }
    result.done.push(...mine.done);
    result.findings.push(...mine.findings);
    result.bytes += mine.bytes;
    result.binaryBlobs += mine.binaryBlobs;
  }
  return result;
}

function scanObject(o: PackObject, w: number, path: string, oid: string, known: Map<number, Known>, out: PackShardResult, scanner: ShardScanner, margins: RescanMargins, facts: KeywordFacts): void {
  const bytes = o.data;
  if (bytes.length > PIECE_BYTES) return;
  out.done.push(w);
  out.bytes += bytes.length;
  let findings: Finding[];
  if (isBinary(bytes)) {
    const keystore = binaryKeystoreText(bytes);
    if (keystore === undefined) {
      out.binaryBlobs++;
      return;
    }
    // As history-scan.ts sends it: a fragment of the keystore's text (latin1 bytes, decoded as UTF-8), a
    // finding per rule and place.
    const seen = new Set<string>();
    findings = scanner.scan({ path, blobId: oid, text: Buffer.from(keystore, 'latin1').toString('utf8'), startLine: 1, startColumn: 0 }).filter((f) => {
      const key = `${f.ruleId}:${f.line}:${f.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } else {
    const partner = o.baseAt === undefined ? undefined : known.get(o.baseAt);
    const runs = () => {
      const copies = deltaCopies(o.delta!);
      return { copies, chain: inOrderChain(copies) };
    };
    const scanned = scanVersion(bytes, oid, path, partner && { bytes: o.base!, scanned: partner, samePath: partner.path === path }, runs, scanner.scan, margins, facts);
    findings = scanned.findings;
    known.set(o.at, { path, ...scanned });
  }
  if (findings.length > 0) out.findings.push([w, findings]);
}
