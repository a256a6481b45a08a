import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN
} from "./chunk-SUJUIZ3C.js";
import {
  randomBase62
} from "./chunk-YPGOYIRK.js";
import {
  UsageError
} from "./chunk-E6TSIIIV.js";
import {
  BASE62,
  base62,
  crc32
} from "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/keygen.ts
import { parseArgs } from "node:util";

// src/keygen/generate-key.ts
import { createHash } from "node:crypto";

// src/keygen/key-format.ts
var BODY_LENGTH = 43;
var CHECKSUM_LENGTH = 6;
var TAIL_LENGTH = BODY_LENGTH + CHECKSUM_LENGTH;
var KEY_BITS = BODY_LENGTH * Math.log2(62);
var NAME_PATTERN = /^[a-z][a-z0-9]{1,15}$/;
function keyChecksum(body) {
  return base62(crc32(body), CHECKSUM_LENGTH);
}
function formatKey(prefix, env, body) {
  return `${prefix}_${env}_${body}${keyChecksum(body)}`;
}
function keyLength(prefix, env) {
  return prefix.length + env.length + 2 + TAIL_LENGTH;
}

// src/keygen/generate-key.ts
function generateKey(prefix, env) {
  return formatKey(prefix, env, randomBase62(BODY_LENGTH));
}
function hashKey(key) {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

// src/keygen/key-rule.ts
function keyRuleToml({ prefix, envs }) {
  const envPattern = envs && envs.length > 0 ? envs.length === 1 ? envs[0] : `(?:${envs.join("|")})` : "[a-z][a-z0-9]{1,15}";
  const keywords = envs && envs.length > 0 ? envs.map((e) => `${prefix}_${e}_`) : [`${prefix}_`];
  const exampleEnvs = envs && envs.length > 0 ? envs : ["live", "test"];
  const examples = [
    `${prefix.toUpperCase()}_API_KEY=@@crc32:${prefix}_${exampleEnvs[0]}_:${BODY_LENGTH}@@`,
    `headers = { "Authorization": "Bearer @@crc32:${prefix}_${exampleEnvs[exampleEnvs.length - 1]}_:${BODY_LENGTH}@@" }`
  ];
  const negatives = [lookAlike(prefix, exampleEnvs[0]), `${prefix}_${exampleEnvs[0]}_${randomBase62(20)}`];
  const name = `${prefix[0].toUpperCase()}${prefix.slice(1)} API key`;
  return [
    `# Keys issued by \`leakguard keygen --prefix ${prefix}\`: ${prefix}_<env>_ then ${BODY_LENGTH} random base62 characters`,
    `# and the CRC-32 of those ${BODY_LENGTH} in ${TAIL_LENGTH - BODY_LENGTH} base62 digits. Matches whose checksum fails are not reported.`,
    `# The built-in rule generic-prefixed-api-key also sees *_live_/*_prod_/*_test_ keys and reports look-alikes at`,
    `# low confidence; add disable = ["generic-prefixed-api-key"] at the top of leakguard.toml to rely on this rule alone.`,
    "[[rules]]",
    `id = "${prefix}-api-key"`,
    `name = "${name}"`,
    `description = "An API key issued by ${prefix}: it acts as the account or service it was issued to. Revoke it and issue a new one; store only its SHA-256."`,
    `regex = '''\\b(?<secret>${prefix}_${envPattern}_[0-9A-Za-z]{${TAIL_LENGTH}})(?![0-9A-Za-z])'''`,
    `keywords = [${keywords.map((k) => `"${k}"`).join(", ")}]`,
    "entropy = 3.5",
    'validate = "prefix-crc32"',
    "require_valid = true",
    'severity = "critical"',
    `examples = [${examples.map((e) => `'${e}'`).join(", ")}]`,
    `negative_examples = [${negatives.map((e) => `'${e}'`).join(", ")}]`,
    ""
  ].join("\n");
}
function lookAlike(prefix, env) {
  const key = formatKey(prefix, env, randomBase62(BODY_LENGTH));
  const at = key.length - TAIL_LENGTH;
  const swapped = BASE62[(BASE62.indexOf(key[at]) + 1) % BASE62.length];
  return key.slice(0, at) + swapped + key.slice(at + 1);
}

// src/cli/commands/keygen.ts
var KEYGEN_HELP = `usage: leakguard keygen --prefix NAME --env ENV [--count N] [--format text|json] [--hash]
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
var OPTIONS = {
  prefix: { type: "string" },
  env: { type: "string" },
  count: { type: "string", short: "n" },
  format: { type: "string", short: "f" },
  hash: { type: "boolean" },
  rule: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var MAX_COUNT = 1e3;
var RESERVED_PREFIXES = /* @__PURE__ */ new Set(["sk", "pk", "rk"]);
var keygenCommand = async (argv, ctx) => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (error) {
    throw new UsageError(`leakguard keygen: ${error.message.split("\n")[0]} (see \`leakguard keygen --help\`)`);
  }
  const { values } = parsed;
  if (values.help) {
    ctx.stdout.write(`${KEYGEN_HELP}
`);
    return EXIT_CLEAN;
  }
  const prefix = checkName("--prefix", values.prefix);
  if (RESERVED_PREFIXES.has(prefix)) throw new UsageError(`leakguard keygen: --prefix "${prefix}" is taken by Stripe-style keys (sk_live_, pk_test_); choose your product's name`);
  if (values.rule) {
    const extra = ["count", "format", "hash"].filter((k) => values[k] !== void 0);
    if (extra.length > 0) throw new UsageError(`leakguard keygen: --rule prints a TOML block; --${extra[0]} does not apply to it`);
    const envs = values.env === void 0 ? void 0 : [...new Set(values.env.split(","))].map((e) => checkName("--env", e));
    ctx.stdout.write(keyRuleToml({ prefix, envs }));
    return EXIT_CLEAN;
  }
  if (values.env === void 0) throw new UsageError("leakguard keygen: --env is required (for example --env live or --env test)");
  const env = checkName("--env", values.env);
  const count = parseCount(values.count);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`leakguard keygen: --format must be text or json, not "${format}"`);
  const keys = Array.from({ length: count }, () => generateKey(prefix, env));
  if (format === "json") {
    const doc = {
      schemaVersion: 1,
      tool: { name: "leakguard", version: VERSION },
      command: "keygen",
      prefix,
      env,
      length: keyLength(prefix, env),
      bits: Math.floor(KEY_BITS),
      checksum: "crc32-base62",
      keys: keys.map((key) => values.hash ? { key, sha256: hashKey(key) } : { key })
    };
    ctx.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
  } else {
    for (const key of keys) ctx.stdout.write(values.hash ? `${key}  sha256:${hashKey(key)}
` : `${key}
`);
  }
  return EXIT_CLEAN;
};
function checkName(flag, value) {
  if (value === void 0) throw new UsageError(`leakguard keygen: ${flag} is required (see \`leakguard keygen --help\`)`);
  if (!NAME_PATTERN.test(value)) {
    throw new UsageError(`leakguard keygen: ${flag} "${value}" must be 2 to 16 lowercase letters or digits, starting with a letter`);
  }
  return value;
}
function parseCount(value) {
  if (value === void 0) return 1;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_COUNT) throw new UsageError(`leakguard keygen: --count must be a whole number from 1 to ${MAX_COUNT}, not "${value}"`);
  return n;
}
export {
  KEYGEN_HELP,
  keygenCommand
};
