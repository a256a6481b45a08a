import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS
} from "./chunk-UETDT4CE.js";
import {
  REPORT_FORMATS
} from "./chunk-LQ4OAWDE.js";
import {
  UsageError
} from "./chunk-E6TSIIIV.js";

// src/cli/common-options.ts
import { parseArgs } from "node:util";
var COMMON_HELP = `  -f, --format text|json|sarif   report format (default text)
  -o, --output FILE              write the report to FILE instead of standard output
  -c, --config FILE              config file (default: leakguard.toml at the root)
      --baseline FILE            hide findings listed in this baseline file
      --no-redact                show secrets in full (default: redacted everywhere)`;
function parseCommand(command, argv, own) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...own }, allowPositionals: true, strict: true });
    return parsed;
  } catch (error) {
    throw new UsageError(`leakguard ${command}: ${error.message.split("\n")[0]} (see \`leakguard ${command} --help\`)`);
  }
}
function commonOptions(command, values) {
  const format = values.format ?? "text";
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(`leakguard ${command}: --format must be one of ${REPORT_FORMATS.join(", ")}, not "${format}"`);
  }
  return {
    format,
    output: values.output,
    config: values.config,
    baseline: values.baseline,
    redact: !values["no-redact"]
  };
}

export {
  COMMON_HELP,
  parseCommand,
  commonOptions
};
