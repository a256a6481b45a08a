import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  findWorkTreeRoot
} from "./chunk-O7OJYGPH.js";
import {
  runGitSync
} from "./chunk-WGWO7BKU.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import {
  SourceError,
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/install.ts
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join as join2, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli/hook-files.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var BLOCK_START = "# >>> leakguard";
var BLOCK_END = "# <<< leakguard";
function shippedHook(name) {
  let dir = fileURLToPath(new URL(".", import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "hooks", name);
    if (existsSync(candidate)) return readFileSync(candidate, "utf8");
    dir = join(dir, "..");
  }
  throw new SourceError(`cannot find the shipped hooks/${name} script next to leakguard; reinstall the package`);
}
function huskyLine(name) {
  const run = name === "pre-commit" ? "leakguard staged" : 'leakguard pre-push "$@"';
  return `[ "\${LEAKGUARD:-}" = "0" ] || ${run}`;
}
function chainBlock(name) {
  const lines = [
    `${BLOCK_START} (added by \`leakguard install\`; delete through "${BLOCK_END}" to remove)`,
    'if [ "${LEAKGUARD:-}" != "0" ]; then',
    "  if [ -x node_modules/.bin/leakguard ]; then leakguard_bin=node_modules/.bin/leakguard; else leakguard_bin=leakguard; fi"
  ];
  if (name === "pre-commit") {
    lines.push('  "$leakguard_bin" staged || exit $?');
  } else {
    lines.push(
      "  leakguard_input=$(cat)",
      `  printf '%s\\n' "$leakguard_input" | "$leakguard_bin" pre-push "$@" || exit $?`,
      "  exec <<LEAKGUARD_INPUT",
      "$leakguard_input",
      "LEAKGUARD_INPUT"
    );
  }
  lines.push("fi", BLOCK_END);
  return `${lines.join("\n")}
`;
}
function hasLeakguard(text) {
  return text.includes(BLOCK_START) || /\bleakguard(?:\/\.bin\/leakguard)? (?:staged|pre-push)\b/.test(text) || text.includes("# leakguard pre-");
}
function isShellScript(text) {
  const first = text.split("\n", 1)[0] ?? "";
  if (!first.startsWith("#!")) return !text.includes("\0");
  return /\b(sh|bash|dash|zsh|ksh|ash)\b/.test(first);
}

// src/cli/commands/install.ts
var INSTALL_HELP = `usage: leakguard install [--pre-push] [--force]

Install the pre-commit hook (and with --pre-push, the pre-push hook) in this repository.
With husky (a .husky directory, or core.hooksPath pointing into one) it adds a line to
.husky/pre-commit; otherwise it writes the hook where git runs hooks (core.hooksPath when set).
Running it again changes nothing. An existing hook that is a shell script keeps working: leakguard
is added at its top. Any other existing hook is left alone unless --force (which keeps a copy
in <hook>.pre-leakguard).`;
var installCommand = async (argv, ctx) => {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { "pre-push": { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true }));
  } catch (error) {
    throw new UsageError(`leakguard install: ${error.message.split("\n")[0]} (see \`leakguard install --help\`)`);
  }
  if (values.help) {
    ctx.stdout.write(`${INSTALL_HELP}
`);
    return EXIT_CLEAN;
  }
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard install: ${ctx.cwd} is not inside a git work tree; run it in the repository`);
  const hooks = values["pre-push"] ? ["pre-commit", "pre-push"] : ["pre-commit"];
  const husky = huskyDir(root);
  const huskyInactive = husky !== void 0 && !/\.husky(?:\/_)?\/?$/.test(runGitSync(["config", "--get", "core.hooksPath"], root).stdout.trim());
  const dir = husky ?? plainHooksDir(root);
  for (const name of hooks) {
    const file = join2(dir, name);
    const message = husky ? installHusky(file, name) : installPlain(file, name, Boolean(values.force));
    ctx.stderr.write(`leakguard: ${message.replace("%s", relative(root, file))}
`);
  }
  if (huskyInactive) ctx.stderr.write("leakguard: husky is not active in this clone yet (core.hooksPath is not .husky/_): run `npx husky` or `npm install` so git runs .husky/ hooks\n");
  return EXIT_CLEAN;
};
function huskyDir(root) {
  const hooksPath = runGitSync(["config", "--get", "core.hooksPath"], root).stdout.trim();
  const m = /^(.*?)\.husky(?:\/_)?\/?$/.exec(hooksPath);
  if (m) return resolve(root, `${m[1]}.husky`);
  const dir = join2(root, ".husky");
  return existsSync2(dir) && statSync(dir).isDirectory() ? dir : void 0;
}
function plainHooksDir(root) {
  const r = runGitSync(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], root);
  if (!r.ok) throw new SourceError("leakguard install: cannot find the hooks directory (git rev-parse --git-path hooks failed)");
  return r.stdout.trim();
}
function installHusky(file, name) {
  const existing = existsSync2(file) ? readFileSync2(file, "utf8") : "";
  if (hasLeakguard(existing)) return `the ${name} hook already runs leakguard (%s)`;
  const sep = existing === "" || existing.endsWith("\n") ? "" : "\n";
  writeFileSync(file, `${existing}${sep}${huskyLine(name)}
`);
  chmodSync(file, 493);
  return `added leakguard to the husky ${name} hook (%s)`;
}
function installPlain(file, name, force) {
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync2(file)) {
    writeHook(file, shippedHook(name));
    return `installed the ${name} hook (%s)`;
  }
  const existing = readFileSync2(file, "utf8");
  if (hasLeakguard(existing)) return `the ${name} hook already runs leakguard (%s)`;
  if (force) {
    renameSync(file, `${file}.pre-leakguard`);
    writeHook(file, shippedHook(name));
    return `replaced the ${name} hook (%s); the previous one is in ${name}.pre-leakguard`;
  }
  if (!isShellScript(existing)) {
    throw new UsageError(
      `leakguard install: ${file} is an existing ${name} hook that is not a shell script, so it was left alone; make it run \`leakguard ${name === "pre-commit" ? "staged" : 'pre-push "$@"'}\` first, or rerun with --force to replace it (a copy is kept)`
    );
  }
  const nl = existing.startsWith("#!") ? existing.indexOf("\n") + 1 || existing.length : 0;
  const head = existing.slice(0, nl);
  writeHook(file, `${head}${head && !head.endsWith("\n") ? "\n" : ""}${chainBlock(name)}${existing.slice(nl)}`);
  return `added leakguard to the top of the existing ${name} hook (%s); it still runs the rest`;
}
function writeHook(file, text) {
  writeFileSync(file, text);
  chmodSync(file, 493);
}
export {
  INSTALL_HELP,
  installCommand
};
