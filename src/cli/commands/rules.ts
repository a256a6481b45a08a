import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBuiltinRules, loadBuiltinRulesWithExamples } from '../../config/builtin-rules.js';
import { checkRuleExamples, checkUniqueIds, ConfigError, parseRuleFile, UsageError, type RuleSpec } from '../../engine/index.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type Command } from '../cli-context.js';
import { parseCommand } from '../common-options.js';

export const RULES_HELP = `usage: leakguard rules [--format text|json]
       leakguard rules check [FILE...]

"rules" lists the built-in rules. "rules check" validates rule files (TOML with [[rules]]
tables, the format of patterns/*.toml and of leakguard.toml) and runs each rule's examples
and negative_examples through a scanner holding that rule alone; with no FILE it checks the
built-in rules. Exit 0 when every check passes, 1 when an example fails, 2 when a file is malformed.`;

export const rulesCommand: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommand('rules', argv, {});
  if (values.help) {
    ctx.stdout.write(`${RULES_HELP}\n`);
    return EXIT_CLEAN;
  }
  if (positionals[0] === 'check') {
    const files = positionals.slice(1);
    const rules: RuleSpec[] = files.length ? files.flatMap((f) => readRuleFile(resolve(ctx.cwd, f), f)) : loadBuiltinRulesWithExamples();
    checkUniqueIds(rules);
    const failures = checkRuleExamples(rules);
    for (const f of failures) ctx.stdout.write(`${f.source}: rule "${f.ruleId}": ${f.problem}\n`);
    const examples = rules.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
    ctx.stdout.write(failures.length === 0 ? `ok: ${rules.length} rules, ${examples} examples pass\n` : `${failures.length} problems in ${new Set(failures.map((f) => f.ruleId)).size} rules\n`);
    return failures.length === 0 ? EXIT_CLEAN : EXIT_FINDINGS;
  }
  if (positionals.length > 0) throw new UsageError(`leakguard rules: unknown subcommand "${positionals[0]}" (expected "check")`);
  const rules = loadBuiltinRules();
  if (values.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(rules.map((r) => ({ id: r.id, name: r.name, description: r.description, keywords: r.keywords, severity: r.severity ?? 'high', references: r.references })), null, 2)}\n`);
  } else {
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) ctx.stdout.write(`${r.id.padEnd(width)}  ${r.name}\n`);
    ctx.stdout.write(`${rules.length} rules\n`);
  }
  return EXIT_CLEAN;
};

function readRuleFile(path: string, shown: string): RuleSpec[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseRuleFile(text, shown);
}
