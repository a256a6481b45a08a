import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-E6TSIIIV.js";

// src/config/baseline-file.ts
import { readFileSync } from "node:fs";
var BASELINE_FILE_NAME = ".leakguard-baseline.json";
function formatBaseline(entries) {
  const lines = entries.map((e) => `    ${JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path })}`);
  return `{
  "version": 1,
  "findings": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`;
}
function readBaseline(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the baseline file (${error.code ?? "error"}); create it with \`leakguard baseline --output ${path}\``);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: the baseline is not valid JSON (${error.message}); regenerate it with \`leakguard baseline\``);
  }
  if (doc.version !== 1 || !Array.isArray(doc.findings)) throw new ConfigError(`${path}: not a leakguard baseline (expected {"version": 1, "findings": [...]})`);
  return doc.findings.map((raw, i) => {
    const e = raw;
    if (typeof e.fingerprint !== "string" || typeof e.rule !== "string" || typeof e.path !== "string") {
      throw new ConfigError(`${path}: findings[${i}] needs string "fingerprint", "rule" and "path"`);
    }
    return { fingerprint: e.fingerprint, rule: e.rule, path: e.path };
  });
}

export {
  BASELINE_FILE_NAME,
  formatBaseline,
  readBaseline
};
