import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/cli/cli-context.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function wantsColor(stream, env) {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
}

export {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_ERROR,
  wantsColor
};
