import * as fs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as git from 'isomorphic-git';
import { GitError } from '../engine/errors.js';
import type { CommitInfo } from '../engine/types.js';
import type { BlobPiece, BlobReader } from './cat-file-reader.js';
import type { HistoryEngine, HistoryScope, RepoFacts, TipEntry } from './history-engine.js';
import type { IntroductionSink, WalkOutcome } from './log-introductions.js';

interface WalkedCommit {
  info: CommitInfo;
  tree: string;
  parents: string[];
  time: number;
}

/**
 * The history engine without a git binary, on isomorphic-git. It walks the same commits in the same
 * order as `git log --date-order` and applies the same rules (a merge introduces only what differs from
 * every parent), so it reports the same introductions. It is slower, holds the commit graph in memory,
 * and where it cannot read something it says so: it never reports clean on data it could not read.
 */
export function createIsomorphicHistoryEngine(target: string): HistoryEngine {
  const { dir, gitdir } = locate(target);
  const cache = {};
  const base = { fs, gitdir, cache };

  const tryResolve = async (ref: string) => {
    try {
      return await git.resolveRef({ ...base, ref });
    } catch {
      return undefined;
    }
  };

  /** Peel tags until a commit; undefined when the object is not a commit (a tag of a blob). */
  async function peel(oid: string): Promise<string | undefined> {
    for (let depth = 0; depth < 10; depth++) {
      const { type, object } = await git.readObject({ ...base, oid });
      if (type === 'commit') return oid;
      if (type !== 'tag') return undefined;
      oid = (object as { object: string }).object;
    }
    return undefined;
  }

  async function resolveCommit(ref: string): Promise<string | undefined> {
    let oid = (await tryResolve(ref)) ?? (await tryResolve(`refs/remotes/${ref}`));
    if (!oid && /^[0-9a-f]{4,40}$/i.test(ref)) {
      try {
        oid = await git.expandOid({ ...base, oid: ref.toLowerCase() });
      } catch {
        return undefined;
      }
    }
    if (!oid) return undefined;
    try {
      return await peel(oid);
    } catch {
      return undefined;
    }
  }

  async function startingPoints(scope: HistoryScope): Promise<string[]> {
    if (scope.include !== 'all') return scope.include;
    const starts: string[] = [];
    const names = ['HEAD', ...(await git.listRefs({ ...base, filepath: 'refs' })).map((r) => `refs/${r}`)];
    for (const name of names) {
      const oid = await tryResolve(name);
      const commit = oid ? await peel(oid).catch(() => undefined) : undefined;
      if (commit) starts.push(commit);
    }
    // Every stash entry lives in the reflog of refs/stash: `<old> <new> <who> <when>\t<message>`.
    const stashLog = join(gitdir, 'logs', 'refs', 'stash');
    if (fs.existsSync(stashLog)) {
      for (const line of fs.readFileSync(stashLog, 'utf8').split('\n')) {
        const id = line.split(' ')[1];
        if (id && /^[0-9a-f]{40}$/.test(id)) starts.push(id);
      }
    }
    return starts;
  }

  return {
    name: 'isomorphic',
    async facts(): Promise<RepoFacts> {
      const shallow = fs.existsSync(join(gitdir, 'shallow'));
      const refs = await git.listRefs({ ...base, filepath: 'refs' });
      const head = await resolveCommit('HEAD');
      let tip: RepoFacts['tip'];
      const originHead = await git.resolveRef({ ...base, ref: 'refs/remotes/origin/HEAD', depth: 2 }).catch(() => undefined);
      const originSha = originHead?.startsWith('refs/') ? await resolveCommit(originHead) : undefined;
      if (originHead && originSha) tip = { ref: originHead.replace(/^refs\/remotes\//, ''), sha: originSha };
      else if (head) tip = { ref: (await git.currentBranch({ ...base }).catch(() => undefined)) ?? 'HEAD', sha: head };
      return { root: dir ?? gitdir, empty: refs.length === 0 && !head, shallow, ...(tip && { tip }) };
    },
    resolveCommit,
    async walk(scope, sink) {
      return walkHistory(base, await startingPoints(scope), scope.exclude, shallowSet(gitdir), sink);
    },
    async listTree(sha) {
      const { commit } = await git.readCommit({ ...base, oid: sha });
      const entries: TipEntry[] = [];
      const visit = async (oid: string, prefix: string) => {
        for (const e of (await git.readTree({ ...base, oid })).tree) {
          if (e.type === 'tree') await visit(e.oid, `${prefix}${e.path}/`);
          else if (e.type === 'blob' && e.mode.startsWith('100')) entries.push({ path: `${prefix}${e.path}`, oid: e.oid });
        }
      };
      await visit(commit.tree, '');
      return entries;
    },
    openReader(onPiece) {
      return createBlobQueue(base, onPiece);
    },
  };
}

type Base = { fs: typeof fs; gitdir: string; cache: object };

/** Find the git directory: `<target>/.git`, a bare repository at `target`, or one above it. */
function locate(target: string): { dir?: string; gitdir: string } {
  for (let dir = resolve(target); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (fs.existsSync(dotGit)) {
      if (!fs.statSync(dotGit).isDirectory()) {
        throw new GitError(`${dotGit} is a file (a linked worktree or submodule): isomorphic-git cannot read it; run with git installed, or audit the main repository`);
      }
      checkFormat(dotGit);
      return { dir, gitdir: dotGit };
    }
    if (fs.existsSync(join(dir, 'HEAD')) && fs.existsSync(join(dir, 'objects')) && fs.existsSync(join(dir, 'refs'))) {
      checkFormat(dir);
      return { gitdir: dir };
    }
    if (dirname(dir) === dir) throw new GitError(`${target}: not a git repository (or any parent up to /)`);
  }
}

/** Repository formats isomorphic-git cannot read: say so instead of reporting an empty history. */
function checkFormat(gitdir: string): void {
  const config = fs.existsSync(join(gitdir, 'config')) ? fs.readFileSync(join(gitdir, 'config'), 'utf8') : '';
  if (/^\s*objectformat\s*=\s*sha256/im.test(config)) throw new GitError(`${gitdir}: SHA-256 repositories are not supported by isomorphic-git; install git to audit this repository`);
  if (/^\s*refstorage\s*=\s*reftable/im.test(config)) throw new GitError(`${gitdir}: reftable ref storage is not supported by isomorphic-git; install git to audit this repository`);
}

function shallowSet(gitdir: string): Set<string> {
  const file = join(gitdir, 'shallow');
  return new Set(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

/** `git log --date-order` over the commits reachable from `starts` and not from `exclude`, with -c --raw semantics. */
async function walkHistory(base: Base, starts: string[], exclude: string[], shallow: Set<string>, sink: IntroductionSink): Promise<WalkOutcome> {
  const commits = new Map<string, WalkedCommit>();
  let error: string | undefined;
  const read = async (oid: string): Promise<WalkedCommit | undefined> => {
    const known = commits.get(oid);
    if (known) return known;
    try {
      const { commit } = await git.readCommit({ ...base, oid });
      const walked: WalkedCommit = { info: commitInfo(oid, commit), tree: commit.tree, parents: shallow.has(oid) ? [] : commit.parent, time: commit.committer.timestamp };
      commits.set(oid, walked);
      return walked;
    } catch (e) {
      error ??= `cannot read commit ${oid}: ${(e as Error).message}`;
      return undefined;
    }
  };

  const excluded = new Set<string>();
  for (let stack = [...exclude]; stack.length > 0; ) {
    const oid = stack.pop()!;
    if (excluded.has(oid)) continue;
    excluded.add(oid);
    const c = await read(oid);
    if (c) stack.push(...c.parents);
  }
  const inScope = new Set<string>();
  for (let stack = starts.filter((s) => !excluded.has(s)); stack.length > 0; ) {
    const oid = stack.pop()!;
    if (inScope.has(oid) || excluded.has(oid)) continue;
    const c = await read(oid);
    if (!c) continue;
    inScope.add(oid);
    stack.push(...c.parents);
  }

  // Children before parents; among commits whose children are all shown, the newest commit date first.
  const children = new Map<string, number>();
  for (const oid of inScope) for (const p of commits.get(oid)!.parents) if (inScope.has(p)) children.set(p, (children.get(p) ?? 0) + 1);
  const ready = [...inScope].filter((oid) => !children.has(oid));
  let seq = 0;
  while (ready.length > 0) {
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (commits.get(ready[i]!)!.time > commits.get(ready[best]!)!.time) best = i;
    const oid = ready.splice(best, 1)[0]!;
    const c = commits.get(oid)!;
    sink.commit(c.info);
    try {
      const parentTrees: string[] = [];
      for (const p of c.parents) {
        const parent = await read(p);
        if (!parent) throw new Error(`cannot read parent ${p} of ${oid}`);
        parentTrees.push(parent.tree);
      }
      for (const { path, oid: blob } of await introducedBlobs(base, c.tree, parentTrees)) {
        const wait = sink.introduce({ seq: seq++, commit: c.info, path, oid: blob });
        if (wait) await wait;
      }
    } catch (e) {
      error ??= `commit ${oid}: ${(e as Error).message}`;
    }
    for (const p of c.parents) {
      const left = children.get(p);
      if (left === undefined) continue;
      if (left === 1) {
        children.delete(p);
        ready.push(p);
      } else children.set(p, left - 1);
    }
  }
  return error === undefined ? {} : { error };
}

/** Regular-file blobs of `tree` that differ from the same path in every parent tree (all of them for a root). */
async function introducedBlobs(base: Base, tree: string, parents: string[]): Promise<{ path: string; oid: string }[]> {
  const out: { path: string; oid: string }[] = [];
  const entries = async (oid: string | undefined) => (oid ? new Map((await git.readTree({ ...base, oid })).tree.map((e) => [e.path, e])) : new Map());
  const visit = async (treeOid: string, parentOids: (string | undefined)[], prefix: string) => {
    const own = (await git.readTree({ ...base, oid: treeOid })).tree;
    const theirs = await Promise.all(parentOids.map(entries));
    for (const e of own) {
      const same = theirs.map((t) => t.get(e.path));
      if (same.some((p) => p?.oid === e.oid && p.type === e.type)) continue; // taken unchanged from a parent
      if (e.type === 'tree') {
        await visit(e.oid, same.map((p) => (p?.type === 'tree' ? p.oid : undefined)), `${prefix}${e.path}/`);
      } else if (e.type === 'blob' && e.mode.startsWith('100')) {
        out.push({ path: `${prefix}${e.path}`, oid: e.oid });
      }
    }
  };
  await visit(tree, parents, '');
  return out;
}

function commitInfo(sha: string, commit: git.CommitObject): CommitInfo {
  const a = commit.author;
  // git's %s: the first paragraph of the message, its lines joined by spaces.
  const summary = commit.message.replace(/^\s*\n/, '').split(/\n[ \t]*\n/)[0]!.split('\n').map((l) => l.trimEnd()).join(' ').trim();
  return { sha, authorName: a.name, authorEmail: a.email, date: isoDate(a.timestamp, a.timezoneOffset), summary };
}

/** git's %aI: strict ISO 8601 in the author's own offset. isomorphic-git's offset is in minutes, sign inverted. */
function isoDate(seconds: number, offsetMinutes: number): string {
  const local = new Date((seconds - offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
  const east = -offsetMinutes;
  const abs = Math.abs(east);
  return `${local}${east >= 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A BlobReader over isomorphic-git: blobs are read whole, one at a time, in request order. */
function createBlobQueue(base: Base, onPiece: (piece: BlobPiece) => void): BlobReader {
  const queue: string[] = [];
  let paused = false;
  let wake: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let finishing = false;

  async function drain(): Promise<void> {
    while (queue.length > 0 || !finishing) {
      if (paused || queue.length === 0) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      const oid = queue.shift()!;
      try {
        const { blob } = await git.readBlob({ ...base, oid });
        const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
        onPiece({ oid, size: data.length, offset: 0, data, last: true });
      } catch (e) {
        const code = (e as { code?: string }).code;
        onPiece({ oid, missing: code === 'NotFoundError' ? 'object missing from the repository' : `isomorphic-git cannot read it (${(e as Error).message})` });
      }
    }
  }
  const poke = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    async request(oid) {
      running ??= drain();
      queue.push(oid);
      poke();
      // Bounded: wait while many blobs are queued.
      while (queue.length > 64) await new Promise((r) => setImmediate(r));
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      poke();
    },
    async finish() {
      finishing = true;
      running ??= drain();
      poke();
      await running;
    },
  };
}
