import type { ParseArgsConfig } from 'node:util';

/**
 * The flags every scanning command shares; users script against them, so they stay stable. Kept apart
 * from the parser (common-options.ts), which loads the report formats, so that the command registry can
 * read them before any command loads (see registry.ts).
 */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-redact': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
