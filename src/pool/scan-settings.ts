import type { ScannerOptions } from '../engine/scanner.js';
import type { GlobalAllowlist, RuleSpec } from '../engine/types.js';

/** Everything a scanner is built from: plain data, so it can be sent to worker threads. */
export interface ScanSettings {
  rules: RuleSpec[];
  allowlist: GlobalAllowlist;
  /** Ids of rules whose path conditions are applied per place afterwards (ScannerOptions.placeScopedRules). */
  placeScopedRules?: string[];
}

/** The scanner options of these settings. */
export function scannerOptions(settings: ScanSettings): ScannerOptions {
  return { allowlist: settings.allowlist, ...(settings.placeScopedRules && { placeScopedRules: new Set(settings.placeScopedRules) }) };
}
