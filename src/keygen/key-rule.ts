import { randomBase62 } from '../engine/rules/expand-example.js';
import { BASE62 } from '../engine/crc32.js';
import { BODY_LENGTH, formatKey, TAIL_LENGTH } from './key-format.js';

export interface KeyRuleOptions {
  prefix: string;
  /** Environments the rule accepts; any well-formed environment name when absent. */
  envs?: readonly string[];
}

/**
 * A `[[rules]]` block for leakguard.toml that finds exactly the keys `leakguard keygen --prefix P`
 * makes: the regex starts at the literal prefix and is bounded to the fixed key length, and
 * `require_valid` drops every match whose checksum fails (a look-alike, a typo, a truncated copy).
 */
export function keyRuleToml({ prefix, envs }: KeyRuleOptions): string {
  const envPattern = envs && envs.length > 0 ? (envs.length === 1 ? envs[0]! : `(?:${envs.join('|')})`) : '[a-z][a-z0-9]{1,15}';
  const keywords = envs && envs.length > 0 ? envs.map((e) => `${prefix}_${e}_`) : [`${prefix}_`];
  const exampleEnvs = envs && envs.length > 0 ? envs : ['live', 'test'];
  const examples = [
    `${prefix.toUpperCase()}_API_KEY=@@crc32:${prefix}_${exampleEnvs[0]}_:${BODY_LENGTH}@@`,
    `headers = { "Authorization": "Bearer @@crc32:${prefix}_${exampleEnvs[exampleEnvs.length - 1]}_:${BODY_LENGTH}@@" }`,
  ];
  const negatives = [lookAlike(prefix, exampleEnvs[0]!), `${prefix}_${exampleEnvs[0]}_${randomBase62(20)}`];
  const name = `${prefix[0]!.toUpperCase()}${prefix.slice(1)} API key`;
  return [
    `# Keys issued by \`leakguard keygen --prefix ${prefix}\`: ${prefix}_<env>_ then ${BODY_LENGTH} random base62 characters`,
    `# and the CRC-32 of those ${BODY_LENGTH} in ${TAIL_LENGTH - BODY_LENGTH} base62 digits. Matches whose checksum fails are not reported.`,
    `# The built-in rule generic-prefixed-api-key also sees *_live_/*_prod_/*_test_ keys and reports look-alikes at`,
    `# low confidence; add disable = ["generic-prefixed-api-key"] at the top of leakguard.toml to rely on this rule alone.`,
    '[[rules]]',
    `id = "${prefix}-api-key"`,
    `name = "${name}"`,
    `description = "An API key issued by ${prefix}: it acts as the account or service it was issued to. Revoke it and issue a new one; store only its SHA-256."`,
    `regex = '''\\b(?<secret>${prefix}_${envPattern}_[0-9A-Za-z]{${TAIL_LENGTH}})(?![0-9A-Za-z])'''`,
    `keywords = [${keywords.map((k) => `"${k}"`).join(', ')}]`,
    'entropy = 3.5',
    'validate = "prefix-crc32"',
    'require_valid = true',
    'severity = "critical"',
    `examples = [${examples.map((e) => `'${e}'`).join(', ')}]`,
    `negative_examples = [${negatives.map((e) => `'${e}'`).join(', ')}]`,
    '',
  ].join('\n');
}

/** A key of the right shape whose checksum fails: one body character changed. */
function lookAlike(prefix: string, env: string): string {
  const key = formatKey(prefix, env, randomBase62(BODY_LENGTH));
  const at = key.length - TAIL_LENGTH;
  const swapped = BASE62[(BASE62.indexOf(key[at]!) + 1) % BASE62.length]!;
  return key.slice(0, at) + swapped + key.slice(at + 1);
}
