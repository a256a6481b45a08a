import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  sortFindings,
  writeReport
} from "./chunk-VRE7ITGE.js";
import {
  createStyle
} from "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  wantsColor
} from "./chunk-SUJUIZ3C.js";
import {
  applyBaseline
} from "./chunk-DLHQVUMH.js";
import {
  shownSecret
} from "./chunk-DHDCQOBG.js";
import {
  BASELINE_FILE_NAME
} from "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/finish-hook.ts
import { relative, resolve, sep } from "node:path";

// src/report/format-block.ts
function formatBlock(input, style) {
  const { findings, action } = input;
  const n = findings.length;
  const what = `${n} ${n === 1 ? "secret" : "secrets"}`;
  const out = [
    style.red(style.bold(action === "commit" ? `leakguard: commit stopped: the staged changes add ${what}` : `leakguard: push stopped: the commits being pushed add ${what}`)),
    ""
  ];
  for (const f of findings) {
    out.push(`  ${style.bold(`${f.path}:${f.line}`)}  ${f.ruleName} ${style.dim(`[${f.ruleId}]`)}`);
    out.push(`    secret: ${shownSecret(f, input.redact)}`);
    if (f.commit) out.push(`    commit: ${f.commit.sha.slice(0, 12)} ${f.commit.summary}`);
  }
  const them = n === 1 ? "it" : "them";
  out.push("", "Ways out, in this order:");
  if (action === "commit") {
    out.push(`  1. Remove the ${n === 1 ? "secret" : "secrets"} from the staged content (edit, then \`git add\` again).`);
  } else {
    out.push(`  1. Remove the ${n === 1 ? "secret" : "secrets"} from the commits being pushed (rewrite ${them}, e.g. \`git rebase -i\`).`);
  }
  out.push(`     If ${n === 1 ? "it has" : "one has"} ever left this machine, rotate ${them} too: deleting is not enough.`);
  out.push(`  2. If ${n === 1 ? "it is" : "one is"} not a secret: put ${style.bold("leakguard:allow")} in a comment on that line,`);
  out.push(`     or add ${n === 1 ? "its fingerprint" : "their fingerprints"} to the baseline (then \`git add ${input.baselinePath}\`):`);
  for (const f of findings) out.push(`       ${acceptCommand(input.invocation, f, input.baselinePath)}`);
  out.push(`  3. Last resort, skipping every check: ${style.bold(action === "commit" ? "git commit --no-verify" : "git push --no-verify")}`);
  return `${out.join("\n")}
`;
}
function acceptCommand(invocation, f, baselinePath) {
  const file = baselinePath === ".leakguard-baseline.json" ? "" : ` --baseline ${shellQuote(baselinePath)}`;
  return `${invocation} accept ${f.fingerprint} --rule ${f.ruleId} --path ${shellQuote(f.path)}${file}`;
}
function shellQuote(text) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/cli/describe-invocation.ts
import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
function describeInvocation(scriptPath, env) {
  if (!scriptPath) return "leakguard";
  let real;
  try {
    real = realpathSync(scriptPath);
  } catch {
    return "leakguard";
  }
  if (/[\\/]node_modules[\\/]/.test(real) && !env.PRE_COMMIT) return "npx leakguard";
  if (!env.PRE_COMMIT) {
    for (const dir of (env.PATH ?? "").split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, "leakguard");
      try {
        accessSync(candidate, constants.X_OK);
        if (realpathSync(candidate) === real) return "leakguard";
      } catch {
      }
    }
  }
  return `node ${/^[A-Za-z0-9_./@%+=:,-]+$/.test(real) ? real : `'${real.replace(/'/g, `'\\''`)}'`}`;
}

// src/cli/finish-hook.ts
function finishHook(action, outcome, options, baseline, ctx) {
  if (options.format !== "text" || options.output) return writeReport(outcome, options, baseline, ctx);
  const kept = baseline ? applyBaseline(outcome.findings, baseline).kept : outcome.findings;
  if (kept.length === 0) return EXIT_CLEAN;
  const baselinePath = options.baseline ? relative(outcome.root, resolve(ctx.cwd, options.baseline)).split(sep).join("/") : BASELINE_FILE_NAME;
  const text = formatBlock(
    { action, findings: sortFindings(kept), redact: options.redact, invocation: describeInvocation(process.argv[1], ctx.env), baselinePath },
    createStyle(wantsColor(ctx.stderr, ctx.env))
  );
  ctx.stderr.write(text);
  return EXIT_FINDINGS;
}
export {
  finishHook
};
