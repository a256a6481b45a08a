import { relative, resolve, sep } from 'node:path';
import { readBaseline } from '../config/baseline-file.js';
import { loadBuiltinRules } from '../config/builtin-rules.js';
import { loadConfigFile, type ConfigFile } from '../config/config-file.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { BaselineEntry } from '../engine/types.js';
import type { ScanSettings } from '../pool/scan-settings.js';
import type { CommonOptions } from './common-options.js';

export interface LoadedSettings {
  settings: ScanSettings;
  config: ConfigFile;
  baseline: BaselineEntry[] | undefined;
}

/** Rules (built-in + config), allowlist and baseline for a scan rooted at `root`. */
export function loadSettings(options: CommonOptions, root: string, cwd: string): LoadedSettings {
  const config = loadConfigFile(root, options.config ? resolve(cwd, options.config) : undefined);
  const rules = resolveRules(loadBuiltinRules(), config);
  const baseline = options.baseline ? readBaseline(resolve(cwd, options.baseline)) : undefined;
  // The config's own [[rules]] examples are fake secrets by design: the config file is not scanned.
  const allowlist = { ...config.allowlist, paths: [...config.allowlist.paths] };
  if (config.path) {
    const rel = relative(root, config.path);
    if (!rel.startsWith('..')) allowlist.paths.push(rel.split(sep).join('/'));
  }
  return { settings: { rules, allowlist }, config, baseline };
}
