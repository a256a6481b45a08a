import { createCatFileReader } from './cat-file-reader.js';
import type { HistoryEngine, HistoryScope, RepoFacts, TipEntry } from './history-engine.js';
import { startIntroductions, streamIntroductions, type IntroductionStream } from './log-introductions.js';
import { findPackFiles } from './pack-files.js';
import { runGit } from './run-git.js';

/** The history engine on the git CLI: one `git log` walk and one `git cat-file --batch` reader. */
export function createCliHistoryEngine(cwd: string): HistoryEngine {
  const ask = async (args: string[]): Promise<string | undefined> => {
    const r = await runGit(args, { cwd, okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  };
  const resolveCommit = (ref: string) => ask(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  /** A walk started ahead (startWalk), for the next walk of the same scope. */
  let early: { scope: HistoryScope; started: Promise<IntroductionStream> } | undefined;

  return {
    name: 'git',
    async facts(): Promise<RepoFacts> {
      // Fails with git's own message when `cwd` is not in a repository.
      const gitDir = (await runGit(['rev-parse', '--absolute-git-dir'], { cwd })).stdout.toString('utf8').trim();
      // The rest are independent questions: asked at once, their git processes overlap instead of
      // queueing one after another before the walk can begin.
      const [top, shallowText, refs, head, originHead, headBranch] = await Promise.all([
        ask(['rev-parse', '--show-toplevel']),
        ask(['rev-parse', '--is-shallow-repository']),
        ask(['for-each-ref', '--count=1', '--format=%(objectname)']),
        resolveCommit('HEAD'),
        // The default branch: what origin/HEAD points at in a clone, else the checked-out branch.
        ask(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']),
        ask(['symbolic-ref', '--quiet', '--short', 'HEAD']),
      ]);
      const root = top || gitDir;
      const shallow = shallowText === 'true';
      const originSha = originHead ? await resolveCommit(originHead) : undefined;
      const tip = originHead && originSha ? { ref: originHead.replace(/^refs\/remotes\//, ''), sha: originSha } : head ? { ref: headBranch ?? 'HEAD', sha: head } : undefined;
      return { root, empty: !refs && !head, shallow, ...(tip && { tip }) };
    },
    resolveCommit,
    startWalk(scope) {
      const started = revisionArgs(scope, ask).then(({ options, revs }) => startIntroductions(cwd, revs, options));
      // A failure to start is reported by the walk that picks this up.
      started.catch(() => undefined);
      early = { scope, started };
      return {
        cancel: () => {
          if (early?.started === started) early = undefined;
          void started.then((s) => s.cancel(), () => undefined);
        },
      };
    },
    async walk(scope, sink) {
      if (early?.scope === scope) {
        const { started } = early;
        early = undefined;
        return (await started).attach(sink);
      }
      const { options, revs } = await revisionArgs(scope, ask);
      return streamIntroductions(cwd, revs, sink, options);
    },
    async listTree(sha): Promise<TipEntry[]> {
      // https://git-scm.com/docs/git-ls-tree#_output_format: `<mode> SP <type> SP <object> TAB <file>`, NUL-terminated with -z.
      const { stdout } = await runGit(['ls-tree', '-r', '-z', '--full-tree', sha], { cwd });
      const entries: TipEntry[] = [];
      for (const record of stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const [mode = '', type, oid = ''] = record.slice(0, tab).split(' ');
        if (type === 'blob' && mode.startsWith('100')) entries.push({ path: record.slice(tab + 1), oid });
      }
      return entries;
    },
    openReader(onPiece) {
      return createCatFileReader(cwd, onPiece);
    },
    packFiles(force) {
      return findPackFiles(cwd, force);
    },
  };
}

/**
 * `git log` revisions for a scope. `--all` is an option (it must precede --end-of-options); it sees only
 * the latest stash, so every stash entry of the reflog is added by id.
 */
async function revisionArgs(scope: HistoryScope, ask: (args: string[]) => Promise<string | undefined>): Promise<{ options: string[]; revs: string[] }> {
  const exclude = scope.exclude.map((x) => `^${x}`);
  if (scope.include !== 'all') return { options: [], revs: [...scope.include, ...exclude] };
  const stashes = (await ask(['log', '--walk-reflogs', '--format=%H', 'refs/stash', '--'])) ?? '';
  return { options: ['--all'], revs: [...stashes.split('\n').filter(Boolean), ...exclude] };
}
