import { spawn } from 'node:child_process';
import { GitError } from '../engine/errors.js';
import type { CommitInfo } from '../engine/types.js';

/** One (commit, path, blob) where the blob newly appears at the path: the unit of history provenance. */
export interface Introduction {
  /** Position in the walk. Walks list children before parents, so a larger seq is older. */
  seq: number;
  commit: CommitInfo;
  path: string;
  oid: string;
  /** The blob this one replaced at the path (in the first parent that had a file there), if any. */
  previous?: string;
}

/** Receives the walk as it streams: each commit once, then the introductions it makes. */
export interface IntroductionSink {
  commit(commit: CommitInfo): void;
  /** May return a promise to slow the walk down (bounded buffering). */
  introduce(intro: Introduction): void | Promise<void>;
}

/**
 * The `git log` arguments that list, for every commit in `revs`, the blobs it introduces:
 * - `--raw -z --no-abbrev --no-renames`: one `:modes oids status` + path record per changed path, full ids,
 *   and a rename as a deletion plus an addition (so the new path is an introduction too).
 * - `-c`: for a merge, only the paths whose result differs from every parent (a conflict resolution or an
 *   evil merge); a path taken unchanged from one parent was introduced in that parent's history.
 * - `--root`: a root commit (and a shallow clone's boundary) introduces its whole tree.
 * - `--date-order`: no parent before all its children, so the oldest introduction comes last.
 * https://git-scm.com/docs/git-log#_raw_output_format and https://git-scm.com/docs/git-diff#_combined_diff_format
 */
export function logIntroductionArgs(revs: readonly string[], options: string[] = []): string[] {
  return [
    // The first -c sets config for this run; the one after `log` is the combined-diff flag.
    '-c', 'log.showSignature=false', 'log',
    '--date-order', '--root', '-c', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-color', '--no-ext-diff',
    '--format=%x01%H%x00%an%x00%ae%x00%aI%x00%s%x00',
    ...options, '--end-of-options', ...revs, '--',
  ];
}

const COLON = 0x3a;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const COMMIT_MARK = 0x01;
const ZERO = 0x30;
const ONE = 0x31;

/** What a raw record says, kept until its path (the next token) arrives. */
interface PendingRecord {
  oid: string;
  previous?: string;
}

/**
 * An incremental parser of that output: feed it git's bytes as they arrive, in any pieces. Pure, so it
 * is unit-tested on literal input. Regular files only: symbolic links and submodules are not content.
 *
 * It reads bytes, not decoded text, so that each string it keeps is made from its own field's bytes.
 * V8 makes a slice of a long string a view of it: ids and paths cut from decoded chunks of git's output
 * kept whole chunks alive (70 MB on rails' 160,000 commits), and the copy that fixed it (`(' ' + s)
 * .slice(1)`) is itself a view of a new string, two objects per id. Paths, author names and emails recur
 * from commit to commit and are kept once each. Cutting at NUL bytes is safe in UTF-8: no multi-byte
 * character contains one.
 */
export function createLogParser(sink: IntroductionSink) {
  let rest: Buffer | undefined; // the start of a token that a chunk's end cut
  let seq = 0;
  let commit: CommitInfo | undefined;
  let header: string[] | undefined; // fields of a commit header still being read
  let pending: PendingRecord | null | undefined; // a record waiting for its path (null: a record to skip)
  const recurring = new Map<string, string>();
  const once = (s: string) => {
    const kept = recurring.get(s);
    if (kept !== undefined) return kept;
    recurring.set(s, s);
    return s;
  };

  function token(data: Buffer, a: number, b: number): void | Promise<void> {
    if (header) {
      header.push(data.toString('utf8', a, b));
      if (header.length === 5) {
        const [sha, authorName, authorEmail, date, summary] = header as [string, string, string, string, string];
        commit = { sha, authorName: once(authorName), authorEmail: once(authorEmail), date, summary };
        header = undefined;
        sink.commit(commit);
      }
      return;
    }
    if (pending !== undefined) {
      const record = pending;
      pending = undefined;
      if (record === null || !commit) return;
      const path = once(data.toString('utf8', a, b));
      return sink.introduce({ seq: seq++, commit, path, oid: record.oid, ...(record.previous !== undefined && { previous: record.previous }) });
    }
    if (data[a] === NEWLINE) a++;
    if (data[a] === COMMIT_MARK) header = [data.toString('latin1', a + 1, b)];
    else if (data[a] === COLON) pending = readRecord(data, a, b);
    // Anything else is the empty separator git writes after a header.
  }

  return {
    /** Feed git's output; resolves once the sink has taken every complete record. */
    async push(chunk: Buffer): Promise<void> {
      const data = rest ? Buffer.concat([rest, chunk]) : chunk;
      rest = undefined;
      let start = 0;
      for (let nul = data.indexOf(0); nul >= 0; nul = data.indexOf(0, start)) {
        const wait = token(data, start, nul);
        start = nul + 1;
        if (wait) await wait;
      }
      // A copy: a view would keep the whole chunk.
      if (start < data.length) rest = Buffer.from(data.subarray(start));
    },
    async end(): Promise<void> {
      if (rest) await this.push(Buffer.from([0]));
    },
  };
}

/**
 * `:old new oldId newId S` for one parent; `::p1 p2 result id1 id2 resultId SS` for a merge with two.
 * The blob the record introduces and the one it replaced (in the first parent with a file there), or
 * null when it introduces no file content: a deletion, a symbolic link, a submodule.
 */
function readRecord(data: Buffer, a: number, b: number): PendingRecord | null {
  let parents = 0;
  while (data[a + parents] === COLON) parents++;
  // Field k is [starts[k], starts[k + 1] - 1).
  const starts: number[] = [a + parents];
  for (let at = data.indexOf(SPACE, a + parents); at >= 0 && at < b; at = data.indexOf(SPACE, at + 1)) starts.push(at + 1);
  starts.push(b + 1);
  const isFileMode = (k: number) => {
    if (k + 1 >= starts.length) return false;
    const at = starts[k]!;
    return starts[k + 1]! - 1 - at >= 3 && data[at] === ONE && data[at + 1] === ZERO && data[at + 2] === ZERO;
  };
  const oidAt = (k: number) => {
    if (k + 1 >= starts.length) return undefined;
    const from = starts[k]!;
    const to = starts[k + 1]! - 1;
    for (let i = from; i < to; i++) if (data[i] !== ZERO) return data.toString('latin1', from, to);
    return undefined; // empty or all zeros: no blob on this side
  };
  const oid = oidAt(2 * parents + 1);
  if (oid === undefined || !isFileMode(parents)) return null;
  for (let p = 0; p < parents; p++) {
    const previous = isFileMode(p) ? oidAt(parents + 1 + p) : undefined;
    if (previous !== undefined) return { oid, previous };
  }
  return { oid };
}

/** How the walk ended: cleanly, or with git's message (a missing tree or commit stops `git log`). */
export interface WalkOutcome {
  error?: string;
}

/**
 * Stream the introductions of every commit in `revs` from one `git log` process, with backpressure:
 * git is paused while the sink is busy, so memory stays bounded however long the history.
 */
export function streamIntroductions(cwd: string, revs: readonly string[], sink: IntroductionSink, options: string[] = []): Promise<WalkOutcome> {
  return startIntroductions(cwd, revs, options).attach(sink);
}

/** A `git log` walk started before its sink is ready. */
export interface IntroductionStream {
  /** Hand the walk its sink: what git wrote so far is parsed first. Call once. */
  attach(sink: IntroductionSink): Promise<WalkOutcome>;
  /** Stop git if no sink was attached (the audit ended before its walk began). */
  cancel(): void;
}

/**
 * Start the walk now and take a sink later: git's walk is the first thing an audit waits for, so it
 * starts while the caller sets up its scanners. Until a sink is attached git's output is kept as it
 * comes (not paused: that is a few milliseconds' worth); afterwards it is parsed with backpressure.
 */
export function startIntroductions(cwd: string, revs: readonly string[], options: string[] = []): IntroductionStream {
  const child = spawn('git', logIntroductionArgs(revs, options), {
    cwd,
    // GIT_FLUSH=0: git log otherwise flushes after every commit when writing to a pipe, handing us
    // thousands of tiny chunks (https://git-scm.com/docs/git#Documentation/git.txt-codeGITFLUSHcode).
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const early: Buffer[] = [];
  let feed: ((chunk: Buffer) => void) | undefined;
  let stderr = '';
  let spawnError: Error | undefined;
  let onSpawnError: ((error: Error) => void) | undefined;
  let exitCode: number | null | undefined;
  let onExit: (() => void) | undefined;
  let attached = false;
  child.stdout.on('data', (chunk: Buffer) => (feed ? feed(chunk) : early.push(chunk)));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.on('error', (error: NodeJS.ErrnoException) => {
    spawnError = new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH; install git, or use --git-engine isomorphic' : `cannot run git: ${error.message}`);
    onSpawnError?.(spawnError);
  });
  child.on('close', (code) => {
    exitCode = code;
    onExit?.();
  });
  return {
    cancel() {
      if (attached) return;
      child.kill();
      child.stdout.destroy();
    },
    attach(sink) {
      attached = true;
      return new Promise((resolve, reject) => {
        const parser = createLogParser(sink);
        let chain = Promise.resolve();
        let failed: Error | undefined;
        feed = (chunk) => {
          child.stdout.pause();
          chain = chain
            .then(() => parser.push(chunk))
            .then(() => void child.stdout.resume(), (error: Error) => {
              failed = error;
              child.kill();
              // Paused, its stdout would never end, and 'close' (which settles the walk) never come.
              child.stdout.destroy();
            });
        };
        for (const chunk of early.splice(0)) feed(chunk);
        const finish = () => {
          chain = chain.then(() => parser.end());
          chain.then(() => {
            if (failed) return reject(failed);
            if (exitCode === 0) return resolve({});
            resolve({ error: stderr.trim().split('\n').filter(Boolean).map((l) => l.replace(/^(fatal|error): /, '')).join('; ') || `git log exited ${exitCode}` });
          }, reject);
        };
        if (spawnError) return reject(spawnError);
        onSpawnError = reject;
        if (exitCode !== undefined) finish();
        else onExit = finish;
      });
    },
  };
}
