import type { CommitInfo } from '../engine/types.js';
import type { Introduction } from '../git/log-introductions.js';

/**
 * Every introduction of a walk, kept until the blobs are scanned, when only those of blobs with findings
 * (and of blobs read again) are needed as objects. The pack pipeline has to hold them all: its threads
 * start once the walk has given every blob its first path. As objects they cost ~180 bytes each (the
 * object, its own id strings); here an introduction is six 32-bit numbers, and each id, path and commit
 * is kept once. On trufflehog's history (104,000 introductions) the audit's live heap shrank by ~20 MB.
 */
export interface IntroductionTable {
  /** Record an introduction; returns its blob's number (0, 1, ... in order of first introduction). */
  add(intro: Introduction): number;
  /** Blobs introduced so far. */
  readonly blobs: number;
  oid(blob: number): string;
  /** The path of the blob's first introduction (where its findings are placed). */
  firstPath(blob: number): string;
  /** The blob's introductions, in walk order. */
  introductionsOf(blob: number): Introduction[];
  /** The introductions of the blobs `wanted` picks, in walk order. */
  introductionsWhere(wanted: (blob: number) => boolean): Introduction[];
  /** Whether the id was introduced (as a blob, not only named as one replaced). */
  has(oid: string): boolean;
}

/** A growable column of 32-bit integers. */
function column() {
  let values = new Int32Array(1024);
  return {
    get: (i: number) => values[i]!,
    set(i: number, v: number) {
      if (i >= values.length) {
        const grown = new Int32Array(Math.max(values.length * 2, i + 1));
        grown.set(values);
        values = grown;
      }
      values[i] = v;
    },
  };
}

export function createIntroductionTable(): IntroductionTable {
  // Ids of introduced blobs and of replaced ones (`previous`), numbered together.
  const ids: string[] = [];
  const idNumber = new Map<string, number>();
  const paths: string[] = [];
  const pathNumber = new Map<string, number>();
  const commits: CommitInfo[] = [];
  // Per introduction.
  const introId = column();
  const introPath = column();
  const introCommit = column();
  const introPrevious = column(); // -1: none
  const introSeq = column();
  const nextOfBlob = column(); // the blob's next introduction in walk order, -1: none
  let introductions = 0;
  // Per id: its blob number (-1: only named as replaced), and its first and last introduction.
  const blobOfId = column();
  const firstIntro = column();
  const lastIntro = column();
  const blobIds: number[] = [];

  const numberOf = (oid: string): number => {
    let n = idNumber.get(oid);
    if (n === undefined) {
      n = ids.length;
      ids.push(oid);
      idNumber.set(oid, n);
      blobOfId.set(n, -1);
    }
    return n;
  };

  const materialize = (i: number): Introduction => {
    const previous = introPrevious.get(i);
    return {
      seq: introSeq.get(i),
      commit: commits[introCommit.get(i)]!,
      path: paths[introPath.get(i)]!,
      oid: ids[introId.get(i)]!,
      ...(previous >= 0 && { previous: ids[previous]! }),
    };
  };

  return {
    add(intro) {
      const i = introductions++;
      const id = numberOf(intro.oid);
      // Walks give a commit, then its introductions: a commit is stored once while its run lasts.
      if (commits[commits.length - 1] !== intro.commit) commits.push(intro.commit);
      let p = pathNumber.get(intro.path);
      if (p === undefined) {
        p = paths.length;
        paths.push(intro.path);
        pathNumber.set(intro.path, p);
      }
      introId.set(i, id);
      introPath.set(i, p);
      introCommit.set(i, commits.length - 1);
      introPrevious.set(i, intro.previous === undefined ? -1 : numberOf(intro.previous));
      introSeq.set(i, intro.seq);
      nextOfBlob.set(i, -1);
      let blob = blobOfId.get(id);
      if (blob === -1) {
        blob = blobIds.length;
        blobIds.push(id);
        blobOfId.set(id, blob);
        firstIntro.set(id, i);
      } else nextOfBlob.set(lastIntro.get(id), i);
      lastIntro.set(id, i);
      return blob;
    },
    get blobs() {
      return blobIds.length;
    },
    oid: (blob) => ids[blobIds[blob]!]!,
    firstPath: (blob) => paths[introPath.get(firstIntro.get(blobIds[blob]!))]!,
    introductionsOf(blob) {
      const list: Introduction[] = [];
      for (let i = firstIntro.get(blobIds[blob]!); i >= 0; i = nextOfBlob.get(i)) list.push(materialize(i));
      return list;
    },
    introductionsWhere(wanted) {
      const list: Introduction[] = [];
      for (let i = 0; i < introductions; i++) if (wanted(blobOfId.get(introId.get(i)))) list.push(materialize(i));
      return list;
    },
    has(oid) {
      const n = idNumber.get(oid);
      return n !== undefined && blobOfId.get(n) >= 0;
    },
  };
}
