import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/cli/version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  VERSION
};
