import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import "./chunk-UETDT4CE.js";
import {
  loadBuiltinRules,
  loadBuiltinRulesWithExamples
} from "./chunk-O4O2RQMY.js";
import "./chunk-LQ4OAWDE.js";
import {
  EXIT_CLEAN,
  EXIT_FINDINGS
} from "./chunk-SUJUIZ3C.js";
import "./chunk-DHDCQOBG.js";
import {
  checkRuleExamples,
  checkUniqueIds,
  parseRuleFile
} from "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import {
  ConfigError,
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/rules.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var RULES_HELP = `usage: leakguard rules [--format text|json]
       leakguard rules check [FILE...]

"rules" lists the built-in rules. "rules check" validates rule files (TOML with [[rules]]
tables, the format of patterns/*.toml and of leakguard.toml) and runs each rule's examples
and negative_examples through a scanner holding that rule alone; with no FILE it checks the
built-in rules. Exit 0 when every check passes, 1 when an example fails, 2 when a file is malformed.`;
var rulesCommand = async (argv, ctx) => {
  const { values, positionals } = parseCommand("rules", argv, {});
  if (values.help) {
    ctx.stdout.write(`${RULES_HELP}
`);
    return EXIT_CLEAN;
  }
  if (positionals[0] === "check") {
    const files = positionals.slice(1);
    const rules2 = files.length ? files.flatMap((f) => readRuleFile(resolve(ctx.cwd, f), f)) : loadBuiltinRulesWithExamples();
    checkUniqueIds(rules2);
    const failures = checkRuleExamples(rules2);
    for (const f of failures) ctx.stdout.write(`${f.source}: rule "${f.ruleId}": ${f.problem}
`);
    const examples = rules2.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
    ctx.stdout.write(failures.length === 0 ? `ok: ${rules2.length} rules, ${examples} examples pass
` : `${failures.length} problems in ${new Set(failures.map((f) => f.ruleId)).size} rules
`);
    return failures.length === 0 ? EXIT_CLEAN : EXIT_FINDINGS;
  }
  if (positionals.length > 0) throw new UsageError(`leakguard rules: unknown subcommand "${positionals[0]}" (expected "check")`);
  const rules = loadBuiltinRules();
  if (values.format === "json") {
    ctx.stdout.write(`${JSON.stringify(rules.map((r) => ({ id: r.id, name: r.name, description: r.description, keywords: r.keywords, severity: r.severity ?? "high", references: r.references })), null, 2)}
`);
  } else {
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) ctx.stdout.write(`${r.id.padEnd(width)}  ${r.name}
`);
    ctx.stdout.write(`${rules.length} rules
`);
  }
  return EXIT_CLEAN;
};
function readRuleFile(path, shown) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read (${error.code ?? "error"})`);
  }
  return parseRuleFile(text, shown);
}
export {
  RULES_HELP,
  rulesCommand
};
