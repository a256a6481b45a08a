#!/usr/bin/env node
import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS
} from "./chunk-UETDT4CE.js";
import {
  prestartScanWorkers
} from "./chunk-B4EJ7F2I.js";
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR
} from "./chunk-SUJUIZ3C.js";
import {
  LeakguardError
} from "./chunk-E6TSIIIV.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/registry.ts
import { statSync } from "node:fs";
var VALUE_OPTIONS = new Set(
  Object.entries(COMMON_OPTIONS).flatMap(([name, o]) => o.type === "string" ? [`--${name}`, ..."short" in o ? [`-${o.short}`] : []] : [])
);
function prestartForFileScan(argv) {
  if (argv.some((a) => a === "-" || a === "--help" || a === "-h" || a.startsWith("--workers"))) return;
  const targets = argv.filter((a, i) => !a.startsWith("-") && !VALUE_OPTIONS.has(argv[i - 1] ?? ""));
  if (targets.length > 0 && !targets.some(isDirectory)) return;
  prestartScanWorkers();
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
var COMMANDS = {
  scan: { summary: "scan files and directories", load: async () => (await import("./chunk-E6KM7WXD.js")).scanCommand, prestart: prestartForFileScan },
  staged: { summary: "scan the staged changes (the pre-commit hook)", load: async () => (await import("./chunk-T4SM4D3R.js")).stagedCommand },
  diff: { summary: "scan every commit in BASE..HEAD", load: async () => (await import("./chunk-3HVVRG2F.js")).diffCommand },
  "pre-push": { summary: "scan the commits a push publishes (the pre-push hook)", load: async () => (await import("./chunk-LEHQCRVI.js")).prePushCommand },
  history: { summary: "audit the full git history: every secret ever committed, where and by whom", load: async () => (await import("./chunk-PFUT4RNV.js")).historyCommand },
  baseline: { summary: "write a baseline of current findings", load: async () => (await import("./chunk-4XPLJ57P.js")).baselineCommand, prestart: prestartForFileScan },
  accept: { summary: "add one finding to the baseline file", load: async () => (await import("./chunk-FW6E7BS5.js")).acceptCommand },
  install: { summary: "install the pre-commit (and pre-push) hook", load: async () => (await import("./chunk-7BFJCB4Q.js")).installCommand },
  rules: { summary: "list the rules, or check rule files and their examples", load: async () => (await import("./chunk-4QBRJ3NM.js")).rulesCommand },
  keygen: { summary: "issue API keys with a checksum scanners can verify, or print their rule", load: async () => (await import("./chunk-T2TP5N52.js")).keygenCommand }
};

// src/cli/main.ts
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: leakguard <command> [options]

${list.join("\n")}

Run \`leakguard <command> --help\` for a command's options. Exit codes: 0 clean, 1 secrets found, 2 error.
`;
}
async function main(argv, ctx2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    ctx2.stdout.write(usage());
    return name === void 0 ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (name === "--version" || name === "-V") {
    ctx2.stdout.write(`${VERSION}
`);
    return EXIT_CLEAN;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx2.stderr.write(`leakguard: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})
`);
    return EXIT_ERROR;
  }
  try {
    entry.prestart?.(rest);
    const command = await entry.load();
    return await command(rest, ctx2);
  } catch (error) {
    if (error instanceof LeakguardError) {
      ctx2.stderr.write(`leakguard: ${error.message}
`);
    } else {
      ctx2.stderr.write(`leakguard: internal error: ${error?.stack ?? String(error)}
`);
    }
    return EXIT_ERROR;
  }
}
var ctx = { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
main(process.argv.slice(2), ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`leakguard: internal error: ${String(error)}
`);
    process.exitCode = EXIT_ERROR;
  }
);
export {
  main
};
