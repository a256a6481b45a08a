// Pre-commit hook speed (issue 4): median wall time of the installed hook (.git/hooks/pre-commit, as
// `leakguard install` writes it), from process start to exit, in a generated repository of 5,000
// files, for three staged states: nothing staged, 1 file / 1 line, 50 files / 5,000 added lines.
// Floors measured in the same run, interleaved with the hook runs so that machine noise hits all
// alike: `node -e 0` (Node start-up) and `git diff --cached --quiet` (git reading the index).
// Each state is its own index file, handed to the hook through GIT_INDEX_FILE exactly as
// `git commit -a` does. CPU time (GNU time, when present) is shown too.
// Usage: node bench/hook.bench.mjs [--runs N]   (needs dist/: node build.mjs)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21;
const FILES = 5000;

if (!existsSync(CLI)) {
  console.log('hook bench: dist/cli.js is missing; run `node build.mjs` first (skipped)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'leakguard-hook-bench-'));
try {
  const repo = join(work, 'repo');
  const bin = join(work, 'bin');
  mkdirSync(repo);
  mkdirSync(bin);
  symlinkSync(CLI, join(bin, 'leakguard'));
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    NO_COLOR: '1',
  };
  const git = (args, extra = {}) => execFileSync('git', args, { cwd: repo, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });

  // A source tree of 5,000 files, ~40 lines each, some mentioning words rule keywords look for.
  git(['init', '-q', '-b', 'main']);
  for (let i = 0; i < FILES; i++) {
    const dir = join(repo, 'src', `m${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.js`), codeLines(i, 40).join('\n') + '\n');
  }
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'generated']);
  const install = spawnSync(process.execPath, [CLI, 'install'], { cwd: repo, env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`leakguard install failed: ${install.stderr}`);
  const hook = join(repo, '.git', 'hooks', 'pre-commit');

  // One index file per state, built from HEAD; the blobs they name are written by `git add`.
  const indexFor = (name, change) => {
    const index = join(work, `index-${name}`);
    git(['read-tree', 'HEAD'], { GIT_INDEX_FILE: index });
    const paths = change();
    if (paths.length) git(['add', '--', ...paths], { GIT_INDEX_FILE: index });
    git(['checkout', '-q', '--', '.']);
    return index;
  };
  const empty = indexFor('empty', () => []);
  const one = indexFor('one', () => {
    const p = 'src/m0/f0.js';
    writeFileSync(join(repo, p), codeLines(0, 40).join('\n') + '\nexport const added = 1;\n');
    return [p];
  });
  const fifty = indexFor('fifty', () => {
    const paths = [];
    for (let i = 0; i < 50; i++) {
      const p = `src/m${i}/f${i * 100 + 1}.js`;
      writeFileSync(join(repo, p), codeLines(i * 100 + 1, 40).join('\n') + '\n' + codeLines(90000 + i, 100).join('\n') + '\n');
      paths.push(p);
    }
    return paths;
  });

  // CPU time (user + sys, children included) through GNU time when present: on a loaded machine it
  // moves far less than wall time. Every case, floors included, runs under it alike.
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const cpuFile = join(work, 'cpu');
  const run = (cmd, args, extraEnv, expectCode) => {
    const [c, a] = TIME ? [TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const r = spawnSync(c, a, { cwd: repo, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - t0;
    if (expectCode !== undefined && r.status !== expectCode) {
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}, expected ${expectCode}: ${r.stderr}`);
    }
    const cpu = TIME ? readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').reduce((x, y) => x + Number(y) * 1000, 0) : NaN;
    return { ms, cpu };
  };
  const cases = [
    { name: 'node -e 0 (floor)', fn: () => run(process.execPath, ['-e', '0'], {}) },
    { name: 'git diff --cached --quiet (floor)', fn: () => run('git', ['diff', '--cached', '--quiet'], { GIT_INDEX_FILE: empty }, 0) },
    { name: 'hook: nothing staged', target: 80, fn: () => run(hook, [], { GIT_INDEX_FILE: empty }, 0) },
    { name: 'hook: 1 file, 1 line', target: 120, fn: () => run(hook, [], { GIT_INDEX_FILE: one }, 0) },
    { name: 'hook: 50 files, 5,000 lines', target: 200, fn: () => run(hook, [], { GIT_INDEX_FILE: fifty }, 0) },
  ];
  for (const c of cases) c.fn(); // warm the file cache
  const times = cases.map(() => []);
  const cpus = cases.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    cases.forEach((c, i) => {
      const { ms, cpu } = c.fn();
      times[i].push(ms);
      cpus[i].push(cpu);
    });
  }
  const medians = times.map(median);
  // GNU time reports CPU in 10 ms steps: the mean over the runs resolves finer than any one run.
  const cpuMeans = cpus.map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
  const node = medians[0];
  const gitFloor = medians[1];

  console.log(`repository: ${FILES} files; ${RUNS} runs each, interleaved; median wall time (noisy shared machine)`);
  console.log('case                                median ms   target       x node -e 0   x git diff  mean cpu ms  cpu x node');
  cases.forEach((c, i) => {
    const m = medians[i];
    const target = c.target ? `${c.target} ms ${m <= c.target ? 'ok' : 'OVER'}` : '';
    const cpu = Number.isNaN(cpuMeans[i]) ? '' : `${cpuMeans[i].toFixed(1).padStart(13)}${(cpuMeans[i] / cpuMeans[0]).toFixed(2).padStart(12)}`;
    console.log(`${c.name.padEnd(36)}${m.toFixed(1).padStart(9)}   ${target.padEnd(13)}${(m / node).toFixed(2).padStart(11)}${(m / gitFloor).toFixed(1).padStart(12)}${cpu}`);
  });
  console.log(`hook overhead above node -e 0: nothing ${(medians[2] - node).toFixed(1)} ms, 1 line ${(medians[3] - node).toFixed(1)} ms, 5,000 lines ${(medians[4] - node).toFixed(1)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Plausible JavaScript, deterministic per seed; a few lines name words (token, key, password) rules look for. */
function codeLines(seed, n) {
  const out = [];
  for (let j = 0; j < n; j++) {
    const k = (seed * 31 + j * 7) % 13;
    if (k === 0) out.push(`const apiKey${j} = process.env.API_KEY_${seed % 97};`);
    else if (k === 1) out.push(`// refresh the token before it expires (${seed}.${j})`);
    else if (k === 2) out.push(`if (!user.password) throw new Error('password required: ${j}');`);
    else out.push(`export function f${seed}_${j}(a, b) { return a * ${j} + b - ${seed % 1000}; }`);
  }
  return out;
}
