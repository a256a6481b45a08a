import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasChromium, runChromium } from '../helpers/chromium.js';
import { buildHistoryScenario } from '../helpers/history-scenario.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';

// CI installs Chromium (apt-get install chromium); a developer machine without it skips, CI never does.
const missing = !hasChromium() && !process.env.CI;

describe('leakguard history --report (HTML)', () => {
  it('writes a self-contained page: no script, no external asset, secrets redacted', () => {
    const { repo, expected } = buildHistoryScenario();
    const out = join(tempDir(), 'report.html');
    const r = runCli(['history', '--report', out], { cwd: repo });
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^"'\s)]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect(html).toContain("default-src 'none'");
    for (const e of expected) expect(html).not.toContain(e.secret);
    const full = join(tempDir(), 'full.html');
    runCli(['history', '--report', full, '--no-redact'], { cwd: repo });
    for (const e of expected) expect(readFileSync(full, 'utf8')).toContain(e.secret);
  });

  it.skipIf(missing)('renders in headless Chromium: totals, still-exposed first, by rule, by author, timeline chart', () => {
    const { repo, commits } = buildHistoryScenario();
    const out = join(tempDir(), 'report.html');
    expect(runCli(['history', '--report', out], { cwd: repo }).code).toBe(1);
    const dom = runChromium(['--dump-dom'], pathToFileURL(out).href);
    expect(dom).toMatch(/<title>leakguard history audit: 9 secrets, 3 still exposed<\/title>/);
    expect(dom).toMatch(/id="total-exposed"><b>3<\/b>/);
    expect(dom).toMatch(/id="total-removed"><b>6<\/b>/);
    const exposedAt = dom.indexOf('id="exposed"');
    const removedAt = dom.indexOf('id="removed"');
    expect(exposedAt).toBeGreaterThan(-1);
    expect(exposedAt).toBeLessThan(removedAt);
    const exposedSection = dom.slice(exposedAt, removedAt);
    expect(exposedSection.match(/<tr class="secret exposed"/g)).toHaveLength(3);
    expect(exposedSection).toContain(commits.conflictMerge.slice(0, 12));
    expect(exposedSection).toContain('lib/keys.js');
    expect(dom.slice(removedAt).match(/<tr class="secret removed"/g)).toHaveLength(6);
    // Timeline: one bar per secret here (each introduced on its own day), in SVG.
    const svg = /<svg[^>]*aria-label="Secrets introduced over time"[\s\S]*?<\/svg>/.exec(dom)?.[0] ?? '';
    expect(svg.match(/<rect class="tl-bar/g)).toHaveLength(9);
    expect(dom).toMatch(/id="by-rule"[\s\S]*github-pat[\s\S]*id="by-author"[\s\S]*Mallory Dev/);
  });

  it.skipIf(missing)('takes a screenshot in headless Chromium (the page lays out and paints)', () => {
    const { repo } = buildHistoryScenario();
    const dir = tempDir();
    const out = join(dir, 'report.html');
    runCli(['history', '--report', out], { cwd: repo });
    const png = join(dir, 'shot.png');
    runChromium(['--window-size=1100,1400', `--screenshot=${png}`], pathToFileURL(out).href);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height of the painted page.
    expect(bytes.readUInt32BE(16)).toBe(1100);
    expect(bytes.readUInt32BE(20)).toBe(1400);
    // A blank page compresses to a few KB; a rendered report with tables and a chart does not.
    expect(bytes.length).toBeGreaterThan(30_000);
  });
});
