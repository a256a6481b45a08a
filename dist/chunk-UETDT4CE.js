import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/cli/common-option-table.ts
var COMMON_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  baseline: { type: "string" },
  "no-redact": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};

export {
  COMMON_OPTIONS
};
