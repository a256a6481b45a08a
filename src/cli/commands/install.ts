import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceError, UsageError } from '../../engine/errors.js';
import { runGitSync } from '../../git/run-git.js';
import { findWorkTreeRoot } from '../../git/work-tree.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { chainBlock, hasLeakguard, huskyLine, isShellScript, shippedHook, type HookName } from '../hook-files.js';

export const INSTALL_HELP = `usage: leakguard install [--pre-push] [--force]

Install the pre-commit hook (and with --pre-push, the pre-push hook) in this repository.
With husky (a .husky directory, or core.hooksPath pointing into one) it adds a line to
.husky/pre-commit; otherwise it writes the hook where git runs hooks (core.hooksPath when set).
Running it again changes nothing. An existing hook that is a shell script keeps working: leakguard
is added at its top. Any other existing hook is left alone unless --force (which keeps a copy
in <hook>.pre-leakguard).`;

export const installCommand: Command = async (argv, ctx) => {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'pre-push': { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`leakguard install: ${(error as Error).message.split('\n')[0]} (see \`leakguard install --help\`)`);
  }
  if (values.help) {
    ctx.stdout.write(`${INSTALL_HELP}\n`);
    return EXIT_CLEAN;
  }
  const root = findWorkTreeRoot(ctx.cwd);
  if (!root) throw new SourceError(`leakguard install: ${ctx.cwd} is not inside a git work tree; run it in the repository`);
  const hooks: HookName[] = values['pre-push'] ? ['pre-commit', 'pre-push'] : ['pre-commit'];
  const husky = huskyDir(root);
  const huskyInactive = husky !== undefined && !/\.husky(?:\/_)?\/?$/.test(runGitSync(['config', '--get', 'core.hooksPath'], root).stdout.trim());
  const dir = husky ?? plainHooksDir(root);
  for (const name of hooks) {
    const file = join(dir, name);
    const message = husky ? installHusky(file, name) : installPlain(file, name, Boolean(values.force));
    ctx.stderr.write(`leakguard: ${message.replace('%s', relative(root, file))}\n`);
  }
  if (huskyInactive) ctx.stderr.write('leakguard: husky is not active in this clone yet (core.hooksPath is not .husky/_): run `npx husky` or `npm install` so git runs .husky/ hooks\n');
  return EXIT_CLEAN;
};

/**
 * husky v9 keeps the user's hook files in .husky/ and points core.hooksPath at .husky/_ (its
 * generated runners). https://typicode.github.io/husky/
 */
function huskyDir(root: string): string | undefined {
  const hooksPath = runGitSync(['config', '--get', 'core.hooksPath'], root).stdout.trim();
  const m = /^(.*?)\.husky(?:\/_)?\/?$/.exec(hooksPath);
  if (m) return resolve(root, `${m[1]}.husky`);
  const dir = join(root, '.husky');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/** Where git runs hooks from: core.hooksPath if set, else the common git dir's hooks/ (shared by linked worktrees). */
function plainHooksDir(root: string): string {
  const r = runGitSync(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], root);
  if (!r.ok) throw new SourceError('leakguard install: cannot find the hooks directory (git rev-parse --git-path hooks failed)');
  return r.stdout.trim();
}

function installHusky(file: string, name: HookName): string {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (hasLeakguard(existing)) return `the ${name} hook already runs leakguard (%s)`;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  writeFileSync(file, `${existing}${sep}${huskyLine(name)}\n`);
  chmodSync(file, 0o755);
  return `added leakguard to the husky ${name} hook (%s)`;
}

function installPlain(file: string, name: HookName, force: boolean): string {
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file)) {
    writeHook(file, shippedHook(name));
    return `installed the ${name} hook (%s)`;
  }
  const existing = readFileSync(file, 'utf8');
  if (hasLeakguard(existing)) return `the ${name} hook already runs leakguard (%s)`;
  if (force) {
    renameSync(file, `${file}.pre-leakguard`);
    writeHook(file, shippedHook(name));
    return `replaced the ${name} hook (%s); the previous one is in ${name}.pre-leakguard`;
  }
  if (!isShellScript(existing)) {
    throw new UsageError(
      `leakguard install: ${file} is an existing ${name} hook that is not a shell script, so it was left alone; ` +
        `make it run \`leakguard ${name === 'pre-commit' ? 'staged' : 'pre-push "$@"'}\` first, or rerun with --force to replace it (a copy is kept)`,
    );
  }
  // Insert after the shebang so leakguard runs before anything that might `exit 0` early.
  const nl = existing.startsWith('#!') ? existing.indexOf('\n') + 1 || existing.length : 0;
  const head = existing.slice(0, nl);
  writeHook(file, `${head}${head && !head.endsWith('\n') ? '\n' : ''}${chainBlock(name)}${existing.slice(nl)}`);
  return `added leakguard to the top of the existing ${name} hook (%s); it still runs the rest`;
}

function writeHook(file: string, text: string): void {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
}
