import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
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

const ZERO_OID = /^0+$/;

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 makes a slice of a long string a
 * view of it: an id or path kept from git's output (for a blob waiting to be read, or one with findings)
 * kept its whole 128 KB chunk, and an audit of rails (160,000 commits) held 70 MB of such chunks. Joining
 * makes a new string, whose slice then keeps only that.
 */
function own(s: string): string {
  return (' ' + s).slice(1);
}
const COMMIT_MARK = '\u0001';

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

/**
 * An incremental parser of that output: feed it text as it arrives, in any pieces. Pure, so it is
 * unit-tested on literal input. Regular files only: symbolic links and submodules are not content.
 */
export function createLogParser(sink: IntroductionSink) {
  let rest = '';
  let seq = 0;
  let commit: CommitInfo | undefined;
  let header: string[] | undefined; // fields of a commit header still being read
  let meta: string | undefined; // a raw record waiting for its path

  function token(raw: string): void | Promise<void> {
    if (header) {
      header.push(raw);
      if (header.length === 5) {
        const [sha, authorName, authorEmail, date, summary] = (header as [string, string, string, string, string]).map(own);
        commit = { sha: sha!, authorName: authorName!, authorEmail: authorEmail!, date: date!, summary: summary! };
        header = undefined;
        sink.commit(commit);
      }
      return;
    }
    if (meta !== undefined) {
      const record = meta;
      meta = undefined;
      return introduce(record, raw);
    }
    const t = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (t.startsWith(COMMIT_MARK)) {
      header = [t.slice(1)];
    } else if (t.startsWith(':')) {
      meta = t;
    }
    // Anything else is the empty separator git writes after a header.
  }

  function introduce(record: string, path: string): void | Promise<void> {
    if (!commit) return;
    // `:old new oldId newId S` for one parent; `::p1 p2 result id1 id2 resultId SS` for a merge with two.
    let parents = 0;
    while (record[parents] === ':') parents++;
    const parts = record.slice(parents).split(' ');
    const mode = parts[parents];
    const oid = parts[2 * parents + 1];
    if (!mode || !oid || ZERO_OID.test(oid) || !mode.startsWith('100')) return;
    let previous: string | undefined;
    for (let p = 0; p < parents && previous === undefined; p++) {
      const old = parts[parents + 1 + p];
      if (old && !ZERO_OID.test(old) && parts[p]!.startsWith('100')) previous = old;
    }
    return sink.introduce({ seq: seq++, commit, path: own(path), oid: own(oid), ...(previous && { previous: own(previous) }) });
  }

  return {
    /** Feed decoded text; resolves once the sink has taken every complete record. */
    async push(text: string): Promise<void> {
      const parts = (rest + text).split('\0');
      rest = parts.pop()!;
      for (const part of parts) {
        const wait = token(part);
        if (wait) await wait;
      }
    },
    async end(): Promise<void> {
      if (rest) await this.push('\0');
    },
  };
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
        const decoder = new StringDecoder('utf8');
        let chain = Promise.resolve();
        let failed: Error | undefined;
        feed = (chunk) => {
          child.stdout.pause();
          chain = chain
            .then(() => parser.push(decoder.write(chunk)))
            .then(() => void child.stdout.resume(), (error: Error) => {
              failed = error;
              child.kill();
              // Paused, its stdout would never end, and 'close' (which settles the walk) never come.
              child.stdout.destroy();
            });
        };
        for (const chunk of early.splice(0)) feed(chunk);
        const finish = () => {
          chain = chain.then(() => parser.push(decoder.end())).then(() => parser.end());
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
