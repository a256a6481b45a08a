import { parse } from 'smol-toml';
import { RuleError } from '../errors.js';
import type { RuleSpec } from '../types.js';
import { parseRuleSpec } from './parse-rule-spec.js';

/**
 * Parse a rules file (`patterns/*.toml` or a user's file with `[[rules]]` tables).
 * Throws one RuleError listing every problem in the file, each with the file and rule id.
 */
export function parseRuleFile(text: string, source: string): RuleSpec[] {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new RuleError([`${source}: not valid TOML: ${firstLine((error as Error).message)}`]);
  }
  const problems: string[] = [];
  const rules = parseRuleTables(doc.rules, source, problems);
  if (problems.length > 0) throw new RuleError(problems);
  return rules;
}

/** Parse the `rules` array of an already parsed TOML document, appending problems. */
export function parseRuleTables(raw: unknown, source: string, problems: string[]): RuleSpec[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${source}: "rules" must be an array of tables ([[rules]])`);
    return [];
  }
  const rules: RuleSpec[] = [];
  raw.forEach((entry, i) => {
    const spec = parseRuleSpec(entry, source, i, problems);
    if (spec) rules.push(spec);
  });
  return rules;
}

/** Every id must be unique across all loaded rule sets. */
export function checkUniqueIds(rules: readonly RuleSpec[]): void {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const rule of rules) {
    const first = seen.get(rule.id);
    if (first !== undefined) problems.push(`${rule.source ?? '?'}: rule "${rule.id}": id already used in ${first}`);
    else seen.set(rule.id, rule.source ?? '?');
  }
  if (problems.length > 0) throw new RuleError(problems);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
