import { describe, expect, it } from 'vitest';
import { createLogParser, startIntroductions, streamIntroductions, type Introduction } from '../../src/git/log-introductions.js';
import { manyCommitsRepo } from '../helpers/many-commits.js';
import type { CommitInfo } from '../../src/engine/types.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const header = (sha: string, summary: string) => `\u0001${sha}\0Ann\0ann@example.com\x002024-01-02T03:04:05+01:00\0${summary}\0`;

async function parse(text: string, pieces = 1) {
  const commits: CommitInfo[] = [];
  const intros: Introduction[] = [];
  const parser = createLogParser({ commit: (c) => void commits.push(c), introduce: (i) => void intros.push(i) });
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / pieces);
  for (let i = 0; i < bytes.length; i += size) await parser.push(bytes.subarray(i, i + size));
  await parser.end();
  return { commits, intros: intros.map((i) => ({ seq: i.seq, sha: i.commit.sha, path: i.path, oid: i.oid })) };
}

// Literal `git log --raw -z -c` output shapes: a normal commit, a merge with a resolved path, a root commit.
const SAMPLE =
  `${header('1'.repeat(40), 'merge topic')}\0::100644 100644 100644 ${A} ${B} ${'c'.repeat(40)} MM\0conflict.txt\0` +
  `${header('2'.repeat(40), 'edit, delete, link')}\0\n:100644 100644 ${A} ${B} M\0src/a b.js\0:100644 000000 ${A} ${Z} D\0gone.txt\0:000000 120000 ${Z} ${'d'.repeat(40)} A\0link\0:000000 160000 ${Z} ${'e'.repeat(40)} A\0submodule\0` +
  `${header('3'.repeat(40), 'root')}\0\n:000000 100755 ${Z} ${A} A\0bin/run\0`;

describe('createLogParser', () => {
  it('reads commit headers and the blobs each commit introduces, skipping deletions, links and submodules', async () => {
    const { commits, intros } = await parse(SAMPLE);
    expect(commits.map((c) => c.summary)).toEqual(['merge topic', 'edit, delete, link', 'root']);
    expect(commits[0]).toEqual({ sha: '1'.repeat(40), authorName: 'Ann', authorEmail: 'ann@example.com', date: '2024-01-02T03:04:05+01:00', summary: 'merge topic' });
    expect(intros).toEqual([
      { seq: 0, sha: '1'.repeat(40), path: 'conflict.txt', oid: 'c'.repeat(40) },
      { seq: 1, sha: '2'.repeat(40), path: 'src/a b.js', oid: B },
      { seq: 2, sha: '3'.repeat(40), path: 'bin/run', oid: A },
    ]);
  });

  it('gives the same result however the stream is cut into pieces', async () => {
    const whole = await parse(SAMPLE);
    for (const pieces of [2, 7, 50, SAMPLE.length]) expect(await parse(SAMPLE, pieces)).toEqual(whole);
  });

  it('reads names and paths outside ASCII whole, wherever a chunk cuts a character', async () => {
    const text =
      `\u0001${'5'.repeat(40)}\0Zoë Ångström\0zoë@exämple.org\x002024-01-02T03:04:05+01:00\0résumé 🔑\0` +
      `\0\n:100644 100644 ${A} ${B} M\0docs/naïve/日本語.md\0:000000 100644 ${Z} ${A} A\0emoji/🔑.txt\0`;
    const whole = await parse(text);
    expect(whole.commits[0]).toMatchObject({ authorName: 'Zoë Ångström', authorEmail: 'zoë@exämple.org', summary: 'résumé 🔑' });
    expect(whole.intros.map((i) => i.path)).toEqual(['docs/naïve/日本語.md', 'emoji/🔑.txt']);
    const bytes = Buffer.byteLength(text);
    for (let pieces = 2; pieces <= bytes; pieces += 3) expect(await parse(text, pieces)).toEqual(whole);
  });

  it('names the blob a change replaced, from the first parent that had a file at the path', async () => {
    const C = 'c'.repeat(40);
    const text =
      `${header('6'.repeat(40), 'merge')}\0::160000 100644 100644 ${A} ${B} ${C} MM\0m.txt\0` +
      `${header('7'.repeat(40), 'edit')}\0\n:100644 100755 ${A} ${B} M\0e.sh\0:000000 100644 ${Z} ${C} A\0new.txt\0`;
    const commits: CommitInfo[] = [];
    const intros: Introduction[] = [];
    const parser = createLogParser({ commit: (c) => void commits.push(c), introduce: (i) => void intros.push(i) });
    await parser.push(Buffer.from(text));
    await parser.end();
    // The first parent held a submodule there, not a file: the second parent's blob is the one replaced.
    expect(intros.map((i) => [i.path, i.oid, i.previous])).toEqual([
      ['m.txt', C, B],
      ['e.sh', B, A],
      ['new.txt', C, undefined],
    ]);
  });

  it('keeps paths that look like records or headers as paths', async () => {
    const odd = `${header('4'.repeat(40), 's')}\0\n:000000 100644 ${Z} ${A} A\0:odd\0:000000 100644 ${Z} ${B} A\0\u0001weird\0`;
    const { intros } = await parse(odd);
    expect(intros.map((i) => i.path)).toEqual([':odd', '\u0001weird']);
  });

  it('settles the walk when the sink fails while git still has output (it never waits on a paused pipe)', async () => {
    // Thousands of commits: more output than a pipe holds, so git is still writing when the sink fails.
    const repo = manyCommitsRepo(3000);
    let calls = 0;
    const walk = streamIntroductions(repo, ['main'], {
      commit: () => undefined,
      // Failing a while later: git has filled the pipe meanwhile, and its output waits unread.
      introduce: () => (++calls === 10 ? new Promise((_, reject) => setTimeout(() => reject(new Error('the reader died')), 300)) : undefined),
    });
    await expect(walk).rejects.toThrow('the reader died');
  });

  it('gives the same walk when started before its sink is attached, git having written everything meanwhile', async () => {
    const repo = manyCommitsRepo(3000);
    const collect = () => {
      const seen: string[] = [];
      return { seen, sink: { commit: (c: CommitInfo) => void seen.push(c.sha), introduce: (i: Introduction) => void seen.push(`${i.oid} ${i.path}`) } };
    };
    const direct = collect();
    await streamIntroductions(repo, ['main'], direct.sink);
    const early = startIntroductions(repo, ['main']);
    // Long enough for git to finish: its whole output (more than a pipe holds) waits, read, for the sink.
    await new Promise((done) => setTimeout(done, 1500));
    const late = collect();
    await expect(early.attach(late.sink)).resolves.toEqual({});
    expect(late.seen).toEqual(direct.seen);
    expect(late.seen).toHaveLength(6000);
  });

  it('reports a failed early walk when attached, and stops one that is cancelled', async () => {
    const repo = manyCommitsRepo(10);
    const bad = startIntroductions(repo, ['no-such-branch']);
    await expect(bad.attach({ commit: () => undefined, introduce: () => undefined })).resolves.toMatchObject({ error: expect.stringContaining('no-such-branch') });
    const cancelled = startIntroductions(repo, ['main']);
    cancelled.cancel();
    // Cancelled before its sink came: the walk is over, and settles rather than hanging.
    const outcome = await Promise.race([cancelled.attach({ commit: () => undefined, introduce: () => undefined }).catch((e: Error) => ({ error: e.message })), new Promise((done) => setTimeout(() => done('hung'), 3000))]);
    expect(outcome).not.toBe('hung');
  });
});
