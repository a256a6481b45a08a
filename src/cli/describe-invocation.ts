import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * How the user can run leakguard from their shell, for commands printed in messages: `npx leakguard`
 * when it runs from a project's node_modules, `leakguard` when that name on PATH is this very
 * program, otherwise `node "<path to cli.js>"` (the pre-commit framework's private environment).
 */
export function describeInvocation(scriptPath: string | undefined, env: NodeJS.ProcessEnv): string {
  if (!scriptPath) return 'leakguard';
  let real: string;
  try {
    real = realpathSync(scriptPath);
  } catch {
    return 'leakguard';
  }
  if (/[\\/]node_modules[\\/]/.test(real) && !env.PRE_COMMIT) return 'npx leakguard';
  if (!env.PRE_COMMIT) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, 'leakguard');
      try {
        accessSync(candidate, constants.X_OK);
        if (realpathSync(candidate) === real) return 'leakguard';
      } catch {
        // not here
      }
    }
  }
  return `node ${/^[A-Za-z0-9_./@%+=:,-]+$/.test(real) ? real : `'${real.replace(/'/g, `'\\''`)}'`}`;
}
