import { createScanner } from '../scanner.js';
import type { RuleSpec } from '../types.js';
import { expandExample } from './expand-example.js';

export interface ExampleFailure {
  ruleId: string;
  source: string;
  problem: string;
}

/**
 * Run every rule's examples through a scanner holding that rule alone (prefilter, regex, entropy,
 * filters: exactly what a real scan does). Positive examples must be reported by the rule; negative
 * examples must not. A rule without positive examples fails. Returns every failure.
 */
export function checkRuleExamples(rules: readonly RuleSpec[]): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of rules) {
    const source = rule.source ?? '?';
    const fail = (problem: string) => failures.push({ ruleId: rule.id, source, problem });
    if (rule.examples.length === 0) fail('has no examples: add at least one text the rule must report');
    const scanner = createScanner([rule]);
    const path = examplePath(rule);
    rule.examples.forEach((example, i) => {
      const text = expandExample(example);
      if (scanner.scan({ path, text }).length === 0) fail(`examples[${i}] is not reported`);
    });
    rule.negativeExamples.forEach((example, i) => {
      const text = expandExample(example);
      const found = scanner.scan({ path, text });
      if (found.length > 0) fail(`negative_examples[${i}] is reported (${found[0]!.redacted} at line ${found[0]!.line})`);
    });
  }
  return failures;
}

// A path the rule applies to, made from its first `paths` glob (a glob for .tf files gives `dir/snippet.tf`; not "example", which the stand-in filter drops).
function examplePath(rule: RuleSpec): string {
  const glob = rule.paths?.[0];
  if (!glob) return 'snippet.txt';
  return glob.replace(/\*\*\//g, 'dir/').replace(/\{([^,}]*)[^}]*\}/g, '$1').replace(/\*/g, 'snippet');
}
