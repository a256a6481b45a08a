import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  checkUniqueIds,
  parse,
  parseRuleTables
} from "./chunk-U5FWPGJ3.js";
import {
  ConfigError
} from "./chunk-E6TSIIIV.js";

// src/config/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var CONFIG_FILE_NAME = "leakguard.toml";
var TOP_LEVEL = /* @__PURE__ */ new Set(["rules", "disable", "overrides", "allowlist"]);
function emptyConfig() {
  return { path: void 0, rules: [], disable: [], overrides: {}, allowlist: { paths: [], regexes: [], stopwords: [] } };
}
function loadConfigFile(root, explicit) {
  const path = explicit ?? join(root, CONFIG_FILE_NAME);
  if (!explicit && !existsSync(path)) return emptyConfig();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file (${error.code ?? error.message})`);
  }
  return parseConfigText(text, path);
}
function parseConfigText(text, path) {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid TOML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  for (const key of Object.keys(doc)) if (!TOP_LEVEL.has(key)) problems.push(`${path}: unknown key "${key}" (expected ${[...TOP_LEVEL].join(", ")})`);
  const config = emptyConfig();
  config.path = path;
  config.rules = parseRuleTables(doc.rules, path, problems);
  config.disable = stringList(doc.disable, `${path}: "disable"`, problems);
  if (doc.overrides !== void 0) {
    if (typeof doc.overrides !== "object" || doc.overrides === null || Array.isArray(doc.overrides)) problems.push(`${path}: "overrides" must be a table of rule ids`);
    else {
      for (const [id, raw] of Object.entries(doc.overrides)) {
        const o = raw;
        const override = {};
        for (const key of Object.keys(o ?? {})) {
          if (key === "entropy") {
            if (typeof o.entropy !== "number" || o.entropy < 0 || o.entropy > 8) problems.push(`${path}: overrides."${id}": "entropy" must be a number between 0 and 8`);
            else override.entropy = o.entropy;
          } else if (key === "severity") {
            if (!["critical", "high", "medium", "low"].includes(o.severity)) problems.push(`${path}: overrides."${id}": "severity" must be critical, high, medium or low`);
            else override.severity = o.severity;
          } else problems.push(`${path}: overrides."${id}": unknown key "${key}" (expected entropy, severity)`);
        }
        config.overrides[id] = override;
      }
    }
  }
  if (doc.allowlist !== void 0) {
    const a = doc.allowlist;
    if (typeof a !== "object" || a === null || Array.isArray(a)) problems.push(`${path}: "allowlist" must be a table`);
    else {
      for (const key of Object.keys(a)) if (!["paths", "regexes", "stopwords"].includes(key)) problems.push(`${path}: unknown key "allowlist.${key}" (expected paths, regexes, stopwords)`);
      config.allowlist.paths = stringList(a.paths, `${path}: "allowlist.paths"`, problems);
      config.allowlist.regexes = stringList(a.regexes, `${path}: "allowlist.regexes"`, problems);
      config.allowlist.stopwords = stringList(a.stopwords, `${path}: "allowlist.stopwords"`, problems);
      for (const re of config.allowlist.regexes) {
        try {
          new RegExp(re);
        } catch (error) {
          problems.push(`${path}: "allowlist.regexes": ${error.message}`);
        }
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.length === 1 ? problems[0] : `${problems.length} problems in the config:
  ${problems.join("\n  ")}`);
  return config;
}
function stringList(v, what, problems) {
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    problems.push(`${what} must be a list of strings`);
    return [];
  }
  return v;
}

// src/config/resolve-rules.ts
function resolveRules(builtin, config) {
  const known = /* @__PURE__ */ new Set([...builtin.map((r) => r.id), ...config.rules.map((r) => r.id)]);
  const unknown = [...config.disable, ...Object.keys(config.overrides)].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`${config.path}: no rule has the id ${unknown.map((id) => `"${id}"`).join(", ")} (run \`leakguard rules\` to list them)`);
  const disabled = new Set(config.disable);
  const rules = [...builtin, ...config.rules].filter((r) => !disabled.has(r.id)).map((r) => {
    const o = config.overrides[r.id];
    return o ? { ...r, ...o.entropy !== void 0 && { entropy: o.entropy }, ...o.severity && { severity: o.severity } } : r;
  });
  checkUniqueIds(rules);
  return rules;
}

export {
  CONFIG_FILE_NAME,
  loadConfigFile,
  resolveRules
};
