// Runs every bench/<topic>.bench.mjs in turn (`npm run bench`), or one of them
// (`npm run bench -- --only <topic>`). Each benchmark is a standalone script that prints its own table of
// figures and ratios; this runner only selects, runs and reports which ones failed to run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--only' && args[i + 1]) only.push(args[++i]);
  else if (args[i].startsWith('--only=')) only.push(args[i].slice('--only='.length));
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: node bench/run.mjs [--only <topic>]...   (topics: bench/<topic>.bench.mjs)');
    process.exit(0);
  } else {
    console.error(`bench/run.mjs: unknown argument "${args[i]}" (usage: node bench/run.mjs [--only <topic>])`);
    process.exit(2);
  }
}

const topics = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .map((name) => name.slice(0, -'.bench.mjs'.length))
  .sort();
const unknown = only.filter((t) => !topics.includes(t));
if (unknown.length > 0) {
  console.error(`bench/run.mjs: no benchmark named ${unknown.map((t) => `"${t}"`).join(', ')} (have: ${topics.join(', ')})`);
  process.exit(2);
}
const selected = only.length > 0 ? topics.filter((t) => only.includes(t)) : topics;

console.log('Figures are wall-clock times on a shared machine: noisy; compare the ratios, not the seconds.');
const failed = [];
for (const topic of selected) {
  console.log(`\n== ${topic} ==`);
  const r = spawnSync(process.execPath, [join(here, `${topic}.bench.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(`${topic} (exit ${r.status ?? r.signal})`);
}
if (failed.length > 0) {
  console.error(`\nbench: failed to run: ${failed.join(', ')}`);
  process.exit(1);
}
