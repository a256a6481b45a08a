import { parseArgs } from 'node:util';
import { UsageError } from '../../engine/errors.js';
import { generateKey, hashKey } from '../../keygen/generate-key.js';
import { KEY_BITS, keyLength, NAME_PATTERN } from '../../keygen/key-format.js';
import { keyRuleToml } from '../../keygen/key-rule.js';
import { EXIT_CLEAN, type Command } from '../cli-context.js';
import { VERSION } from '../version.js';

export const KEYGEN_HELP = `usage: leakguard keygen --prefix NAME --env ENV [--count N] [--format text|json] [--hash]
       leakguard keygen --rule --prefix NAME [--env ENV[,ENV...]]

Issue API keys that scanners can recognise offline: NAME_ENV_ then 43 random base62
characters (256 bits from node:crypto) and a 6-character CRC-32 checksum of them.
NAME and ENV: 2 to 16 lowercase letters or digits, starting with a letter.

      --prefix NAME        product name that starts every key (acme)
      --env ENV            environment (live, test, prod, ...)
  -n, --count N            how many keys (1 to 1000, default 1)
  -f, --format text|json   text: one key per line; json: a document with every key
      --hash               also print each key's SHA-256 (hex): store that, never the key
      --rule               print a [[rules]] block for leakguard.toml that finds exactly
                           these keys and ignores look-alikes whose checksum fails
  exit codes: 0 done, 2 bad input`;

const OPTIONS = {
  prefix: { type: 'string' },
  env: { type: 'string' },
  count: { type: 'string', short: 'n' },
  format: { type: 'string', short: 'f' },
  hash: { type: 'boolean' },
  rule: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MAX_COUNT = 1000;
// Stripe (and services copying it) use sk_/pk_/rk_ with _live_/_test_: keys with these prefixes would be
// taken for theirs, and the built-in generic-prefixed-api-key rule leaves them to provider rules.
const RESERVED_PREFIXES = new Set(['sk', 'pk', 'rk']);

export const keygenCommand: Command = async (argv, ctx) => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (error) {
    throw new UsageError(`leakguard keygen: ${(error as Error).message.split('\n')[0]} (see \`leakguard keygen --help\`)`);
  }
  const { values } = parsed;
  if (values.help) {
    ctx.stdout.write(`${KEYGEN_HELP}\n`);
    return EXIT_CLEAN;
  }
  const prefix = checkName('--prefix', values.prefix);
  if (RESERVED_PREFIXES.has(prefix)) throw new UsageError(`leakguard keygen: --prefix "${prefix}" is taken by Stripe-style keys (sk_live_, pk_test_); choose your product's name`);

  if (values.rule) {
    const extra = (['count', 'format', 'hash'] as const).filter((k) => values[k] !== undefined);
    if (extra.length > 0) throw new UsageError(`leakguard keygen: --rule prints a TOML block; --${extra[0]} does not apply to it`);
    const envs = values.env === undefined ? undefined : [...new Set(values.env.split(','))].map((e) => checkName('--env', e));
    ctx.stdout.write(keyRuleToml({ prefix, envs }));
    return EXIT_CLEAN;
  }

  if (values.env === undefined) throw new UsageError('leakguard keygen: --env is required (for example --env live or --env test)');
  const env = checkName('--env', values.env);
  const count = parseCount(values.count);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`leakguard keygen: --format must be text or json, not "${format}"`);

  const keys = Array.from({ length: count }, () => generateKey(prefix, env));
  if (format === 'json') {
    const doc = {
      schemaVersion: 1,
      tool: { name: 'leakguard', version: VERSION },
      command: 'keygen',
      prefix,
      env,
      length: keyLength(prefix, env),
      bits: Math.floor(KEY_BITS),
      checksum: 'crc32-base62',
      keys: keys.map((key) => (values.hash ? { key, sha256: hashKey(key) } : { key })),
    };
    ctx.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const key of keys) ctx.stdout.write(values.hash ? `${key}  sha256:${hashKey(key)}\n` : `${key}\n`);
  }
  return EXIT_CLEAN;
};

function checkName(flag: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`leakguard keygen: ${flag} is required (see \`leakguard keygen --help\`)`);
  if (!NAME_PATTERN.test(value)) {
    throw new UsageError(`leakguard keygen: ${flag} "${value}" must be 2 to 16 lowercase letters or digits, starting with a letter`);
  }
  return value;
}

function parseCount(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_COUNT) throw new UsageError(`leakguard keygen: --count must be a whole number from 1 to ${MAX_COUNT}, not "${value}"`);
  return n;
}
