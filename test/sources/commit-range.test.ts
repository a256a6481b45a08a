import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../src/engine/types.js';
import { rangeFragments } from '../../src/sources/commit-range.js';
import { emptyDiffStats } from '../../src/sources/diff-fragments.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

async function collect(repo: string, base: string | undefined, head = 'HEAD') {
  const stats = emptyDiffStats();
  const out: Fragment[] = [];
  for await (const f of rangeFragments(repo, base, head, stats)) out.push(f);
  return { fragments: out, stats };
}

const lines = (f: Fragment) => [...(f.reportLines ?? [])].sort((a, b) => a - b);

function commit(repo: string, message: string, files: Record<string, string | Buffer>) {
  writeFiles(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

describe('rangeFragments', () => {
  it('yields each commit in BASE..HEAD with the whole new blob and only its added lines', async () => {
    const repo = tempRepo();
    const base = commit(repo, 'base', { 'a.txt': 'one\ntwo\n' });
    const c1 = commit(repo, 'edit a', { 'a.txt': 'one\nTWO\nthree\n' });
    const c2 = commit(repo, 'add b', { 'b.txt': 'x\n' });
    const { fragments, stats } = await collect(repo, base);
    const byCommit = new Map(fragments.map((f) => [f.commit!.sha, f]));
    expect(byCommit.get(c1)).toMatchObject({ path: 'a.txt', text: 'one\nTWO\nthree\n' });
    expect(lines(byCommit.get(c1)!)).toEqual([2, 3]);
    expect(byCommit.get(c2)!.commit).toMatchObject({ summary: 'add b', authorName: 'Test Author', authorEmail: 'author@example.com' });
    expect(byCommit.get(c2)!.commit!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(stats.commits).toBe(2);
  });

  it('still yields content a later commit in the range removed', async () => {
    const repo = tempRepo();
    const base = commit(repo, 'base', { 'k.txt': 'start\n' });
    const added = commit(repo, 'oops', { 'k.txt': 'start\nsecret here\n' });
    commit(repo, 'remove', { 'k.txt': 'start\n' });
    const { fragments } = await collect(repo, base);
    expect(fragments.map((f) => [f.commit!.sha, f.path, lines(f)])).toEqual([[added, 'k.txt', [2]]]);
  });

  it('covers the root commit when BASE is omitted, and skips deletions, pure renames and binary files', async () => {
    const repo = tempRepo();
    commit(repo, 'root', { 'keep.txt': 'hello\n', 'img.bin': Buffer.from([1, 0, 2, 3]) });
    git(repo, 'mv', 'keep.txt', 'moved name.txt');
    git(repo, 'rm', '-q', 'img.bin');
    git(repo, 'commit', '-q', '-m', 'move and delete');
    const { fragments, stats } = await collect(repo, undefined);
    expect(fragments.map((f) => [f.commit!.summary, f.path, lines(f)])).toEqual([['root', 'keep.txt', [1]]]);
    expect(stats.binary).toEqual(['img.bin']);
  });

  it('reports paths with spaces, unicode and newlines exactly', async () => {
    const repo = tempRepo();
    const base = commit(repo, 'base', { 'x': '\n' });
    commit(repo, 'odd names', { 'dir with space/caf\u00e9 \u65e5.txt': 'a\n', 'new\nline.txt': 'b\n', 'quo"te\\.txt': 'c\n' });
    const { fragments } = await collect(repo, base);
    expect(fragments.map((f) => f.path).sort()).toEqual(['dir with space/caf\u00e9 \u65e5.txt', 'new\nline.txt', 'quo"te\\.txt']);
  });

  it('takes from a merge only what the merge itself introduced (a conflict resolution)', async () => {
    const repo = tempRepo();
    const base = commit(repo, 'base', { 'c.txt': 'a\nb\n' });
    git(repo, 'checkout', '-q', '-b', 'side');
    const side = commit(repo, 'side', { 'c.txt': 'a\nb\nside\n' });
    git(repo, 'checkout', '-q', 'main');
    const main = commit(repo, 'main', { 'c.txt': 'a\nb\nmain\n' });
    try {
      git(repo, 'merge', '-q', 'side', '-m', 'merge');
    } catch {
      // expected conflict
    }
    writeFiles(repo, { 'c.txt': 'a\nb\nmain\nside\nresolution\n' });
    git(repo, 'add', 'c.txt');
    git(repo, 'commit', '-q', '-m', 'merge side');
    const merge = git(repo, 'rev-parse', 'HEAD').trim();
    const { fragments } = await collect(repo, base);
    const got = new Map(fragments.map((f) => [f.commit!.sha, lines(f)]));
    expect(got.get(side)).toEqual([3]);
    expect(got.get(main)).toEqual([3]);
    expect(got.get(merge)).toEqual([5]);
  });

  it('says which name is not a commit', async () => {
    const repo = tempRepo();
    commit(repo, 'base', { 'a': '1\n' });
    await expect(collect(repo, 'no-such-branch')).rejects.toThrow(/BASE "no-such-branch" is not a commit/);
    await expect(collect(repo, '--output=/tmp/x')).rejects.toThrow(/is not a commit/);
  });
});
