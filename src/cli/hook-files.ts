import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceError } from '../engine/errors.js';

export type HookName = 'pre-commit' | 'pre-push';

/** Marks what `leakguard install` wrote, so running it again changes nothing. */
export const BLOCK_START = '# >>> leakguard';
export const BLOCK_END = '# <<< leakguard';

/** The shipped hook script (`hooks/<name>` in the package), the same file people copy by hand. */
export function shippedHook(name: HookName): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'hooks', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    dir = join(dir, '..');
  }
  throw new SourceError(`cannot find the shipped hooks/${name} script next to leakguard; reinstall the package`);
}

/** The command line a husky hook file gets (husky puts node_modules/.bin on PATH). */
export function huskyLine(name: HookName): string {
  const run = name === 'pre-commit' ? 'leakguard staged' : 'leakguard pre-push "$@"';
  return `[ "\${LEAKGUARD:-}" = "0" ] || ${run}`;
}

/**
 * A block to put at the top of someone else's shell hook: leakguard runs first, then their hook as
 * before. For pre-push, git's ref lines on standard input are read once and handed to both.
 */
export function chainBlock(name: HookName): string {
  const lines = [
    `${BLOCK_START} (added by \`leakguard install\`; delete through "${BLOCK_END}" to remove)`,
    'if [ "${LEAKGUARD:-}" != "0" ]; then',
    '  if [ -x node_modules/.bin/leakguard ]; then leakguard_bin=node_modules/.bin/leakguard; else leakguard_bin=leakguard; fi',
  ];
  if (name === 'pre-commit') {
    lines.push('  "$leakguard_bin" staged || exit $?');
  } else {
    lines.push(
      '  leakguard_input=$(cat)',
      '  printf \'%s\\n\' "$leakguard_input" | "$leakguard_bin" pre-push "$@" || exit $?',
      '  exec <<LEAKGUARD_INPUT',
      '$leakguard_input',
      'LEAKGUARD_INPUT',
    );
  }
  lines.push('fi', BLOCK_END);
  return `${lines.join('\n')}\n`;
}

/** True when leakguard is already wired into this hook file's text (any of the forms above). */
export function hasLeakguard(text: string): boolean {
  return text.includes(BLOCK_START) || /\bleakguard(?:\/\.bin\/leakguard)? (?:staged|pre-push)\b/.test(text) || text.includes('# leakguard pre-');
}

/** A hook we can safely edit as text: a POSIX-family shell script (or no shebang: git runs it with sh). */
export function isShellScript(text: string): boolean {
  const first = text.split('\n', 1)[0] ?? '';
  if (!first.startsWith('#!')) return !text.includes('\0');
  return /\b(sh|bash|dash|zsh|ksh|ash)\b/.test(first);
}
