import { createScanner, type RuleSpec } from '../../../src/engine/index.js';
import type { Candidate, CandidateFilter } from '../../../src/engine/filters/index.js';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';

/**
 * A loose custom rule, like one a user might write without strength checks: anything after
 * `key =`, `token:` or `secret=`. The filters are what keep it from reporting stand-ins.
 */
export const looseRule: RuleSpec = {
  id: 'test-loose',
  name: 'Loose test rule',
  description: 'Anything assigned to key, token or secret.',
  regex: `(?i)(?:key|token|secret)[\\w-]{0,20}["']?\\s{0,4}[:=]\\s{0,4}["']?(?<secret>[^\\s"']{8,200})`,
  keywords: ['key', 'token', 'secret'],
  entropy: 0,
  examples: [],
  negativeExamples: [],
};

// Separate scanners, so that the loose rule never hides a built-in finding on the same text.
const builtinRules = loadBuiltinRules();
const unfiltered = [createScanner(builtinRules, { filters: [] }), createScanner([looseRule], { filters: [] })];
const builtin = createScanner(builtinRules);
const loose = createScanner([looseRule]);

/** The candidates the rules find in `text` before any filter, as the filters receive them. */
export function candidatesIn(text: string, path: string): Candidate[] {
  const lines = text.split('\n');
  return unfiltered.flatMap((scanner) =>
    scanner.scan({ path, text }).map((f) => ({
      rule: scanner.rules.find((r) => r.id === f.ruleId)!,
      secret: f.secret,
      line: lines[f.line - 1]!,
      lineOffset: f.column - 1,
      path,
    })),
  );
}

/**
 * Scan `text` as a user would (every default filter) and say whether `filter` on its own drops at
 * least one candidate the rules found: a test built on this fails when the filter is taken away.
 */
export function check(filter: CandidateFilter, text: string, path = 'config/settings.txt') {
  const candidates = candidatesIn(text, path);
  const fromBuiltin = builtin.scan({ path, text }).map((f) => f.ruleId);
  return {
    found: candidates.length,
    dropped: candidates.filter((c) => filter(c) !== undefined).length,
    /** Everything reported, the loose test rule included. */
    reported: [...fromBuiltin, ...loose.scan({ path, text }).map((f) => f.ruleId)],
    /** What the built-in rules report. */
    builtin: fromBuiltin,
  };
}
