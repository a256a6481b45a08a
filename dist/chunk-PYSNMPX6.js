import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadConfigFile,
  resolveRules
} from "./chunk-Y6ERE2EU.js";
import {
  loadBuiltinRules
} from "./chunk-O4O2RQMY.js";
import {
  readBaseline
} from "./chunk-NU3TKBUW.js";

// src/cli/load-settings.ts
import { relative, resolve, sep } from "node:path";
function loadSettings(options, root, cwd) {
  const config = loadConfigFile(root, options.config ? resolve(cwd, options.config) : void 0);
  const rules = resolveRules(loadBuiltinRules(), config);
  const baseline = options.baseline ? readBaseline(resolve(cwd, options.baseline)) : void 0;
  const allowlist = { ...config.allowlist, paths: [...config.allowlist.paths] };
  if (config.path) {
    const rel = relative(root, config.path);
    if (!rel.startsWith("..")) allowlist.paths.push(rel.split(sep).join("/"));
  }
  return { settings: { rules, allowlist }, config, baseline };
}

export {
  loadSettings
};
