/** The engine's public surface: everything the sources, reporters and entry points may use. */
export { createScanner, type Scanner, type ScannerOptions } from './scanner.js';
export { parseRuleFile, parseRuleTables, checkUniqueIds } from './rules/parse-rule-file.js';
export { checkRuleExamples, type ExampleFailure } from './rules/check-examples.js';
export { redactSecret } from './redact.js';
export { fingerprintOf } from './fingerprint.js';
export * from './types.js';
export * from './errors.js';
