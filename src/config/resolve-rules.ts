import { checkUniqueIds, ConfigError, type RuleSpec } from '../engine/index.js';
import type { ConfigFile } from './config-file.js';

/** Built-in rules with the config applied: overrides, disabled ids removed, extra rules added. */
export function resolveRules(builtin: readonly RuleSpec[], config: ConfigFile): RuleSpec[] {
  const known = new Set([...builtin.map((r) => r.id), ...config.rules.map((r) => r.id)]);
  const unknown = [...config.disable, ...Object.keys(config.overrides)].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`${config.path}: no rule has the id ${unknown.map((id) => `"${id}"`).join(', ')} (run \`leakguard rules\` to list them)`);
  const disabled = new Set(config.disable);
  const rules = [...builtin, ...config.rules]
    .filter((r) => !disabled.has(r.id))
    .map((r) => {
      const o = config.overrides[r.id];
      return o ? { ...r, ...(o.entropy !== undefined && { entropy: o.entropy }), ...(o.severity && { severity: o.severity }) } : r;
    });
  checkUniqueIds(rules);
  return rules;
}
