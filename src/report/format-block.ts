import type { Finding } from '../engine/types.js';
import type { Style } from './colors.js';
import { shownSecret } from './report-input.js';

/**
 * Every sentence a hook prints when it stops a commit or a push, in one place so the wording stays
 * consistent and reviewable. Pure: the CLI decides colour and where it goes.
 */
export interface BlockInput {
  /** 'commit' for the pre-commit hook, 'push' for pre-push. */
  action: 'commit' | 'push';
  findings: readonly Finding[];
  redact: boolean;
  /** How to invoke leakguard in a command the user can paste: `npx leakguard`, `leakguard`, `node "/…/cli.js"`. */
  invocation: string;
  /** The baseline file, as the user should name it (repo-relative). */
  baselinePath: string;
}

export function formatBlock(input: BlockInput, style: Style): string {
  const { findings, action } = input;
  const n = findings.length;
  const what = `${n} ${n === 1 ? 'secret' : 'secrets'}`;
  const out: string[] = [
    style.red(style.bold(action === 'commit' ? `leakguard: commit stopped: the staged changes add ${what}` : `leakguard: push stopped: the commits being pushed add ${what}`)),
    '',
  ];
  for (const f of findings) {
    out.push(`  ${style.bold(`${f.path}:${f.line}`)}  ${f.ruleName} ${style.dim(`[${f.ruleId}]`)}`);
    out.push(`    secret: ${shownSecret(f, input.redact)}`);
    if (f.commit) out.push(`    commit: ${f.commit.sha.slice(0, 12)} ${f.commit.summary}`);
  }
  const them = n === 1 ? 'it' : 'them';
  out.push('', 'Ways out, in this order:');
  if (action === 'commit') {
    out.push(`  1. Remove the ${n === 1 ? 'secret' : 'secrets'} from the staged content (edit, then \`git add\` again).`);
  } else {
    out.push(`  1. Remove the ${n === 1 ? 'secret' : 'secrets'} from the commits being pushed (rewrite ${them}, e.g. \`git rebase -i\`).`);
  }
  out.push(`     If ${n === 1 ? 'it has' : 'one has'} ever left this machine, rotate ${them} too: deleting is not enough.`);
  out.push(`  2. If ${n === 1 ? 'it is' : 'one is'} not a secret: put ${style.bold('leakguard:allow')} in a comment on that line,`);
  out.push(`     or add ${n === 1 ? 'its fingerprint' : 'their fingerprints'} to the baseline (then \`git add ${input.baselinePath}\`):`);
  for (const f of findings) out.push(`       ${acceptCommand(input.invocation, f, input.baselinePath)}`);
  out.push(`  3. Last resort, skipping every check: ${style.bold(action === 'commit' ? 'git commit --no-verify' : 'git push --no-verify')}`);
  return `${out.join('\n')}\n`;
}

/** The exact command that adds a finding to the baseline (see cli/commands/accept.ts). */
export function acceptCommand(invocation: string, f: Finding, baselinePath: string): string {
  const file = baselinePath === '.leakguard-baseline.json' ? '' : ` --baseline ${shellQuote(baselinePath)}`;
  return `${invocation} accept ${f.fingerprint} --rule ${f.ruleId} --path ${shellQuote(f.path)}${file}`;
}

/** Quote for POSIX shells when needed; paths with spaces or quotes must paste correctly. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
