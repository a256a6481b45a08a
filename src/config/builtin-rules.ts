import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkUniqueIds, parseRuleFile, RuleError, type RuleSpec } from '../engine/index.js';

let cached: RuleSpec[] | undefined;

/**
 * The built-in rules. A built bundle reads `rules.json` beside itself (the build compiles `patterns/`
 * into it, so start-up parses one JSON document instead of many TOML files); running from source
 * reads `patterns/*.toml` directly.
 */
export function loadBuiltinRules(): RuleSpec[] {
  if (cached) return cached;
  const here = fileURLToPath(new URL('.', import.meta.url));
  const bundled = join(here, 'rules.json');
  if (existsSync(bundled)) {
    cached = JSON.parse(readFileSync(bundled, 'utf8')) as RuleSpec[];
    return cached;
  }
  cached = loadPatternsDir(findPatternsDir(here));
  return cached;
}

/**
 * The built-in rules with their examples, from `patterns/` (shipped with the package). The bundle's
 * rules.json leaves examples out so that dist/ carries no fake secrets; `rules check` needs them.
 */
export function loadBuiltinRulesWithExamples(): RuleSpec[] {
  return loadPatternsDir(findPatternsDir(fileURLToPath(new URL('.', import.meta.url))));
}

/** Parse and validate every `*.toml` in a patterns directory, sorted by file name. */
export function loadPatternsDir(dir: string): RuleSpec[] {
  const rules: RuleSpec[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.toml')).sort()) {
    try {
      rules.push(...parseRuleFile(readFileSync(join(dir, name), 'utf8'), `patterns/${name}`));
    } catch (error) {
      if (error instanceof RuleError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  checkUniqueIds(rules);
  return rules;
}

function findPatternsDir(from: string): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'patterns');
    if (existsSync(candidate)) return candidate;
    dir = join(dir, '..');
  }
  throw new RuleError([`cannot find the built-in patterns/ directory above ${from}`]);
}
