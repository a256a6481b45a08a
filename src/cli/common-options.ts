import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../engine/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/format-report.js';
import { COMMON_OPTIONS } from './common-option-table.js';

/** The flags every scanning command shares; users script against them, so they stay stable. */
export interface CommonOptions {
  format: ReportFormat;
  output: string | undefined;
  config: string | undefined;
  baseline: string | undefined;
  redact: boolean;
}

export { COMMON_OPTIONS } from './common-option-table.js';

export const COMMON_HELP = `  -f, --format text|json|sarif   report format (default text)
  -o, --output FILE              write the report to FILE instead of standard output
  -c, --config FILE              config file (default: leakguard.toml at the root)
      --baseline FILE            hide findings listed in this baseline file
      --no-redact                show secrets in full (default: redacted everywhere)`;

/** Parse argv with the common flags plus a command's own; unknown flags are a UsageError. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], own: T) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...own }, allowPositionals: true, strict: true });
    return parsed;
  } catch (error) {
    throw new UsageError(`leakguard ${command}: ${(error as Error).message.split('\n')[0]} (see \`leakguard ${command} --help\`)`);
  }
}

export function commonOptions(command: string, values: Record<string, unknown>): CommonOptions {
  const format = (values.format as string | undefined) ?? 'text';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(`leakguard ${command}: --format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  }
  return {
    format: format as ReportFormat,
    output: values.output as string | undefined,
    config: values.config as string | undefined,
    baseline: values.baseline as string | undefined,
    redact: !values['no-redact'],
  };
}
