// Checks that `leakguard history` reports the same whether it reads blobs from the packs (the default when
// a repository's objects are packed as deltas) or through `git cat-file` (LEAKGUARD_HISTORY_PACKS=0): the
// JSON reports, minus durationMs, must be byte-identical. It also times both, alternated.
//
// Usage: node bench/history-packs.check.mjs REPO [WORKERS...]    (default workers: 1 2)
// Exits 1 when any report differs. Uses dist/ (run `node build.mjs` first).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const [repo, ...workerArgs] = process.argv.slice(2);
if (!repo) {
  console.error('usage: node bench/history-packs.check.mjs REPO [WORKERS...]');
  process.exit(2);
}

function report(packs, workers) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'history', repo, '--format', 'json', '--workers', String(workers)], {
    env: { ...process.env, LEAKGUARD_HISTORY_PACKS: packs ? '1' : '0' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`history exited ${r.status}: ${r.stderr.trim()}`);
  const doc = JSON.parse(r.stdout);
  delete doc.summary.durationMs;
  return { text: JSON.stringify(doc), findings: doc.findings.length, code: r.status, seconds };
}

let differ = false;
for (const workers of workerArgs.length ? workerArgs.map(Number) : [1, 2]) {
  const fromPacks = report(true, workers);
  const catFile = report(false, workers);
  const same = fromPacks.text === catFile.text;
  differ ||= !same;
  console.log(
    `${repo} --workers ${workers}: ${same ? 'identical' : 'DIFFERENT'} (${fromPacks.findings} findings, exit ${fromPacks.code}/${catFile.code}); ` +
      `packs ${fromPacks.seconds.toFixed(2)} s, cat-file ${catFile.seconds.toFixed(2)} s`,
  );
}
process.exit(differ ? 1 : 0);
