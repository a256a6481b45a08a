/**
 * The closed set of errors leakguard raises. Each class is thrown by one area of the code;
 * `cli/main.ts` and `action/main.ts` turn any of them into a one-line message and exit code 2.
 * Findings are results, never errors.
 */

/** Base class: `message` is a complete sentence naming the thing and the next step. */
export class LeakguardError extends Error {
  override name = 'LeakguardError';
}

/** A rule spec is malformed (thrown by engine/rules). `problems` lists every problem found, not just the first. */
export class RuleError extends LeakguardError {
  override name = 'RuleError';
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} rule problems:\n  ${problems.join('\n  ')}`);
  }
}

/** The config or baseline file is malformed or unreadable (thrown by src/config). */
export class ConfigError extends LeakguardError {
  override name = 'ConfigError';
}

/** git is missing or a git command failed (thrown by src/git). */
export class GitError extends LeakguardError {
  override name = 'GitError';
}

/** A path to scan does not exist or cannot be read at all (thrown by src/sources). */
export class SourceError extends LeakguardError {
  override name = 'SourceError';
}

/** The command line is wrong (thrown by src/cli). */
export class UsageError extends LeakguardError {
  override name = 'UsageError';
}

/** The Action's inputs or event cannot be used, or the range to scan cannot be computed (thrown by src/action). */
export class ActionError extends LeakguardError {
  override name = 'ActionError';
}
