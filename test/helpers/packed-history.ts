import { loadBuiltinRules } from '../../src/config/builtin-rules.js';
import { createCliHistoryEngine } from '../../src/git/cli-history-engine.js';
import type { HistoryScope } from '../../src/git/history-engine.js';
import { placeFilter, scanHistoryInPool } from '../../src/pool/scan-history-in-pool.js';
import { attributeFindings } from '../../src/sources/history-provenance.js';
import type { HistoryScanResult } from '../../src/sources/history-scan.js';
import { fakeGithubToken } from './fake-secrets.js';
import { buildHistoryScenario, type ExpectedPlace, type HistoryScenario } from './history-scenario.js';
import { git, writeFiles } from './temp-repo.js';

/**
 * The history scenario (every way a secret hides in history) plus two long files edited over many commits,
 * so that once packed most blobs are deltas and the pack reader is used. One secret is planted far from
 * the later edits (its findings come from rescans near changes), one is added and removed again.
 */
export function buildChurnHistory(): HistoryScenario & { churn: ExpectedPlace[]; edit: (versions: number, secret?: string) => string } {
  const scenario = buildHistoryScenario();
  const { repo } = scenario;
  const server = Array.from({ length: 400 }, (_, i) => `  const value${i} = compute(${i}, "ordinary text for line ${i}");`);
  const guide = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: nothing to see here, just prose about the project ${i}.`);
  const far = fakeGithubToken();
  const removed = fakeGithubToken();
  const churn: ExpectedPlace[] = [];
  let version = 0;
  /** `versions` commits editing both files; `secret` goes in at line 200 of server.js in the first. */
  const edit = (versions: number, secret?: string): string => {
    let sha = '';
    for (let v = 0; v < versions; v++, version++) {
      server[(version * 37) % 380 + 20] = `  const edited${version} = version(${version});`;
      guide[(version * 11) % 300] = `Paragraph rewritten in version ${version}.`;
      if (version === 2) server[9] = `  const token = "${far}";`;
      if (version === 5) server[300] = `  const legacy = "${removed}";`;
      if (version === 12) server[300] = '  const legacy = process.env.LEGACY;';
      if (secret && v === 0) server[199] = `  const extra = "${secret}";`;
      writeFiles(repo, { 'src/server.js': `${server.join('\n')}\n`, 'docs/guide.md': `${guide.join('\n')}\n` });
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', `churn ${version}`);
      sha = git(repo, 'rev-parse', 'HEAD').trim();
      if (version === 2) churn.push({ secret: far, path: 'src/server.js', line: 10, commit: sha, stillExposed: true });
      if (version === 5) churn.push({ secret: removed, path: 'src/server.js', line: 301, commit: sha, stillExposed: false });
      if (secret && v === 0) churn.push({ secret, path: 'src/server.js', line: 200, commit: sha, stillExposed: true });
    }
    return sha;
  };
  edit(30);
  return { ...scenario, churn, edit };
}

export const ALL_REFS: HistoryScope = { include: 'all', exclude: [] };

/**
 * A history audit through the pool as the CLI runs it: `packs: true` reads packs wherever the reader can
 * (LEAKGUARD_HISTORY_PACKS=1: these histories are too small for it to judge packs faster), false forces
 * the cat-file path.
 */
export async function auditHistory(repo: string, options: { packs: boolean; scope?: HistoryScope }): Promise<HistoryScanResult> {
  const before = process.env.LEAKGUARD_HISTORY_PACKS;
  process.env.LEAKGUARD_HISTORY_PACKS = options.packs ? '1' : '0';
  try {
    const settings = { rules: loadBuiltinRules(), allowlist: { paths: [], regexes: [], stopwords: [] } };
    return (await scanHistoryInPool(createCliHistoryEngine(repo), options.scope ?? ALL_REFS, settings)).scan;
  } finally {
    if (before === undefined) delete process.env.LEAKGUARD_HISTORY_PACKS;
    else process.env.LEAKGUARD_HISTORY_PACKS = before;
  }
}

/** What a report would say: each finding with its introducing commit, path and line, in a fixed order. */
export function places(scan: HistoryScanResult): string[] {
  const settings = { rules: loadBuiltinRules(), allowlist: { paths: [], regexes: [], stopwords: [] } };
  return attributeFindings(scan.hits, placeFilter(settings), new Map())
    .map((f) => `${f.ruleId} ${f.secret} ${f.path}:${f.line}:${f.column} ${f.commit.sha} blob ${f.blobId} +${f.sameBlobElsewhere} ${f.commitsAtPath}`)
    .sort();
}

/** Whether every expected place is reported (secret, path, line, commit). */
export function missing(scan: HistoryScanResult, expected: readonly ExpectedPlace[]): ExpectedPlace[] {
  const got = places(scan);
  return expected.filter((e) => !got.some((p) => p.includes(` ${e.secret} ${e.path}:${e.line}:`) && p.includes(` ${e.commit} `)));
}
