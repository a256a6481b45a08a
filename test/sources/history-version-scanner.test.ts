import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { decoders } from '../../src/engine/decode.js';
import { createScanner } from '../../src/engine/scanner.js';
import type { Finding } from '../../src/engine/types.js';
import { keywordFacts } from '../../src/sources/carried-hits.js';
import { createVersionScanner } from '../../src/sources/history-version-scanner.js';
import { rescanMargins } from '../../src/sources/rescan-margins.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

const rules = loadBuiltinRules();
const scanner = createScanner(rules);
const margins = rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...decoders]);
const located = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.secret}`);

describe('createVersionScanner with keyword facts (hits carried from the version it replaced)', () => {
  it('gives every version the findings of a whole scan while secrets and keywords come and go around the edits', () => {
    const counted = { carried: 0 };
    const facts = keywordFacts(scanner.keywordSearch, margins);
    const spy = { ...facts, search: { ...facts.search, searchRanges: (b: Uint8Array, r: readonly number[]) => (counted.carried++, facts.search.searchRanges(b, r)) } };
    const versions = createVersionScanner(scanner.scan, margins, 8 << 20, spy);
    const lines = Array.from({ length: 1500 }, (_, i) => (i % 40 === 0 ? `const apiKey${i} = load("key_${i}");` : `line ${i}: ordinary text, nothing to see`));
    let previous: string | undefined;
    for (let v = 0; v < 30; v++) {
      const at = (v * 97) % 1400;
      if (v % 3 === 0) lines[at] = `token = "${fakeGithubToken()}"`; // a secret in
      else if (v % 3 === 1) lines.splice(at, 3); // lines out, secrets with them
      else lines.splice(at, 0, `password = "${'Zq8vR2mK9pLx4wT7'.slice(v % 5)}${v}"`, 'key: value'); // keywords in
      const bytes = Buffer.from(`${lines.join('\n')}\n`);
      const oid = `blob-${v}`;
      const found = versions.scanBlob(oid, 'src/config.js', bytes, previous);
      expect(located(found), `version ${v}`).toEqual(located(scanner.scan({ path: 'src/config.js', blobId: oid, text: bytes.toString('utf8'), startLine: 1, startColumn: 0 })));
      previous = oid;
    }
    expect(counted.carried).toBeGreaterThan(20); // the later versions took their partner's hits
  });
});
