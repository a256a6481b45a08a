import type { Command } from '../cli-context.js';

/**
 * Every command, loaded on demand: the pre-commit hook pays only for `staged`, not for the Action
 * or the history audit. Add a command here with one line.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  scan: { summary: 'scan files and directories', load: async () => (await import('./scan.js')).scanCommand },
  baseline: { summary: 'write a baseline of current findings', load: async () => (await import('./baseline.js')).baselineCommand },
  keygen: { summary: 'issue API keys with a checksum scanners can verify, or print their rule', load: async () => (await import('./keygen.js')).keygenCommand },
  rules: { summary: 'list the rules, or check rule files and their examples', load: async () => (await import('./rules.js')).rulesCommand },
};
