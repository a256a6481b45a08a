import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../src/git/parse-diff.js';
import { unquotePath } from '../../src/git/unquote-path.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);
const commitLine = (sha: string, parents = '') =>
  ['\u0001' + sha, parents, 'Ann Author', 'ann@example.com', '2026-01-02T03:04:05+00:00', 'Add things'].join('\u0000');

describe('parseDiff', () => {
  it('lists the added line numbers of a modified file, across several hunks, ignoring removals', () => {
    const [diff] = parseDiff([
      commitLine(C, A),
      '',
      'diff --git a/src/app.js b/src/app.js',
      `index ${A}..${B} 100644`,
      '--- a/src/app.js',
      '+++ b/src/app.js',
      '@@ -2 +2 @@ function main() {',
      '-old line',
      '+new line',
      '@@ -10,0 +11,2 @@',
      '+added one',
      '+added two',
      '@@ -20,3 +22,0 @@',
      '-gone',
      '-gone',
      '-gone',
      '\\ No newline at end of file',
    ].join('\n'));
    expect(diff!.commit).toEqual({ sha: C, authorName: 'Ann Author', authorEmail: 'ann@example.com', date: '2026-01-02T03:04:05+00:00', summary: 'Add things' });
    expect(diff!.parents).toEqual([A]);
    expect(diff!.files).toEqual([{ path: 'src/app.js', status: 'modified', blobId: B, mode: '100644', binary: false, addedLines: [2, 11, 12] }]);
  });

  it('handles new, deleted, binary and renamed files and several commits', () => {
    const diffs = parseDiff([
      commitLine(B, A),
      '',
      'diff --git a/new.txt b/new.txt',
      'new file mode 100644',
      `index ${Z}..${B}`,
      '--- /dev/null',
      '+++ b/new.txt',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      'diff --git a/old.txt b/old.txt',
      'deleted file mode 100644',
      `index ${A}..${Z}`,
      '--- a/old.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/logo.png b/logo.png',
      'new file mode 100644',
      `index ${Z}..${C}`,
      'Binary files /dev/null and b/logo.png differ',
      commitLine(C, B),
      '',
      'diff --git a/from here b/to there',
      'similarity index 100%',
      'rename from from here',
      'rename to to there',
      'diff --git a/x.js b/y.js',
      'similarity index 80%',
      'rename from x.js',
      'rename to y.js',
      `index ${A}..${B} 100644`,
      '--- a/x.js',
      '+++ b/y.js',
      '@@ -3,0 +4 @@',
      '+moved and changed',
    ].join('\n'));
    expect(diffs).toHaveLength(2);
    expect(diffs[0]!.files).toEqual([
      { path: 'new.txt', status: 'added', mode: '100644', blobId: B, binary: false, addedLines: [1, 2] },
      { path: 'old.txt', status: 'deleted', mode: '100644', binary: false, addedLines: [] },
      { path: 'logo.png', status: 'added', mode: '100644', blobId: C, binary: true, addedLines: [] },
    ]);
    expect(diffs[1]!.files).toEqual([
      { path: 'to there', oldPath: 'from here', status: 'renamed', binary: false, addedLines: [] },
      { path: 'y.js', oldPath: 'x.js', status: 'renamed', blobId: B, mode: '100644', binary: false, addedLines: [4] },
    ]);
  });

  it('reads quoted paths with newlines, tabs, quotes and octal UTF-8, and the tab git adds after names with spaces', () => {
    const [diff] = parseDiff([
      'diff --git "a/new\\nline" "b/new\\nline"',
      'new file mode 100644',
      `index ${Z}..${A}`,
      '--- /dev/null',
      '+++ "b/new\\nline"',
      '@@ -0,0 +1 @@',
      '+x',
      'diff --git a/caf\u00e9 b/caf\u00e9',
      `index ${A}..${B} 100644`,
      '--- "a/caf\\303\\251"',
      '+++ "b/caf\\303\\251"',
      '@@ -1,0 +2 @@',
      '+y',
      'diff --git a/with space b/with space',
      `index ${A}..${C} 100644`,
      '--- a/with space\t',
      '+++ b/with space\t',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git a/bin file b/bin file',
      `index ${A}..${C} 100644`,
      'Binary files a/bin file and b/bin file differ',
    ].join('\n'));
    expect(diff!.commit).toBeUndefined();
    expect(diff!.files.map((f) => [f.path, f.addedLines])).toEqual([
      ['new\nline', [1]],
      ['caf\u00e9', [2]],
      ['with space', [1]],
      ['bin file', []],
    ]);
  });

  it('counts a line starting with a CR or a diff-like text as content, not as a header', () => {
    const [diff] = parseDiff([
      'diff --git a/f b/f',
      `index ${A}..${B} 100644`,
      '--- a/f',
      '+++ b/f',
      '@@ -0,0 +1,3 @@',
      '+diff --git a/x b/x',
      '++++ b/evil',
      '+\r',
    ].join('\n'));
    expect(diff!.files).toEqual([{ path: 'f', status: 'modified', blobId: B, mode: '100644', binary: false, addedLines: [1, 2, 3] }]);
  });

  it('takes from a merge only the lines new relative to every parent', () => {
    const [diff] = parseDiff([
      commitLine(C, `${A} ${B}`),
      '',
      'diff --cc conf.txt',
      `index ${A},${B}..${C}`,
      '--- a/conf.txt',
      '+++ b/conf.txt',
      '@@@ -3,1 -3,1 +3,4 @@@',
      ' +from ours',
      '+ from theirs',
      '++resolved by hand',
      '- removed from ours',
      '++also new',
    ].join('\n'));
    expect(diff!.parents).toEqual([A, B]);
    expect(diff!.files).toEqual([{ path: 'conf.txt', status: 'modified', blobId: C, binary: false, addedLines: [5, 6] }]);
  });

  it('marks submodule entries by their mode', () => {
    const [diff] = parseDiff([
      'diff --git a/vendor/lib b/vendor/lib',
      `index ${A}..${B} 160000`,
      '--- a/vendor/lib',
      '+++ b/vendor/lib',
      '@@ -1 +1 @@',
      `-Subproject commit ${A}`,
      `+Subproject commit ${B}`,
    ].join('\n'));
    expect(diff!.files[0]).toMatchObject({ path: 'vendor/lib', mode: '160000', addedLines: [1] });
  });
});

describe('unquotePath', () => {
  it('leaves unquoted paths alone and decodes escapes', () => {
    expect(unquotePath('plain name')).toBe('plain name');
    expect(unquotePath('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquotePath('"\\346\\227\\245"')).toBe('\u65e5');
  });
});
