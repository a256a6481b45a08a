import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/engine/errors.ts
var LeakguardError = class extends Error {
  name = "LeakguardError";
};
var RuleError = class extends LeakguardError {
  constructor(problems) {
    super(problems.length === 1 ? problems[0] : `${problems.length} rule problems:
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
  problems;
  name = "RuleError";
};
var ConfigError = class extends LeakguardError {
  name = "ConfigError";
};
var GitError = class extends LeakguardError {
  name = "GitError";
};
var SourceError = class extends LeakguardError {
  name = "SourceError";
};
var UsageError = class extends LeakguardError {
  name = "UsageError";
};

// src/cli/cli-context.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function wantsColor(stream, env) {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
}

export {
  LeakguardError,
  RuleError,
  ConfigError,
  GitError,
  SourceError,
  UsageError,
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_ERROR,
  wantsColor
};
