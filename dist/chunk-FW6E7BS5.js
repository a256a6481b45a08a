import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  findWorkTreeRoot
} from "./chunk-O7OJYGPH.js";
import "./chunk-WGWO7BKU.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import {
  BASELINE_FILE_NAME,
  formatBaseline,
  readBaseline
} from "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import {
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/accept.ts
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var ACCEPT_HELP = `usage: leakguard accept FINGERPRINT --rule RULE --path PATH [--baseline FILE]

Add one finding to the baseline file (default ${BASELINE_FILE_NAME} at the root of the
repository), so that later scans and hooks stop reporting it. A blocked commit or push prints
this command ready to paste. The file keeps one sorted entry per line; commit it.`;
var acceptCommand = async (argv, ctx) => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { rule: { type: "string" }, path: { type: "string" }, baseline: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`leakguard accept: ${error.message.split("\n")[0]} (see \`leakguard accept --help\`)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    ctx.stdout.write(`${ACCEPT_HELP}
`);
    return EXIT_CLEAN;
  }
  const [fingerprint] = positionals;
  if (positionals.length !== 1 || !fingerprint || !/^[0-9a-f]{16,128}$/.test(fingerprint)) {
    throw new UsageError("leakguard accept: give one FINGERPRINT (hex, as printed in the report), e.g. `leakguard accept 3bbe4717\u2026 --rule github-pat --path src/a.js`");
  }
  if (!values.rule || !values.path) throw new UsageError("leakguard accept: --rule and --path are required (they make the baseline readable; copy them from the report)");
  const file = values.baseline ? resolve(ctx.cwd, values.baseline) : join(findWorkTreeRoot(ctx.cwd) ?? ctx.cwd, BASELINE_FILE_NAME);
  const entries = existsSync(file) ? readBaseline(file) : [];
  if (entries.some((e) => e.fingerprint === fingerprint)) {
    ctx.stderr.write(`leakguard: ${fingerprint} is already in ${file}
`);
    return EXIT_CLEAN;
  }
  entries.push({ fingerprint, rule: values.rule, path: values.path });
  entries.sort((a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  try {
    writeFileSync(file, formatBaseline(entries));
  } catch (error) {
    throw new UsageError(`leakguard accept: cannot write ${file} (${error.code ?? error.message})`);
  }
  ctx.stderr.write(`leakguard: added ${fingerprint} to ${file}; commit that file
`);
  return EXIT_CLEAN;
};
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
export {
  ACCEPT_HELP,
  acceptCommand
};
