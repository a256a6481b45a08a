import { Minimatch } from 'minimatch';
import { validators, type Validator } from '../checksum.js';
import { strengthChecks, type StrengthCheck } from '../strength.js';
import { groupIndexes } from './group-index.js';
import { startsAtKeyword } from './starts-at-keyword.js';
import type { Confidence, RuleSpec, Severity } from '../types.js';

/** A rule ready to run: lowercased keywords, lazily compiled regex, compiled path globs. */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly id: string;
  readonly keywords: readonly string[];
  readonly entropy: number;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly before: number;
  readonly after: number;
  readonly validator: Validator | undefined;
  /** Matches that fail the validator are dropped, not reported at low confidence. */
  readonly requireValid: boolean;
  /** The generic value check the rule names, if any (see strength.ts). */
  readonly strength: StrengthCheck | undefined;
  /** Numbers of the `secret` and `name` capture groups (see group-index.ts); -1 when absent. */
  readonly secretGroup: number;
  readonly nameGroup: number;
  /** Every match begins where a keyword begins (see starts-at-keyword.ts): try the regex only there. */
  readonly anchored: boolean;
  /** Compiled on first use, then shared: most rules never see their keyword in a given run. */
  regex(): RegExp;
  /** The same regex, sticky: matches only at its lastIndex (made once for anchored rules). */
  stickyRegex(): RegExp;
  appliesTo(path: string): boolean;
  isAllowed(secret: string): boolean;
}

const DEFAULT_BEFORE = 256;
const DEFAULT_AFTER = 512;

export function compileRule(spec: RuleSpec): CompiledRule {
  let compiled: RegExp | undefined;
  const caseInsensitive = spec.regex.startsWith('(?i)');
  const source = caseInsensitive ? spec.regex.slice(4) : spec.regex;
  // Path globs are compiled when a rule first meets a path: building every rule's matchers took 8 ms
  // of a pre-commit hook that checks one file against a handful of rules.
  let matchers: { includes: Minimatch[] | undefined; excludes: Minimatch[] | undefined } | undefined;
  const glob = (p: string) => new Minimatch(p, { dot: true, matchBase: !p.includes('/') });
  const allowRegexes = spec.allowlist?.regexes?.map((r) => new RegExp(r));
  const stopwords = spec.allowlist?.stopwords?.map((s) => s.toLowerCase());
  const anchored = startsAtKeyword(spec.regex, spec.keywords);
  const groups = groupIndexes(source);
  // Made now (V8 compiles a regex on its first match, so this only parses it): constructing it on
  // first use in the scanner's hot loop made V8 throw that loop's optimised code away for each rule.
  const sticky = anchored ? new RegExp(source, caseInsensitive ? 'dyi' : 'dy') : undefined;
  return {
    spec,
    id: spec.id,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    entropy: spec.entropy,
    severity: spec.severity ?? 'high',
    confidence: spec.confidence ?? 'medium',
    before: spec.window?.before ?? DEFAULT_BEFORE,
    after: spec.window?.after ?? DEFAULT_AFTER,
    validator: spec.validate ? validators[spec.validate] : undefined,
    requireValid: spec.requireValid === true,
    strength: spec.strength ? strengthChecks[spec.strength] : undefined,
    secretGroup: groups.get('secret') ?? -1,
    nameGroup: groups.get('name') ?? -1,
    anchored,
    regex() {
      compiled ??= new RegExp(source, caseInsensitive ? 'dgi' : 'dg');
      return compiled;
    },
    stickyRegex() {
      return sticky ?? new RegExp(source, caseInsensitive ? 'dyi' : 'dy');
    },
    appliesTo(path) {
      matchers ??= { includes: spec.paths?.map(glob), excludes: spec.allowlist?.paths?.map(glob) };
      if (matchers.includes && !matchers.includes.some((m) => m.match(path))) return false;
      if (matchers.excludes?.some((m) => m.match(path))) return false;
      return true;
    },
    isAllowed(secret) {
      if (allowRegexes?.some((r) => r.test(secret))) return true;
      if (stopwords) {
        const lower = secret.toLowerCase();
        if (stopwords.some((s) => lower.includes(s))) return true;
      }
      return false;
    },
  };
}
