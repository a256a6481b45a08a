import type { CompiledRule } from './rules/compile-rule.js';

/**
 * Prefixes a provider owns: `ghr_`, `glpat-`, `xoxb-`, `sk-ant-` begin the `(?<secret>...)` group of a
 * provider rule as a literal. A value carrying one is that provider's token or a broken copy of it
 * (`ghr_16C7e42F292c69`, too short for a refresh token): when the provider rule did not accept it, a
 * generic rule must not report it again under a vaguer name. Only distinctive prefixes count: the
 * credential words some providers also start with (`api-`, `key-`, `secret-`, `live_`) are everybody's.
 */
const SECRET_GROUP_PREFIX = /^(?:\(\?i\))?.*?\(\?<secret>((?:[A-Za-z0-9]|\\-){2,12}(?:_|-|\\-)(?:(?:[A-Za-z0-9]|\\-){1,12}(?:_|-|\\-))?)/;
const SHARED_WORDS = new Set(['api', 'key', 'secret', 'access', 'token', 'live', 'test', 'pat', 'pa', 'sdk', 'ops', 'auth', 'private', 'public', 'ico', 'a3', 're', 'sk', 'pk']);

export function providerPrefixes(rules: readonly CompiledRule[]): string[] {
  const prefixes = new Set<string>();
  for (const rule of rules) {
    if (rule.strength) continue; // generic rules own no prefix
    const m = SECRET_GROUP_PREFIX.exec(rule.spec.regex);
    if (!m) continue;
    const prefix = m[1]!.replace(/\\-/g, '-');
    const stem = prefix.split(/[_-]/)[0]!.toLowerCase();
    if (SHARED_WORDS.has(stem) && prefix.length <= stem.length + 1) continue;
    prefixes.add(prefix);
  }
  return [...prefixes];
}

/** A predicate over values: does it start with a prefix some provider owns? */
export function createOwnedPrefixTest(rules: readonly CompiledRule[]): (value: string) => boolean {
  const prefixes = providerPrefixes(rules);
  if (prefixes.length === 0) return () => false;
  const owned = new RegExp(`^(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return (value) => owned.test(value);
}
