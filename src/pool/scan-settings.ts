import type { GlobalAllowlist, RuleSpec } from '../engine/types.js';

/** Everything a scanner is built from: plain data, so it can be sent to worker threads. */
export interface ScanSettings {
  rules: RuleSpec[];
  allowlist: GlobalAllowlist;
}
