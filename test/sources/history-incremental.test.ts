import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { decoders } from '../../src/engine/decode.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import type { Finding, RuleSpec } from '../../src/engine/types.js';
import { matchSegments, mergeFindings, planLines, planRescan } from '../../src/sources/history-incremental.js';
import { keywordLevel, rescanMargins, type RescanMargins } from '../../src/sources/rescan-margins.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

const file = (n: number, edit: (i: number) => string | undefined = () => undefined) =>
  Buffer.from(Array.from({ length: n }, (_, i) => edit(i) ?? `line ${i} some ordinary text here`).join('\n') + '\n');

/** Two levels: `narrow` rules look 600 characters around their keyword, `wide` ones 9000. */
const margins = rescanMargins(
  [
    { keywords: ['narrow'], before: 100, after: 500 },
    { keywords: ['PRIVATE KEY'], before: 64, after: 9000 },
  ],
  [1200],
);

/** What history-scan does with a plan: scan the ranges, then merge with the partner's findings. */
function scanIncrementally(scanner: Scanner, x: Buffer, partner: Buffer, partnerFindings: Finding[], m: RescanMargins) {
  const { plan } = planRescan(x, partner, m, () => keywordLevel(m, partner));
  if (!plan) return undefined;
  const found = plan.ranges.map((r) => scanner.scan({ path: 'f.txt', text: x.toString('utf8', r.start, r.end), startLine: 1, startColumn: 0 }));
  return mergeFindings(planLines(plan, x, partner), found, partnerFindings, 'f.txt', 'x');
}

const located = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.secret}`).sort();

describe('planRescan', () => {
  it('rescans only around each of several edits, on line boundaries, with context beyond each zone', () => {
    const before = file(20_000);
    const after = file(20_000, (i) => (i === 5000 ? 'changed' : i === 15000 ? 'changed too' : undefined));
    const { plan } = planRescan(after, before, margins, () => 0);
    expect(plan!.ranges).toHaveLength(2);
    expect(plan!.zones).toHaveLength(2);
    const margin = margins.chars[0]!;
    for (const [k, r] of plan!.ranges.entries()) {
      const z = plan!.zones[k]!;
      for (const at of [r.start, z.start]) expect(at === 0 || after[at - 1] === 10).toBe(true);
      for (const at of [r.end, z.end]) expect(after[at - 1]).toBe(10);
      expect(z.start - r.start).toBeGreaterThanOrEqual(margin);
      expect(r.end - z.end).toBeGreaterThanOrEqual(margin);
      expect(r.end - r.start).toBeLessThan(4 * margin + 200);
    }
    const at5000 = after.indexOf('changed');
    expect(plan!.zones[0]!.start).toBeLessThanOrEqual(at5000 - margin);
    expect(plan!.zones[0]!.end).toBeGreaterThan(at5000 + margin);
  });

  it('widens the margin only for blob pairs holding a wide rule\'s keyword, in either blob or in the change', () => {
    const before = file(20_000);
    const edit = (i: number) => (i === 5000 ? 'changed' : undefined);
    const narrow = planRescan(file(20_000, edit), before, margins, () => 0);
    expect(narrow.level).toBe(0);
    // The keyword far from the change, in the partner (level known from its own scan): the wide margin.
    const widePartner = planRescan(file(20_000, edit), before, margins, () => 1);
    expect(widePartner.level).toBe(1);
    const width = (p: typeof narrow) => p.plan!.zones[0]!.end - p.plan!.zones[0]!.start;
    expect(width(widePartner)).toBeGreaterThan(width(narrow) + 2 * 8000);
    // The keyword written by the change itself (any case).
    const introduced = planRescan(file(20_000, (i) => (i === 5000 ? 'a private key here' : undefined)), before, margins, () => 0);
    expect(introduced.level).toBe(1);
    expect(keywordLevel(margins, Buffer.from('x\n-----BEGIN PRIVATE KEY-----\n'))).toBe(1);
    expect(keywordLevel(margins, Buffer.from('narrow only'))).toBe(0);
  });

  it('keeps every shared run byte-identical, including across an insertion', () => {
    const before = file(10_000);
    const after = Buffer.concat([before.subarray(0, 100_000), Buffer.from('inserted line\n'.repeat(50)), before.subarray(100_000)]);
    const segments = matchSegments(after, before);
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect(after.subarray(s.x, s.x + s.length).equals(before.subarray(s.p, s.p + s.length))).toBe(true);
    expect(segments.reduce((n, s) => n + s.length, 0)).toBeGreaterThan(before.length - 1000);
  });

  it('scans small or mostly rewritten blobs whole', () => {
    expect(planRescan(file(10), file(10, (i) => (i === 3 ? 'x' : undefined)), margins, () => 0).plan).toBeUndefined();
    expect(planRescan(file(5000), file(5000, (i) => `other ${i}`), margins, () => 0).plan).toBeUndefined();
  });
});

describe('a partial rescan gives the findings of a full scan', () => {
  // A rule whose secret sits up to ~1000 characters after its keyword: findings near a zone's edge have
  // their keyword outside the zone, which only the context beyond the zone brings into the rescan.
  const far: RuleSpec = {
    id: 'test-far-secret',
    name: 'far secret',
    description: 'a secret far after its keyword',
    regex: 'narrow[^\\n]*\\n(?:[^\\n]*\\n){0,30}?[^\\n]*?(?<secret>FAR[A-Z0-9]{20})',
    keywords: ['narrow'],
    entropy: 0,
    window: { before: 100, after: 1500 },
    examples: [],
    negativeExamples: [],
  };
  const rules = [...loadBuiltinRules(), far];
  const scanner = createScanner(rules);
  const m = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
  const full = (x: Buffer) => scanner.scan({ path: 'f.txt', text: x.toString('utf8') });
  const filler = (i: number) => `filler line ${i} with some ordinary words in it`;
  const farSecret = (n: number) => `FAR${createHash('sha256').update(String(n)).digest('hex').slice(0, 20).toUpperCase()}`;

  /** 1200 lines with a keyword and its far secret, and a token, placed around line `at`. */
  function version(at: number, edit?: { line: number; text: string }) {
    const lines = Array.from({ length: 1200 }, (_, i) => filler(i));
    lines[at] = 'narrow marker';
    lines[at + 20] = `value ${farSecret(at)}`;
    lines[at + 40] = `token = "${TOKEN}"`;
    if (edit) lines.splice(edit.line, 1, ...edit.text.split('\n'));
    return Buffer.from(`${lines.join('\n')}\n`);
  }
  const TOKEN = fakeGithubToken();

  it('at every distance of an edit from a secret and its keyword (edits before, inside and after the window)', () => {
    const at = 600;
    const partner = version(at);
    const partnerFindings = full(partner);
    expect(partnerFindings).toHaveLength(2);
    let partial = 0;
    for (let line = at - 120; line <= at + 160; line += 3) {
      const x = version(at, { line, text: `edited line ${line}` });
      const merged = scanIncrementally(scanner, x, partner, partnerFindings, m);
      if (!merged) continue;
      partial++;
      expect(located(merged), `edit at line ${line + 1}`).toEqual(located(full(x)));
    }
    expect(partial).toBeGreaterThan(50);
  });

  it('when the edit introduces a secret at the edge of the changed region, or removes one', () => {
    const partner = version(600);
    const partnerFindings = full(partner);
    const token = fakeGithubToken();
    const cases = [
      { line: 300, text: `edited\nkey = "${token}"` }, // secret on the last line of the change
      { line: 300, text: `token = "${token}"\nedited` }, // on the first line
      { line: 640, text: 'token removed' }, // the old secret's line rewritten
      { line: 619, text: 'narrow marker moved' }, // a second keyword right before the far secret
      { line: 599, text: '' }, // the line before the keyword emptied
    ];
    for (const c of cases) {
      const x = version(600, c);
      const merged = scanIncrementally(scanner, x, partner, partnerFindings, m);
      expect(merged, JSON.stringify(c)).toBeDefined();
      expect(located(merged!), JSON.stringify(c)).toEqual(located(full(x)));
    }
  });

  it('when the blob ends where its partner goes on (lines deleted at the end), a secret on the first deleted line is gone', () => {
    const partner = version(1150);
    const partnerFindings = full(partner);
    const tokenLine = partnerFindings.find((f) => f.secret === TOKEN)!.line;
    const x = Buffer.from(`${partner.toString().split('\n').slice(0, tokenLine - 1).join('\n')}\n`);
    const merged = scanIncrementally(scanner, x, partner, partnerFindings, m);
    expect(merged).toBeDefined();
    expect(located(merged!)).toEqual(located(full(x)));
  });

  it('in files whose lines end in a lone CR or CRLF, also where an edit splits a CRLF (lines as the locator counts them)', () => {
    // Old Mac line ends (lone CR), Windows ones and LF mixed: the locator counts each as one line break.
    const ending = (i: number) => (i % 3 === 0 ? '\r' : i % 3 === 1 ? '\r\n' : '\n');
    const mixed = (at: number, edit?: { line: number; text: string; ending?: string }) => {
      const lines = Array.from({ length: 1200 }, (_, i) => filler(i));
      lines[at] = 'narrow marker';
      lines[at + 20] = `value ${farSecret(at)}`;
      lines[at + 40] = `token = "${TOKEN}"`;
      return Buffer.from(lines.map((l, i) => (edit?.line === i ? edit.text + (edit.ending ?? ending(i)) : l + ending(i))).join(''));
    };
    const partner = mixed(600);
    const partnerFindings = full(partner);
    expect(partnerFindings).toHaveLength(2);
    let partial = 0;
    for (const edit of [
      { line: 100, text: 'edited far before' },
      { line: 430, text: 'edited before, its CRLF now a lone CR', ending: '\r' },
      { line: 434, text: 'edited before, its lone CR now a CRLF', ending: '\r\n' },
      { line: 1000, text: 'edited after' },
      { line: 700, text: 'the line after' },
      { line: 5, text: 'first lines' },
    ]) {
      const x = mixed(600, edit);
      const merged = scanIncrementally(scanner, x, partner, partnerFindings, m);
      if (!merged) continue;
      partial++;
      expect(located(merged), JSON.stringify(edit)).toEqual(located(full(x)));
    }
    expect(partial).toBeGreaterThan(4);
  });

  it('when a private key spans the margin (a wide rule: the whole pair gets the wide margin)', () => {
    const body = createHash('sha512').update('key').digest('base64').replace(/=+$/, '').slice(0, 64);
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Z5bBS9cxKbAMtNIv2E5kxC9K', ...Array.from({ length: 25 }, () => body), '-----END RSA PRIVATE KEY-----'];
    const make = (edit?: number) => {
      const lines = Array.from({ length: 6000 }, (_, i) => filler(i));
      lines.splice(3000, 0, ...pem);
      if (edit !== undefined) lines[edit] = `edited ${edit}`;
      return Buffer.from(`${lines.join('\n')}\n`);
    };
    const partner = make();
    const partnerFindings = full(partner);
    expect(partnerFindings.map((f) => f.ruleId)).toContain('private-key');
    let partial = 0;
    for (const line of [100, 2200, 2900, 2999, 3001, 3015, 3027, 3028, 3060, 3800, 5900]) {
      const x = make(line);
      const merged = scanIncrementally(scanner, x, partner, partnerFindings, m);
      if (merged) partial++;
      if (merged) expect(located(merged), `edit at ${line}`).toEqual(located(full(x)));
    }
    expect(partial).toBeGreaterThan(2);
  });
});
