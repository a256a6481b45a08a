// What the two rules added with `leakguard keygen` cost a scan. The generic prefixed-key rule cannot start
// at a literal (the vendor word varies), so it leans on its keywords (_live_, _prod_, _test_) and a leading
// \b: this measures it against the same scan without the new rules (the floor) and against a rule of the
// same shape that starts at a literal prefix (what `keygen --rule` prints), on text where its keywords are
// frequent (test code full of *_test_* identifiers). Figures are noisy on a shared 2-core machine.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'leakguard-bench-keygen-'));
try {
  await build({ entryPoints: [join(root, 'src/engine/index.ts')], outfile: join(work, 'engine.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const engine = await import(pathToFileURL(join(work, 'engine.mjs')).href);
  const patterns = join(root, 'patterns');
  const all = readdirSync(patterns).filter((n) => n.endsWith('.toml')).sort()
    .flatMap((n) => engine.parseRuleFile(readFileSync(join(patterns, n), 'utf8'), `patterns/${n}`));
  const mine = new Set(['generic-prefixed-api-key', 'generic-url-query-secret']);
  const floor = all.filter((r) => !mine.has(r.id));
  const generic = all.find((r) => r.id === 'generic-prefixed-api-key');
  const urlRule = all.find((r) => r.id === 'generic-url-query-secret');
  const literal = { ...generic, id: 'literal-start', regex: String.raw`\b(?<secret>acme_(?:live|prod|test)_[0-9A-Za-z]{24,100})(?![0-9A-Za-z_])` };

  const corpora = [['test-heavy synthetic source (every line a keyword hit)', corpus(4 * 1024 * 1024)]];
  corpora.push(['minified-style long lines full of && and key=', minified(4 * 1024 * 1024)]);
  const real = join(root, 'node_modules/typescript/lib/typescript.js');
  if (existsSync(real)) corpora.push(['real source: typescript.js', readFileSync(real, 'utf8')]);
  for (const [name, text] of corpora) {
    const rows = [
      ['built-in rules without the new ones (floor)', floor],
      ['built-in rules with the two new ones', all],
      ['literal-start rule alone (acme_..._test_...)', [literal]],
      ['generic-prefixed-api-key alone', [generic]],
      ['generic-url-query-secret alone', [urlRule]],
    ].map(([label, rules]) => [label, measure(engine, rules, text)]);
    const mb = text.length / 1024 / 1024;
    console.log(`keygen rules on ${name}, ${mb.toFixed(1)} MB, best of 5 runs (noisy: shared machine)`);
    for (const [label, ms] of rows) console.log(`  ${label.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms  ${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`);
    console.log(`  ratio with / without the new rules:   ${(rows[1][1] / rows[0][1]).toFixed(2)}x`);
    console.log(`  ratio generic / literal-start rule:   ${(rows[3][1] / rows[2][1]).toFixed(2)}x`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function measure(engine, rules, text) {
  const scanner = engine.createScanner(rules);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    scanner.scan({ path: 'bench/test_file.py', text });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Source-like text where _test_ and query strings are everywhere, with a checksummed key every ~1,000 lines. */
function corpus(bytes) {
  const body = 'kVq8Zr3HtN0pWc5LxA2fJm9eGs7YdB4uTo1iRw6KhEn';
  const lines = [
    'def should_test_ReturnsEmptyListWhenNoItems(self):',
    '    result = run_test_case(fixture_test_data, timeout=30)',
    '    assert result.status_code == 200, "unexpected status from /api/v1/items?page=2&sort=asc"',
    '    url = f"https://api.example.com/v1/items?api_key={settings.api_key}&page={page}"',
    '    self.assertEqual(my_test_helper(user_test_id=42), expected_test_value)',
    '    payload = {"name": "widget", "price": 12.5, "tags": ["a", "b"], "live": True}',
    '    # integration_test_PaymentProcessorRefundsPartialAmounts covers the refund path',
    '    client = Client(base_url="https://api.example.com", retries=3, token=None)',
  ];
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 997 === 0 ? `    KEY_${i} = "acme_test_${body}0ho4WM"` : lines[i % lines.length];
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

/** Long lines dense with `&&` and `key=` (minified bundles): the URL rule's worst case for its lookbehind. */
function minified(bytes) {
  const chunk = 'if(e&&t&&n.key=r,o&&i.token=a)return s&&u;';
  const line = chunk.repeat(Math.ceil(4000 / chunk.length));
  return Array.from({ length: Math.ceil(bytes / line.length) }, () => line).join('\n');
}
