import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import type { KeywordHits } from '../../src/engine/prefilter.js';
import { createScanner } from '../../src/engine/scanner.js';
import { applyDelta } from '../../src/git/apply-delta.js';
import { OBJ_BLOB } from '../../src/git/pack-file.js';
import { parsePackIndex } from '../../src/git/pack-index.js';
import { walkPack } from '../../src/git/walk-pack.js';
import { carryHits, hitsWithin } from '../../src/sources/carried-hits.js';
import { deltaCopies } from '../../src/sources/delta-segments.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

const search = createScanner(loadBuiltinRules()).keywordSearch;
const lengths = Int32Array.from(search.keywords, (k) => k.length);

/** Hits as comparable text: `keyword@end` in order. */
function listed(hits: KeywordHits): string[] {
  return Array.from({ length: hits.count }, (_, i) => `${search.keywords[hits.keyword[i]!]}@${hits.end[i]}`);
}

/** A git delta: copies ([from, length]) and inserts (strings), encoded as git does. */
function encodeDelta(baseSize: number, ops: ([number, number] | string)[]): Buffer {
  const bytes: number[] = [];
  const varint = (n: number) => {
    do {
      bytes.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
      n = Math.floor(n / 128);
    } while (n > 0);
  };
  const size = ops.reduce((sum, op) => sum + (typeof op === 'string' ? op.length : op[1]), 0);
  varint(baseSize);
  varint(size);
  for (const op of ops) {
    if (typeof op === 'string') bytes.push(op.length, ...Buffer.from(op, 'latin1'));
    else bytes.push(0x80 | 0x0f | 0x70, op[0] & 0xff, (op[0] >> 8) & 0xff, (op[0] >> 16) & 0xff, 0, op[1] & 0xff, (op[1] >> 8) & 0xff, 0);
  }
  return Buffer.from(bytes);
}

describe('carryHits', () => {
  it("gives exactly a full search's hits for every delta git made of a file edited in every way", () => {
    const repo = tempRepo();
    const lines = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? `const password${i} = load("token", ${i});` : `const value${i} = compute(${i}); // plain`));
    for (let v = 0; v < 40; v++) {
      lines.splice((v * 31) % lines.length, 1, `edited ${v}: api_key = secret_${v} and a passwd`); // a keyword inserted
      if (v % 3 === 0) lines.splice((v * 17) % lines.length, 2); // lines deleted, keywords with them
      if (v % 4 === 0) lines.push(...lines.splice((v * 13) % 250, 5)); // a block moved: copies out of order
      if (v % 5 === 0) lines.splice(40, 0, lines[7]!); // a line repeated: copied twice
      if (v % 6 === 0) lines[99] = lines[99]!.replace('compute', 'pass'); // a keyword made out of a change
      writeFiles(repo, { 'src/config.js': `${lines.join('\n')}\n` });
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', `v${v}`);
    }
    git(repo, 'gc', '-q', '--aggressive');
    const dir = join(repo, '.git', 'objects', 'pack');
    const name = readdirSync(dir).find((f) => f.endsWith('.pack'))!;
    const hitsAt = new Map<number, KeywordHits>();
    let checked = 0;
    let fresh = 0;
    walkPack(readFileSync(join(dir, name)), parsePackIndex(readFileSync(join(dir, name.replace(/\.pack$/, '.idx')))), new Set([OBJ_BLOB]), (o) => {
      const direct = search.search(o.data.toString('latin1'));
      const base = o.baseAt === undefined ? undefined : hitsAt.get(o.baseAt);
      if (base && isAscii(o.data)) {
        const carried = carryHits(o.data, deltaCopies(o.delta!), base, search, lengths);
        expect(listed(carried)).toEqual(listed(direct));
        // Searching only within lines (no keyword holds a LF) finds the same.
        expect(listed(carryHits(o.data, deltaCopies(o.delta!), base, search, lengths, true))).toEqual(listed(direct));
        checked++;
        if (carried.count !== base.count) fresh++;
      }
      hitsAt.set(o.at, direct);
    });
    expect(checked).toBeGreaterThan(30);
    expect(fresh).toBeGreaterThan(10);
  });

  it('finds a keyword made by joining two copies, and drops one split by an insert', () => {
    const base = Buffer.from('first part: pass\nmiddle\nword follows; the token is here\n');
    // "pass" + "word" copied side by side make "password"; "token" is split by an insert.
    const tokenAt = base.indexOf('token');
    const delta = encodeDelta(base.length, [
      [0, base.indexOf('\nmiddle')],
      [base.indexOf('word'), tokenAt + 3 - base.indexOf('word')],
      '--',
      [tokenAt + 3, base.length - tokenAt - 3],
    ]);
    const x = applyDelta(base, delta);
    expect(x.toString()).toBe('first part: password follows; the tok--en is here\n');
    const carried = carryHits(x, deltaCopies(delta), search.search(base.toString('latin1')), search, lengths);
    expect(listed(carried)).toEqual(listed(search.search(x.toString('latin1'))));
    expect(listed(carryHits(x, deltaCopies(delta), search.search(base.toString('latin1')), search, lengths, true))).toEqual(listed(carried));
    expect(listed(carried)).toContain(`password@${x.indexOf('password') + 8}`);
    expect(listed(carried).some((h) => h.startsWith('token@'))).toBe(false);
  });

  it('searches the whole text of a delta that copies nothing', () => {
    const base = Buffer.from('nothing here at all\n');
    const delta = encodeDelta(base.length, ['the api_key and the password\n']);
    const x = applyDelta(base, delta);
    expect(listed(carryHits(x, deltaCopies(delta), search.search(base.toString('latin1')), search, lengths))).toEqual(listed(search.search(x.toString('latin1'))));
  });
});

describe('hitsWithin', () => {
  it("gives a range's own search: keywords wholly inside, offsets from its start", () => {
    const text = 'a password here, a token there, and secret_key = 1; password again';
    const all = search.search(text);
    for (const [start, end] of [[0, text.length], [3, 30], [10, 11], [19, 52], [52, text.length]] as const) {
      expect(listed(hitsWithin(all, start, end, lengths))).toEqual(listed(search.search(text.slice(start, end))));
    }
  });
});
