import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BASELINE_FILE_NAME, readBaseline } from '../config/baseline-file.js';
import { loadBuiltinRules } from '../config/builtin-rules.js';
import { CONFIG_FILE_NAME, loadConfigFile } from '../config/config-file.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { BaselineEntry } from '../engine/types.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import type { ActionSettings } from './read-settings.js';

export interface ActionScanSettings {
  scan: ScanSettings;
  baseline: BaselineEntry[] | undefined;
  /** The baseline file used, relative to the workspace, for the summary's instructions. */
  baselinePath: string | undefined;
  /** The config and baseline files this scan obeys (or would, if they existed), relative to the workspace. */
  files: string[];
}

/**
 * Rules (built-in plus the config's), allowlist and baseline, as the CLI builds them. Without a
 * `baseline` input the repository's `.leakguard-baseline.json` is used when it exists, like the git
 * hooks do, so "add the fingerprint to the baseline" works the same everywhere.
 */
export function loadScanSettings(settings: ActionSettings): ActionScanSettings {
  const root = settings.workspace;
  const config = loadConfigFile(root, settings.config);
  const rules = resolveRules(loadBuiltinRules(), config);
  const allowlist = { ...config.allowlist, paths: [...config.allowlist.paths] };
  if (config.path) {
    // The config's own [[rules]] examples are fake secrets by design: the config file is not scanned.
    const rel = relative(root, config.path);
    if (!rel.startsWith('..')) allowlist.paths.push(rel.split(sep).join('/'));
  }
  const defaultBaseline = join(root, BASELINE_FILE_NAME);
  const baselineFile = settings.baseline ?? (existsSync(defaultBaseline) ? defaultBaseline : undefined);
  const files = [config.path ?? join(root, CONFIG_FILE_NAME), baselineFile ?? defaultBaseline]
    .map((p) => relative(root, p))
    .filter((p) => !p.startsWith('..'))
    .map((p) => p.split(sep).join('/'));
  return {
    files,
    scan: { rules, allowlist },
    baseline: baselineFile ? readBaseline(baselineFile) : undefined,
    baselinePath: baselineFile ? relative(root, baselineFile).split(sep).join('/') : undefined,
  };
}
