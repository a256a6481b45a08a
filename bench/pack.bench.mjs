// Feasibility figures for reading history blobs from pack files directly (issue 6) instead of through
// `git cat-file --batch`, against the floor `git cat-file --batch-all-objects --batch --unordered > /dev/null`.
//
// Usage: node bench/pack.bench.mjs [REPO]   (default /tmp/tmux-clone; its objects must all be in packs: the
// prototype reads no loose objects). Each mode is a fresh process under GNU time; modes alternate, 3 rounds:
//   floor     git cat-file --batch-all-objects --batch --unordered > /dev/null
//   inflate   node: inflate every entry of every pack (all types), no delta application
//   blobs     node: rebuild every blob (delta trees walked depth first), sha1-check every 97th
//   all       node: rebuild every object of every type (what the floor produces)
//   scan      node, one thread: rebuild every blob and scan it with the built-in rules, a delta blob only
//             near its changes against its base (plan from the delta's copies); no history walk, no report
//   scan2     the same on two worker threads, each walking half of the delta trees
//   current   `leakguard history REPO --format json` from dist/ (the cat-file path as shipped)
// then, once, untimed: delta statistics for blobs (inserted vs copied bytes, rescan bytes with margins,
// rescan bytes and planning time from delta copies vs from comparing with the same base, whether a
// delta's base is a newer or older version by `git rev-list --objects --all` order).
// `--mode=scan-verify` also scans every planned blob whole and counts blobs whose findings differ.
// Wall and CPU (user+sys, GNU time) are printed with ratios to the floor of the same round.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, repoArg] = process.argv[2]?.startsWith('--mode=') ? [process.argv[2].slice(7), process.argv[3]] : [undefined, process.argv[2]];
const repo = repoArg ?? '/tmp/tmux-clone';

/** The prototype's modules (and, for the statistics, the rescan planner and rules), bundled once by the driver. */
async function bundle() {
  const { build } = await import('esbuild');
  const { writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-pack-bench-'));
  const entry = join(dir, 'entry.ts');
  const from = (path, names) => `export ${names} from ${JSON.stringify(join(project, 'src', path))};`;
  writeFileSync(entry, [
    ...['pack-index', 'pack-file', 'walk-pack', 'apply-delta'].map((m) => from(`git/${m}.ts`, '*')),
    from('sources/history-incremental.ts', '{ MIN_BYTES, planRescan, planFromSegments }'),
    from('sources/delta-segments.ts', '{ deltaSegments }'),
    from('sources/rescan-margins.ts', '{ rescanMargins, keywordLevel }'),
    from('config/builtin-rules.ts', '{ loadPatternsDir }'),
    from('engine/rules/compile-rule.ts', '{ compileRule }'),
    from('engine/decode.ts', '{ decoders }'),
    from('engine/scanner.ts', '{ createScanner }'),
    from('sources/read-file.ts', '{ isBinary }'),
    from('sources/history-incremental.ts', '{ mergeFindings, planLines }'),
  ].join('\n'));
  await build({ entryPoints: [entry], outfile: join(dir, 'pack.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  return dir;
}

async function loadModules() {
  return import(pathToFileURL(join(process.env.LEAKGUARD_PACK_BENCH_BUNDLE, 'pack.mjs')).href);
}

function packs() {
  const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: repo, encoding: 'utf8' }).trim();
  const dir = join(gitDir, 'objects', 'pack');
  return readdirSync(dir).filter((f) => f.endsWith('.pack')).map((f) => ({ pack: join(dir, f), idx: join(dir, f.slice(0, -5) + '.idx') }));
}

async function child(mode) {
  const m = await loadModules();
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let objects = 0;
  let bytes = 0;
  let checked = 0;
  const types = mode === 'blobs' ? new Set([m.OBJ_BLOB]) : new Set([m.OBJ_COMMIT, m.OBJ_TREE, m.OBJ_BLOB, m.OBJ_TAG]);
  for (const { pack: packPath, idx: idxPath } of packs()) {
    const pack = readFileSync(packPath);
    const index = m.parsePackIndex(readFileSync(idxPath));
    if (mode === 'inflate') {
      const offsets = Float64Array.from(index.offsets).sort();
      for (let k = 0; k < offsets.length; k++) {
        const h = m.readEntryHeader(pack, offsets[k]);
        const data = m.inflateEntry(pack, h, k + 1 < offsets.length ? offsets[k + 1] : pack.length - 20);
        objects++;
        bytes += data.length;
      }
    } else {
      const result = m.walkPack(pack, index, types, (o) => {
        objects++;
        bytes += o.data.length;
        if (objects % 97 === 0) {
          const id = createHash('sha1').update(`${m.TYPE_NAMES[o.type]} ${o.data.length}\0`).update(o.data).digest();
          if (!id.equals(o.oid)) throw new Error(`object ${o.oid.toString('hex')} rebuilt wrong`);
          checked++;
        }
      });
      if (result.unresolved.length) throw new Error(`${result.unresolved.length} REF_DELTA bases outside the pack`);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ objects, bytes, checked, inProcessMs: performance.now() - started, inProcessCpuMs: (cpu.user + cpu.system) / 1000 }));
}

/**
 * One thread doing what a pack-driven history scan's scanners would: walk the blobs depth first, scan a
 * delta blob only near its changes against its base (plan from the delta's copies, findings merged as
 * history-version-scanner.ts does), the rest whole. `verify` also scans every planned blob whole and
 * counts differing findings. Paths (first seen, from `git rev-list --objects --all`) are read before timing.
 */
async function scanMode(verify, part) {
  const m = await loadModules();
  const pathOf = new Map();
  for (const line of execFileSync('git', ['rev-list', '--objects', '--all'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 }).split('\n')) {
    if (line.length > 41) pathOf.set(line.slice(0, 40), line.slice(41));
  }
  const specs = m.loadPatternsDir(join(project, 'patterns'));
  // As scan-history-in-pool.ts: path rules are applied to introductions later, not in the blob scan.
  const scanner = m.createScanner(specs.map(({ paths: _p, ...r }) => ({ ...r, ...(r.allowlist && { allowlist: { ...r.allowlist, paths: [] } }) })), { allowlist: { paths: [], regexes: [], stopwords: [] } });
  const rules = specs.map((spec) => m.compileRule(spec));
  const margins = m.rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...m.decoders]);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const known = new Map();
  let blobs = 0, planned = 0, scannedBytes = 0, findings = 0, mismatches = 0, binary = 0, walkMs = 0;
  let t = performance.now();
  for (const { pack: packPath, idx: idxPath } of packs()) {
    const pack = readFileSync(packPath);
    const index = m.parsePackIndex(readFileSync(idxPath));
    m.walkPack(pack, index, new Set([m.OBJ_BLOB]), (o) => {
      walkMs += performance.now() - t;
      blobs++;
      const oid = o.oid.toString('hex');
      const path = pathOf.get(oid) ?? '';
      let found;
      let level;
      if (m.isBinary(o.data)) {
        binary++;
        found = [];
      } else {
        const base = o.delta && known.get(o.baseOid.toString('hex'));
        if (base && o.data.length >= m.MIN_BYTES && o.base.length >= m.MIN_BYTES) {
          const paired = m.planFromSegments(o.data, o.base, m.deltaSegments(o.delta), margins, () => (base.level ??= m.keywordLevel(margins, o.base)));
          level = paired.level;
          const plan = paired.plan;
          if (plan) {
            planned++;
            const parts = plan.ranges.map((r) => {
              scannedBytes += r.end - r.start;
              return scanner.scan({ path, blobId: oid, text: o.data.toString('utf8', r.start, r.end), startLine: 1, startColumn: 0 });
            });
            found = base.findings.length === 0 && parts.every((f) => f.length === 0) ? [] : m.mergeFindings(m.planLines(plan, o.data, o.base), parts, base.findings, path, oid);
            if (verify) {
              const whole = scanner.scan({ path, blobId: oid, text: o.data.toString('utf8'), startLine: 1, startColumn: 0 });
              if (JSON.stringify(whole) !== JSON.stringify(found)) {
                mismatches++;
                const viaCompare = m.planRescan(o.data, o.base, margins, () => base.level ?? m.keywordLevel(margins, o.base)).plan;
                const alt = viaCompare && m.mergeFindings(m.planLines(viaCompare, o.data, o.base), viaCompare.ranges.map((r) => scanner.scan({ path, blobId: oid, text: o.data.toString('utf8', r.start, r.end), startLine: 1, startColumn: 0 })), base.findings, path, oid);
                const brief = (list) => list.map((f) => `${f.ruleId}@${f.line}:${f.column}`).join(' ');
                console.error(`mismatch ${oid} (base ${o.baseOid.toString('hex')}, ${path}): whole [${brief(whole)}] delta-planned [${brief(found)}] compare-planned [${alt ? brief(alt) : 'no plan'}]`);
              }
            }
          }
        }
        if (!found) {
          scannedBytes += o.data.length;
          found = scanner.scan({ path, blobId: oid, text: o.data.toString('utf8'), startLine: 1, startColumn: 0 });
        }
      }
      findings += found.length;
      known.set(oid, { findings: found, level });
      t = performance.now();
    }, packPath, part);
  }
  const cpu = process.cpuUsage(cpu0);
  return { objects: blobs, planned, binary, scannedBytes, findings, mismatches, walkMs: Math.round(walkMs), inProcessMs: Math.round(performance.now() - started), inProcessCpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

/** scanMode on two worker threads taking delta trees from one shared counter (as history's scanning threads do). */
async function scanTwo() {
  const { Worker } = await import('node:worker_threads');
  const claims = new SharedArrayBuffer(4);
  const results = await Promise.all([0, 1].map(() => new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { argv: ['--mode=scan-shard', repo], workerData: { claims } });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  const sum = (k) => results.reduce((a, r) => a + r[k], 0);
  return { objects: sum('objects'), planned: sum('planned'), scannedBytes: sum('scannedBytes'), findings: sum('findings'), shardMs: results.map((r) => r.inProcessMs), inProcessCpuMs: sum('inProcessCpuMs') };
}

async function stats() {
  const m = await loadModules();
  // Rank of each object's first appearance in a newest-first traversal: a lower rank is a newer version.
  const rank = new Map();
  const listing = execFileSync('git', ['rev-list', '--objects', '--all'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  let r = 0;
  for (const line of listing.split('\n')) if (line) rank.set(line.slice(0, 40), r++);
  const rules = m.loadPatternsDir(join(project, 'patterns')).map((spec) => m.compileRule(spec));
  const margins = m.rescanMargins([...rules.map((r) => ({ keywords: r.keywords, ...r.window })), ...m.decoders]);
  // What a rescan would read per delta blob, planned from the delta's copies vs by comparing with the
  // same base (planRescan); a blob without a plan is scanned whole. Roots and small blobs count whole.
  const plans = { margins: margins.chars, wholeScanBytes: 0, deltaSegmentsMs: 0, fromDelta: { bytes: 0, ms: 0, wholeBlobs: 0 }, fromCompare: { bytes: 0, ms: 0, wholeBlobs: 0 } };
  const levels = new Map();
  const s = { blobs: 0, wholeBlobs: 0, deltaBlobs: 0, blobBytes: 0, wholeBytes: 0, deltaBlobBytes: 0, insertedBytes: 0, copiedBytes: 0, ops: 0, outOfOrderCopies: 0, changePoints: 0, rescan: { 0: 0, 256: 0, 1024: 0, 4096: 0 }, baseNewer: 0, baseOlder: 0, baseUnranked: 0, maxDepthBytesNote: '' };
  for (const { pack: packPath, idx: idxPath } of packs()) {
    const pack = readFileSync(packPath);
    const index = m.parsePackIndex(readFileSync(idxPath));
    m.walkPack(pack, index, new Set([m.OBJ_BLOB]), (o) => {
      s.blobs++;
      s.blobBytes += o.data.length;
      if (!o.delta || o.data.length < m.MIN_BYTES || o.base.length < m.MIN_BYTES) plans.wholeScanBytes += o.data.length;
      else {
        const key = o.baseOid.toString('hex');
        if (!levels.has(key)) levels.set(key, m.keywordLevel(margins, o.base)); // untimed: both plans need it
        const level = () => levels.get(key);
        const t0 = performance.now();
        m.deltaSegments(o.delta);
        plans.deltaSegmentsMs += performance.now() - t0;
        for (const [k, plan] of [['fromDelta', () => m.planFromSegments(o.data, o.base, m.deltaSegments(o.delta), margins, level)], ['fromCompare', () => m.planRescan(o.data, o.base, margins, level)]]) {
          const t = performance.now();
          const p = plan().plan;
          plans[k].ms += performance.now() - t;
          if (!p) plans[k].wholeBlobs++;
          plans[k].bytes += p ? p.ranges.reduce((sum, r) => sum + r.end - r.start, 0) : o.data.length;
        }
      }
      if (!o.delta) {
        s.wholeBlobs++;
        s.wholeBytes += o.data.length;
        return;
      }
      s.deltaBlobs++;
      s.deltaBlobBytes += o.data.length;
      const h = m.readDeltaHeader(o.delta);
      // Change points: inserted ranges, and joins between copies that are not contiguous in the base.
      const changes = [];
      let lastCopyEnd = -1;
      let lastFrom = -1;
      m.forEachDeltaOp(o.delta, h, (copy, from, length, to) => {
        s.ops++;
        if (copy) {
          s.copiedBytes += length;
          if (from !== lastCopyEnd) changes.push([to, to]);
          if (from < lastFrom) s.outOfOrderCopies++;
          lastCopyEnd = from + length;
          lastFrom = from;
        } else {
          s.insertedBytes += length;
          changes.push([to, to + length]);
          lastCopyEnd = -1;
        }
      });
      s.changePoints += changes.length;
      for (const margin of [0, 256, 1024, 4096]) {
        let total = 0;
        let end = -1;
        for (const [a, b] of changes) {
          const lo = Math.max(0, a - margin, end);
          const hi = Math.min(o.data.length, b + margin);
          if (hi > lo) total += hi - lo;
          end = Math.max(end, hi);
        }
        s.rescan[margin] += total;
      }
      const self = rank.get(o.oid.toString('hex'));
      const base = rank.get(o.baseOid.toString('hex'));
      if (self === undefined || base === undefined) s.baseUnranked++;
      else if (base < self) s.baseNewer++;
      else s.baseOlder++;
    });
  }
  delete s.maxDepthBytesNote;
  console.log(JSON.stringify(s, null, 1));
  console.log('bytes a scan would read (whole blobs + rescan ranges):', JSON.stringify(plans, null, 1));
}

function timed(args, okStatus = [0]) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (!okStatus.includes(res.status)) throw new Error(`${args.join(' ')} failed: ${res.stderr}`);
  const [wall, user, sys, rssKb] = res.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rssMb: Math.round(rssKb / 1024), out: res.stdout.trim() };
}

async function driver() {
  const dir = await bundle();
  process.env.LEAKGUARD_PACK_BENCH_BUNDLE = dir;
  try {
    await measure();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure() {
  const modes = ['floor', 'inflate', 'blobs', 'all', 'scan', 'scan2', 'current'];
  const run = (mode) =>
    mode === 'floor'
      ? timed(['sh', '-c', `cd ${JSON.stringify(repo)} && git cat-file --batch-all-objects --batch --unordered > /dev/null`])
      : mode === 'current'
        ? timed(['sh', '-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(join(project, 'dist', 'cli.js'))} history ${JSON.stringify(repo)} --format json > /dev/null`], [0, 1])
        : timed([process.execPath, fileURLToPath(import.meta.url), `--mode=${mode}`, repo]);
  run('floor'); // warm the page cache
  const rows = [];
  for (let round = 0; round < 3; round++) {
    for (const mode of modes) {
      const t = run(mode);
      rows.push({ round, mode, ...t });
      const floor = rows.find((x) => x.round === round && x.mode === 'floor');
      const extra = t.out ? JSON.parse(t.out) : {};
      console.log(`${round} ${mode.padEnd(8)} wall ${t.wall.toFixed(2)} s (${(t.wall / floor.wall).toFixed(2)}x)  cpu ${t.cpu.toFixed(2)} s (${(t.cpu / floor.cpu).toFixed(2)}x)  rss ${t.rssMb} MB${t.out ? `  ${JSON.stringify(extra)}` : ''}`);
    }
  }
  console.log('medians (ratio to the floor of the same round):');
  for (const mode of modes) {
    const ratios = (k) => rows.filter((x) => x.mode === mode).map((x) => x[k] / rows.find((f) => f.round === x.round && f.mode === 'floor')[k]).sort((a, b) => a - b)[1];
    const med = (k) => rows.filter((x) => x.mode === mode).map((x) => x[k]).sort((a, b) => a - b)[1];
    console.log(`  ${mode.padEnd(8)} wall ${med('wall').toFixed(2)} s ${ratios('wall').toFixed(2)}x   cpu ${med('cpu').toFixed(2)} s ${ratios('cpu').toFixed(2)}x`);
  }
  console.log('blob delta statistics:');
  await stats();
}

if (mode && !process.env.LEAKGUARD_PACK_BENCH_BUNDLE) {
  // Run on its own (not from the driver): bundle for this process, removed when it exits.
  const dir = await bundle();
  process.env.LEAKGUARD_PACK_BENCH_BUNDLE = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
if (mode === 'stats') await stats();
else if (mode === 'scan' || mode === 'scan-verify') console.log(JSON.stringify(await scanMode(mode === 'scan-verify')));
else if (mode === 'scan2') console.log(JSON.stringify(await scanTwo()));
else if (mode === 'scan-shard') {
  const { parentPort, workerData } = await import('node:worker_threads');
  const counter = new Int32Array(workerData.claims);
  parentPort.postMessage(await scanMode(false, { next: () => Atomics.add(counter, 0, 1) }));
}
else if (mode) await child(mode);
else await driver();
