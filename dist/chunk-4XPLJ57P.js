import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  runScan
} from "./chunk-RGGT73YB.js";
import "./chunk-TOMDRCNH.js";
import {
  COMMON_HELP,
  commonOptions,
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-YJHRYTX7.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-B4EJ7F2I.js";
import "./chunk-2SKL5KL2.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-PYSNMPX6.js";
import "./chunk-Y6ERE2EU.js";
import "./chunk-O4O2RQMY.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import {
  baselineEntriesFor
} from "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import {
  BASELINE_FILE_NAME,
  formatBaseline
} from "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/baseline.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
var BASELINE_HELP = `usage: leakguard baseline [PATH...] [options]

Scan like \`leakguard scan\` and write every finding's fingerprint to a baseline file
(default ${BASELINE_FILE_NAME} at the root). Later scans given --baseline FILE hide
those findings and report only new ones. The file holds hashes, never secrets, sorted
one per line so that branches merge cleanly.

${COMMON_HELP}
      --no-gitignore             scan ignored files too`;
var baselineCommand = async (argv, ctx) => {
  const { values, positionals } = parseCommand("baseline", argv, { "no-gitignore": { type: "boolean" } });
  if (values.help) {
    ctx.stdout.write(`${BASELINE_HELP}
`);
    return EXIT_CLEAN;
  }
  const options = commonOptions("baseline", values);
  const { outcome } = await runScan(positionals.length ? positionals : ["."], ctx, {
    gitignore: !values["no-gitignore"],
    workers: void 0,
    options: { ...options, baseline: void 0 }
  });
  const entries = baselineEntriesFor(outcome.findings);
  const path = options.output ? resolve(ctx.cwd, options.output) : join(outcome.root, BASELINE_FILE_NAME);
  writeFileSync(path, formatBaseline(entries));
  ctx.stderr.write(`leakguard: wrote ${entries.length} ${entries.length === 1 ? "entry" : "entries"} to ${path}
`);
  return EXIT_CLEAN;
};
export {
  BASELINE_HELP,
  baselineCommand
};
