// What the full built-in rule pack costs: `leakguard scan` with every built-in rule against the same
// scan with only the foundation's four rules (the others disabled in a temporary leakguard.toml), on
// the same tree of real third-party code (this project's node_modules). Run: node bench/rules.bench.mjs
// Figures are wall times on a shared machine: noisy; the best of several runs is reported.
// FOUNDATION_CLI=/path/to/foundation/dist/cli.js adds a third row: that build (its own rules) on the same tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `node build.mjs` first');
const trees = ['typescript', 'esbuild', 'ajv', 'vitest', 'isomorphic-git', '@actions', 'smol-toml', 'minimatch'].map((d) => join(root, 'node_modules', d)).filter(existsSync);
const FOUNDATION = new Set(['aws-access-key-id', 'github-pat', 'github-fine-grained-pat', 'private-key']);
const RUNS = Number(process.env.RUNS ?? 3);

const ids = execFileSync('node', [cli, 'rules'], { encoding: 'utf8' }).split('\n').map((l) => l.split(/\s+/)[0]).filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
const dir = mkdtempSync(join(tmpdir(), 'leakguard-rules-bench-'));
const fourConfig = join(dir, 'four.toml');
const fullConfig = join(dir, 'full.toml');
writeFileSync(fourConfig, `disable = ${JSON.stringify(ids.filter((id) => !FOUNDATION.has(id)))}\n`);
writeFileSync(fullConfig, '');

function best(config, bin = cli) {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync('node', [bin, 'scan', '--no-gitignore', '--config', config, '--format', 'json', '--output', join(dir, 'out.json'), ...trees], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed: ${r.stderr}`);
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

try {
  const four = best(fourConfig);
  const full = best(fullConfig);
  console.log(`rules pack bench (${trees.length} trees under node_modules, best of ${RUNS})`);
  console.log(`  foundation rules (${FOUNDATION.size})  ${four.toFixed(0)} ms`);
  console.log(`  full pack (${ids.length})          ${full.toFixed(0)} ms   ratio ${(full / four).toFixed(2)}`);
  if (process.env.FOUNDATION_CLI) {
    const foundation = best(fullConfig, process.env.FOUNDATION_CLI);
    console.log(`  foundation build         ${foundation.toFixed(0)} ms   full pack / foundation build ${(full / foundation).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
