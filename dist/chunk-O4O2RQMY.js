import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  checkUniqueIds,
  parseRuleFile
} from "./chunk-U5FWPGJ3.js";
import {
  RuleError
} from "./chunk-E6TSIIIV.js";

// src/config/builtin-rules.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function loadBuiltinRules() {
  if (cached) return cached;
  const here = fileURLToPath(new URL(".", import.meta.url));
  const bundled = join(here, "rules.json");
  if (existsSync(bundled)) {
    cached = JSON.parse(readFileSync(bundled, "utf8"));
    return cached;
  }
  cached = loadPatternsDir(findPatternsDir(here));
  return cached;
}
function loadBuiltinRulesWithExamples() {
  return loadPatternsDir(findPatternsDir(fileURLToPath(new URL(".", import.meta.url))));
}
function loadPatternsDir(dir) {
  const rules = [];
  const problems = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".toml")).sort()) {
    try {
      rules.push(...parseRuleFile(readFileSync(join(dir, name), "utf8"), `patterns/${name}`));
    } catch (error) {
      if (error instanceof RuleError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  checkUniqueIds(rules);
  return rules;
}
function findPatternsDir(from) {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "patterns");
    if (existsSync(candidate)) return candidate;
    dir = join(dir, "..");
  }
  throw new RuleError([`cannot find the built-in patterns/ directory above ${from}`]);
}

export {
  loadBuiltinRules,
  loadBuiltinRulesWithExamples
};
