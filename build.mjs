// Build: bundle the CLI, the scan worker and the Action into dist/ with esbuild (ESM, code-split so each
// command loads only what it uses), and compile patterns/*.toml into dist/rules.json so that start-up
// parses one JSON document. dist/ is committed; .ci/run fails when it is stale.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

const entryPoints = { cli: 'src/cli/main.ts', 'scan-worker': 'src/pool/scan-worker.ts' };
if (existsSync('src/action/main.ts')) entryPoints.action = 'src/action/main.ts';

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __LEAKGUARD_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); ESM output needs one.
  banner: { js: "import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);" },
});

// Validate the patterns through the same loader the CLI uses from source (so a broken rule fails the
// build with every problem listed), then write what it returns for the bundle to read at start-up.
const loaderDir = mkdtempSync(join(tmpdir(), 'leakguard-build-'));
try {
  await build({ entryPoints: ['src/config/builtin-rules.ts'], outfile: join(loaderDir, 'loader.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { loadPatternsDir } = await import(pathToFileURL(join(loaderDir, 'loader.mjs')).href);
  // Examples stay in patterns/ (rules check reads them there): dist/ carries no fake secrets.
  const rules = loadPatternsDir('patterns').map(({ examples, negativeExamples, ...rule }) => ({ ...rule, examples: [], negativeExamples: [] }));
  writeFileSync('dist/rules.json', JSON.stringify(rules));
} finally {
  rmSync(loaderDir, { recursive: true, force: true });
}
