import { isKnownValidator } from '../checksum.js';
import { isKnownStrength } from '../strength.js';
import type { Confidence, RuleAllowlist, RuleSpec, Severity } from '../types.js';
import { findBacktrackingRisk } from './check-regex-safety.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const KNOWN_FIELDS = new Set([
  'id', 'name', 'description', 'regex', 'keywords', 'entropy', 'paths', 'allowlist', 'severity',
  'confidence', 'validate', 'require_valid', 'strength', 'declared_secret', 'window', 'references', 'examples', 'negative_examples',
]);

/**
 * Turn one `[[rules]]` table (as parsed from TOML) into a RuleSpec, collecting every problem
 * as `<source>: rule "<id>": <problem>` rather than stopping at the first.
 */
export function parseRuleSpec(raw: unknown, source: string, index: number, problems: string[]): RuleSpec | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${source}: rules[${index}] must be a table`);
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const label = typeof r.id === 'string' && r.id ? `rule "${r.id}"` : `rules[${index}]`;
  const before = problems.length;
  const fail = (message: string): void => void problems.push(`${source}: ${label}: ${message}`);

  for (const key of Object.keys(r)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field "${key}"`);

  const id = str(r.id);
  if (!id) fail('"id" is required');
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('"id" must be kebab-case (lowercase letters, digits and dashes)');
  const name = str(r.name);
  if (!name) fail('"name" is required');
  const description = str(r.description);
  if (!description) fail('"description" is required: say what the secret grants');

  const regex = str(r.regex);
  if (!regex) fail('"regex" is required');
  else {
    const body = regex.startsWith('(?i)') ? regex.slice(4) : regex;
    try {
      new RegExp(body, 'd');
      if (!/\(\?<secret>/.test(body)) fail('"regex" must have a named group (?<secret>...)');
      const risk = findBacktrackingRisk(body);
      if (risk) fail(`"regex": ${risk}`);
    } catch (error) {
      fail(`"regex" does not compile: ${(error as Error).message}`);
    }
  }

  const keywords = strList(r.keywords, '"keywords"', fail);
  if (keywords && keywords.length === 0) fail('"keywords" needs at least one keyword: the regex only runs near one');
  for (const k of keywords ?? []) {
    if (k.length < 2) fail(`keyword "${k}" is too short (at least 2 characters)`);
    if (!/^[\x20-\x7e]+$/.test(k)) fail(`keyword "${k}" must be printable ASCII`);
  }

  let entropy = 0;
  if (r.entropy !== undefined) {
    if (typeof r.entropy !== 'number' || !(r.entropy >= 0 && r.entropy <= 8)) fail('"entropy" must be a number between 0 and 8');
    else entropy = r.entropy;
  }

  const severity = r.severity === undefined ? undefined : (SEVERITIES.find((s) => s === r.severity) ?? void fail(`"severity" must be one of ${SEVERITIES.join(', ')}`));
  const confidence = r.confidence === undefined ? undefined : (CONFIDENCES.find((s) => s === r.confidence) ?? void fail(`"confidence" must be one of ${CONFIDENCES.join(', ')}`));
  const validate = r.validate === undefined ? undefined : str(r.validate);
  if (r.validate !== undefined && (!validate || !isKnownValidator(validate))) fail(`"validate" names no known check: "${String(r.validate)}"`);
  if (r.require_valid !== undefined && (typeof r.require_valid !== 'boolean' || r.validate === undefined)) fail('"require_valid" must be true or false, with "validate" naming the check');

  const strength = r.strength === undefined ? undefined : str(r.strength);
  if (r.strength !== undefined && (!strength || !isKnownStrength(strength))) fail(`"strength" names no known check: "${String(r.strength)}" (random, password, basic-auth, by-name, stored, url-password, login-literal)`);

  if (r.declared_secret !== undefined && typeof r.declared_secret !== 'boolean') fail('"declared_secret" must be true or false');

  let window: RuleSpec['window'];
  if (r.window !== undefined) {
    const w = r.window as Record<string, unknown>;
    const ok = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65536);
    if (typeof w !== 'object' || w === null || !ok(w.before) || !ok(w.after)) fail('"window" must be { before = N, after = N } with N between 0 and 65536');
    else window = { before: w.before as number | undefined, after: w.after as number | undefined };
  }

  const paths = r.paths === undefined ? undefined : strList(r.paths, '"paths"', fail);
  const allowlist = parseAllowlist(r.allowlist, fail);
  const references = r.references === undefined ? [] : (strList(r.references, '"references"', fail) ?? []);
  const examples = r.examples === undefined ? [] : (strList(r.examples, '"examples"', fail) ?? []);
  const negativeExamples = r.negative_examples === undefined ? [] : (strList(r.negative_examples, '"negative_examples"', fail) ?? []);

  if (problems.length > before || !id || !name || !description || !regex || !keywords) return undefined;
  const spec: RuleSpec = { id, name, description, regex, keywords, entropy, references, examples, negativeExamples, source };
  if (paths) spec.paths = paths;
  if (allowlist) spec.allowlist = allowlist;
  if (severity) spec.severity = severity;
  if (confidence) spec.confidence = confidence;
  if (validate) spec.validate = validate;
  if (r.require_valid === true) spec.requireValid = true;
  if (strength) spec.strength = strength;
  if (r.declared_secret === true) spec.declaredSecret = true;
  if (window) spec.window = window;
  return spec;
}

function parseAllowlist(raw: unknown, fail: (m: string) => void): RuleAllowlist | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('"allowlist" must be a table with regexes, stopwords and paths');
    return undefined;
  }
  const a = raw as Record<string, unknown>;
  for (const key of Object.keys(a)) if (!['regexes', 'stopwords', 'paths'].includes(key)) fail(`unknown field "allowlist.${key}"`);
  const out: RuleAllowlist = {};
  if (a.regexes !== undefined) {
    out.regexes = strList(a.regexes, '"allowlist.regexes"', fail) ?? [];
    for (const re of out.regexes) {
      try {
        new RegExp(re);
      } catch (error) {
        fail(`"allowlist.regexes" entry does not compile: ${(error as Error).message}`);
      }
    }
  }
  if (a.stopwords !== undefined) out.stopwords = strList(a.stopwords, '"allowlist.stopwords"', fail) ?? [];
  if (a.paths !== undefined) out.paths = strList(a.paths, '"allowlist.paths"', fail) ?? [];
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function strList(v: unknown, what: string, fail: (m: string) => void): string[] | undefined {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    fail(`${what} must be a list of strings`);
    return undefined;
  }
  return v as string[];
}
