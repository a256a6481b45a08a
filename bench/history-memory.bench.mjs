// Peak memory of `leakguard history` where it is hardest to bound (issue 6: peak RSS under 400 MB on any
// repository): a small pack holding many versions of one large text file in a deep delta chain. Rebuilding
// the chain makes and drops a large buffer per version in a loop that never yields; until the pack reader
// collected them itself (large-buffer-reclaimer.ts) this history peaked at 811 MB from a 4.5 MB pack.
// Both read paths are measured: the pack reader (LEAKGUARD_HISTORY_PACKS=1) and `git cat-file` (=0).
//
// Usage: node bench/history-memory.bench.mjs   (generates the repository once under os.tmpdir())
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(project, 'dist', 'cli.js');
const repo = join(tmpdir(), 'leakguard-history-bench', 'deep-chain');
const LINES = 200_000; // ~12 MB
const VERSIONS = 60;
const TARGET_MB = 400;

/** Deterministic PRNG (mulberry32), so every run generates the same repository. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  const random = rng(6);
  const lines = Array.from({ length: LINES }, (_, i) => `row ${i} ${Math.floor(random() * 1e12).toString(36)} some filler text of a generated table`);
  for (let v = 1; v <= VERSIONS; v++) {
    for (let j = 0; j < 20; j++) lines[Math.floor(random() * LINES)] = `edited in version ${v}, change ${j}`;
    writeFileSync(join(repo, 'table.txt'), lines.join('\n'));
    git('add', 'table.txt');
    git('commit', '-qm', `version ${v}`);
  }
  git('repack', '-adq', '--depth=50', '--window=10');
  writeFileSync(join(repo, '.git', 'bench-done'), 'ok');
}

if (!existsSync(cli)) execFileSync(process.execPath, ['build.mjs'], { cwd: project, stdio: 'inherit' });
if (!existsSync(join(repo, '.git', 'bench-done'))) {
  console.log(`generating ${VERSIONS} versions of a ${LINES}-line file in ${repo} (once)`);
  generate();
}
const packed = execFileSync('git', ['count-objects', '-v'], { cwd: repo, encoding: 'utf8' });
console.log(`history memory bench: ${repo}, ${VERSIONS} versions of one ~12 MB file, pack ${/size-pack: (\d+)/.exec(packed)?.[1]} KB`);

let over = false;
for (const packs of ['1', '0']) {
  // The process's own peak (resourceUsage), not GNU time's, which reports its largest child instead
  // when that is larger (git cat-file maps a whole pack).
  const r = spawnSync(process.execPath, ['-e', `process.on('exit', () => process.stderr.write('@@ ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, ${JSON.stringify(cli)}); import(${JSON.stringify(cli)})`, 'history', repo, '--format', 'json', '--output', join(tmpdir(), 'leakguard-history-bench', 'deep-chain.json')], {
    env: { ...process.env, LEAKGUARD_HISTORY_PACKS: packs },
    encoding: 'utf8',
  });
  const kb = Number(/@@ (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const mb = kb / 1024;
  over ||= !(mb < TARGET_MB);
  console.log(`  ${packs === '1' ? 'pack reader      ' : 'git cat-file     '} peak RSS ${mb.toFixed(0).padStart(4)} MB  (${(mb / TARGET_MB).toFixed(2)} of the ${TARGET_MB} MB target), exit ${r.status}`);
}
console.log(over ? `  OVER the ${TARGET_MB} MB target` : `  both under the ${TARGET_MB} MB target`);
