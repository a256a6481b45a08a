#!/usr/bin/env node
import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  LeakguardError
} from "./chunk-FTGYC6T4.js";

// src/cli/commands/registry.ts
var COMMANDS = {
  scan: { summary: "scan files and directories", load: async () => (await import("./chunk-X26CE52G.js")).scanCommand },
  baseline: { summary: "write a baseline of current findings", load: async () => (await import("./chunk-3JPTSHZI.js")).baselineCommand },
  rules: { summary: "list the rules, or check rule files and their examples", load: async () => (await import("./chunk-QCKQCMI5.js")).rulesCommand }
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
