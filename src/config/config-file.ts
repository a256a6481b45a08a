import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { ConfigError, parseRuleTables, type GlobalAllowlist, type RuleSpec, type Severity } from '../engine/index.js';

/** What a `leakguard.toml` says. */
export interface ConfigFile {
  /** Where it was read from, or undefined when there is none. */
  path: string | undefined;
  /** Extra rules, same format as `patterns/*.toml`. */
  rules: RuleSpec[];
  /** Rule ids turned off. */
  disable: string[];
  /** Per-rule changes to built-in rules. */
  overrides: Record<string, RuleOverride>;
  allowlist: GlobalAllowlist;
}

export interface RuleOverride {
  entropy?: number;
  severity?: Severity;
}

export const CONFIG_FILE_NAME = 'leakguard.toml';
const TOP_LEVEL = new Set(['rules', 'disable', 'overrides', 'allowlist']);

export function emptyConfig(): ConfigFile {
  return { path: undefined, rules: [], disable: [], overrides: {}, allowlist: { paths: [], regexes: [], stopwords: [] } };
}

/**
 * Read the config: `explicit` when given (it must exist), else `leakguard.toml` in `root` if present.
 * Every problem in the file is reported at once, in one ConfigError.
 */
export function loadConfigFile(root: string, explicit?: string): ConfigFile {
  const path = explicit ?? join(root, CONFIG_FILE_NAME);
  if (!explicit && !existsSync(path)) return emptyConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseConfigText(text, path);
}

export function parseConfigText(text: string, path: string): ConfigFile {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${path}: not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
  const problems: string[] = [];
  for (const key of Object.keys(doc)) if (!TOP_LEVEL.has(key)) problems.push(`${path}: unknown key "${key}" (expected ${[...TOP_LEVEL].join(', ')})`);
  const config = emptyConfig();
  config.path = path;
  config.rules = parseRuleTables(doc.rules, path, problems);
  config.disable = stringList(doc.disable, `${path}: "disable"`, problems);
  if (doc.overrides !== undefined) {
    if (typeof doc.overrides !== 'object' || doc.overrides === null || Array.isArray(doc.overrides)) problems.push(`${path}: "overrides" must be a table of rule ids`);
    else {
      for (const [id, raw] of Object.entries(doc.overrides as Record<string, unknown>)) {
        const o = raw as Record<string, unknown>;
        const override: RuleOverride = {};
        for (const key of Object.keys(o ?? {})) {
          if (key === 'entropy') {
            if (typeof o.entropy !== 'number' || o.entropy < 0 || o.entropy > 8) problems.push(`${path}: overrides."${id}": "entropy" must be a number between 0 and 8`);
            else override.entropy = o.entropy;
          } else if (key === 'severity') {
            if (!['critical', 'high', 'medium', 'low'].includes(o.severity as string)) problems.push(`${path}: overrides."${id}": "severity" must be critical, high, medium or low`);
            else override.severity = o.severity as Severity;
          } else problems.push(`${path}: overrides."${id}": unknown key "${key}" (expected entropy, severity)`);
        }
        config.overrides[id] = override;
      }
    }
  }
  if (doc.allowlist !== undefined) {
    const a = doc.allowlist as Record<string, unknown>;
    if (typeof a !== 'object' || a === null || Array.isArray(a)) problems.push(`${path}: "allowlist" must be a table`);
    else {
      for (const key of Object.keys(a)) if (!['paths', 'regexes', 'stopwords'].includes(key)) problems.push(`${path}: unknown key "allowlist.${key}" (expected paths, regexes, stopwords)`);
      config.allowlist.paths = stringList(a.paths, `${path}: "allowlist.paths"`, problems);
      config.allowlist.regexes = stringList(a.regexes, `${path}: "allowlist.regexes"`, problems);
      config.allowlist.stopwords = stringList(a.stopwords, `${path}: "allowlist.stopwords"`, problems);
      for (const re of config.allowlist.regexes) {
        try {
          new RegExp(re);
        } catch (error) {
          problems.push(`${path}: "allowlist.regexes": ${(error as Error).message}`);
        }
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.length === 1 ? problems[0]! : `${problems.length} problems in the config:\n  ${problems.join('\n  ')}`);
  return config;
}

function stringList(v: unknown, what: string, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    problems.push(`${what} must be a list of strings`);
    return [];
  }
  return v as string[];
}

