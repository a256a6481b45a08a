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
var ActionError = class extends LeakguardError {
  name = "ActionError";
};

export {
  LeakguardError,
  RuleError,
  ConfigError,
  GitError,
  SourceError,
  UsageError,
  ActionError
};
