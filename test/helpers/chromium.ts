import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tempDir } from './temp-repo.js';

export const CHROMIUM = process.env.LEAKGUARD_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium is installed (Debian package `chromium`; CI installs it). */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Run headless Chromium once on a URL with a fresh profile and no network services, returning stdout
 * (the rendered DOM with --dump-dom). No npm package: the browser itself.
 */
export function runChromium(args: string[], url: string): string {
  const r = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${tempDir('leakguard-chromium-')}`, ...args, url],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr.slice(-500)}`);
  return r.stdout;
}
