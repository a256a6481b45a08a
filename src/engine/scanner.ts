import { Minimatch } from 'minimatch';
import { decoders, MAX_DECODED_TOTAL, MAX_DEPTH, MAX_ENCODED, type EncodedValue } from './decode.js';
import { shannonEntropy } from './entropy.js';
import { namedFileValues } from './named-file.js';
import { createOwnedPrefixTest } from './provider-prefix.js';
import { declaredSecretFilters, defaultFilters, type Candidate, type CandidateFilter } from './filters/index.js';
import { fingerprintOf } from './fingerprint.js';
import { createLocator, lineAround } from './locate.js';
import { createLazyPrefilter } from './lazy-prefilter.js';
import { ownString } from './own-string.js';
import type { KeywordHits, Prefilter } from './prefilter.js';
import { knownPrefix, maskIn, redactSecret } from './redact.js';
import { compileRule, type CompiledRule } from './rules/compile-rule.js';
import type { Confidence, Finding, Fragment, GlobalAllowlist, RuleSpec } from './types.js';
import { addWindow, widenToLines } from './windows.js';

export interface ScannerOptions {
  /** Project-wide allowlist from the config file. */
  allowlist?: GlobalAllowlist;
  /** False-positive filters; defaults to the built-in set. */
  filters?: readonly CandidateFilter[];
  /** Look inside base64 and percent-encoded values (default true; see decode.ts). */
  decode?: boolean;
  /**
   * Rules whose `paths` (and path allowlists) the caller applies to each place afterwards, their
   * conditions lifted here: history scans a blob once for every path it was committed at. A hit of
   * theirs then does not hide an overlapping hit of another rule: that one is reported too, marked
   * `shadowedBy`, for the caller to drop only where the hiding rule applies (as a scan of that path would).
   */
  placeScopedRules?: ReadonlySet<string>;
}

export interface Scanner {
  readonly rules: readonly CompiledRule[];
  /**
   * Every finding in the fragment that survives the filters, in text order. `keywordHits`, when given,
   * must be what `keywordSearch.search(fragment.text)` returns: a caller that already knows them (history
   * carries a version's hits into the next, see sources/carried-hits.ts) saves the search.
   */
  scan(fragment: Fragment, keywordHits?: KeywordHits): Finding[];
  /** The keyword search a scan starts with (hits index `keywordSearch.keywords`). */
  readonly keywordSearch: Prefilter;
  /** True when the global path allowlist excludes this path: sources can skip reading it. */
  isPathAllowed(path: string): boolean;
}

/** A match located in the fragment, before it becomes a Finding. */
interface Hit {
  rule: CompiledRule;
  secret: string;
  start: number;
  end: number;
  entropy: number;
  confidence: Confidence;
  /** The name the value was assigned to, for generic rules with a `(?<name>...)` group. */
  name?: string;
  /** True when the secret was found in decoded text; start..end is then the encoded text. */
  decoded?: boolean;
  /** For decoded hits: the decoded line holding the secret and the secret's offset in it. */
  inner?: { line: string; offset: number };
  /** The place-scoped rules whose overlapping hits outrank this one (see ScannerOptions.placeScopedRules). */
  shadowedBy?: string[];
  /** Where the rule's whole match starts (the secret's context included): settles ties, see beats. */
  matchStart?: number;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Build a scanner for a set of rules. Rules are validated data (see rules/parse-rule-spec.ts);
 * each regex is compiled once, on the first keyword hit that needs it.
 */
export function createScanner(specs: readonly RuleSpec[], options: ScannerOptions = {}): Scanner {
  const rules = specs.map(compileRule);
  const filters = options.filters ?? defaultFilters;
  const declaredFilters = options.filters ?? declaredSecretFilters;
  const hasOwnedPrefix = createOwnedPrefixTest(rules);

  // One automaton over the keywords of every rule and decoder; keyword index -> rules (and decoders,
  // numbered after the rules) that listed it.
  const keywordIndex = new Map<string, number>();
  const keywordRules: number[][] = [];
  const register = (keyword: string, r: number) => {
    let k = keywordIndex.get(keyword);
    if (k === undefined) {
      k = keywordRules.length;
      keywordIndex.set(keyword, k);
      keywordRules.push([]);
    }
    if (!keywordRules[k]!.includes(r)) keywordRules[k]!.push(r);
  };
  rules.forEach((rule, r) => rule.keywords.forEach((keyword) => register(keyword, r)));
  const useDecoders = rules.length > 0 && options.decode !== false;
  if (useDecoders) decoders.forEach((decoder, d) => decoder.keywords.forEach((keyword) => register(keyword.toLowerCase(), rules.length + d)));
  const keywords = [...keywordIndex.keys()];
  const keywordLengths = keywords.map((k) => k.length);
  const prefilter = createLazyPrefilter(keywords);

  const allow = options.allowlist;
  const allowPaths = allow?.paths.map((p) => new Minimatch(p, { dot: true, matchBase: !p.includes('/') })) ?? [];
  const allowRegexes = allow?.regexes.map((r) => new RegExp(r)) ?? [];
  const allowStopwords = allow?.stopwords.map((s) => s.toLowerCase()) ?? [];

  function isPathAllowed(path: string): boolean {
    return allowPaths.some((m) => m.match(path));
  }

  function isGloballyAllowed(secret: string): boolean {
    if (allowRegexes.some((r) => r.test(secret))) return true;
    if (allowStopwords.length > 0) {
      const lower = secret.toLowerCase();
      return allowStopwords.some((s) => lower.includes(s));
    }
    return false;
  }

  /** Decoded characters still allowed in the current fragment (bounded memory per scan). */
  let decodeBudget = 0;

  function findHits(text: string, path: string, depth: number, known?: KeywordHits): Hit[] {
    const found = known ?? prefilter.search(text);
    if (found.count === 0) return [];
    const { windows, touched } = collectTargets(found, text, path, depth);
    const hits: Hit[] = [];
    for (const r of touched) {
      const list = windows[r]!;
      if (r >= rules.length) {
        widenToLines(text, list);
        decodeIn(text, path, depth, decoders[r - rules.length]!, list, hits);
      } else if (rules[r]!.anchored) matchAtStarts(rules[r]!, text, list, hits);
      else matchInWindows(rules[r]!, text, list, hits);
    }
    return hits;
  }

  /**
   * Windows per rule (and decoder), as flat [start, end, start, end, ...] lists in text order; for a
   * rule anchored at its keywords, the keyword starts instead. Arrays indexed by rule, not Maps: this
   * loop runs once per keyword hit, a million times on 168 MB of code. Kept apart from the matching
   * (as are the matching loops from each other): each is a small unit for the JIT, which optimises it
   * again whenever it meets a path it has not run yet, once in every worker.
   */
  function collectTargets(found: KeywordHits, text: string, path: string, depth: number): { windows: number[][]; touched: number[] } {
    const windows: number[][] = [];
    const touched: number[] = [];
    const applies = new Int8Array(rules.length); // 0 not asked yet, 1 applies to this path, -1 not
    for (let h = 0; h < found.count; h++) {
      const k = found.keyword[h]!;
      const end = found.end[h]!;
      const start = end - keywordLengths[k]!;
      for (const r of keywordRules[k]!) {
        let before: number;
        let after: number;
        if (r < rules.length) {
          const rule = rules[r]!;
          if (applies[r] === 0) applies[r] = rule.appliesTo(path) ? 1 : -1;
          if (applies[r] === -1) continue;
          if (rule.anchored) {
            let list = windows[r];
            if (list === undefined) {
              windows[r] = list = [];
              touched.push(r);
            }
            list.push(start);
            continue;
          }
          before = rule.before;
          after = rule.after;
        } else {
          if (depth >= MAX_DEPTH || decodeBudget <= 0) continue;
          ({ before, after } = decoders[r - rules.length]!);
        }
        let list = windows[r];
        if (list === undefined) {
          windows[r] = list = [];
          touched.push(r);
        }
        addWindow(list, Math.max(0, start - before), Math.min(text.length, end + after));
      }
    }
    return { windows, touched };
  }

  /** A rule's regex over each of its windows (widened to whole lines). */
  function matchInWindows(rule: CompiledRule, text: string, list: number[], hits: Hit[]): void {
    widenToLines(text, list);
    const regex = rule.regex();
    for (let w = 0; w < list.length; w += 2) {
      const ws = list[w]!;
      const slice = text.slice(ws, list[w + 1]);
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(slice)) !== null) {
        if (m[0].length === 0) regex.lastIndex++;
        const resume = consider(rule, m, slice, ws, hits);
        if (resume >= 0) regex.lastIndex = resume;
      }
    }
  }

  /**
   * An anchored rule: one sticky match at each keyword start, in text order, skipping starts inside the
   * previous match as a scan would. Runs on the whole text: no window to slice.
   */
  function matchAtStarts(rule: CompiledRule, text: string, starts: number[], hits: Hit[]): void {
    for (let i = 1; i < starts.length; i++) {
      if (starts[i]! < starts[i - 1]!) {
        starts.sort((a, b) => a - b);
        break;
      }
    }
    const regex = rule.stickyRegex();
    let next = 0;
    for (const start of starts) {
      if (start < next) continue;
      regex.lastIndex = start;
      const m = regex.exec(text);
      if (m === null) continue;
      // Read before consider, on every match: a load first met in optimised code (here, once a rule's
      // match is first rejected without a resume point) throws that code away.
      const length = m[0].length;
      const resume = consider(rule, m, text, 0, hits);
      next = resume >= 0 ? resume : start + Math.max(1, length);
    }
  }

  /**
   * One regex match in `slice` (which starts at `ws` in the fragment): a Hit if it passes. Returns
   * where to look again when that is not the match's end, else -1.
   */
  function consider(rule: CompiledRule, m: RegExpExecArray, slice: string, ws: number, hits: Hit[]): number {
    if (rule.secretGroup < 0) return -1;
    const secret = m[rule.secretGroup];
    const span = m.indices?.[rule.secretGroup];
    if (!secret || !span) return -1;
    const nameSpan = rule.nameGroup < 0 ? undefined : m.indices?.[rule.nameGroup];
    const name = nameSpan ? fullName(slice, nameSpan[0], nameSpan[1]) : '';
    // `arn:aws:secretsmanager:*:*:secret:name`, `AWS::ApiGateway::ApiKey`: a segment of a path,
    // not a name something is assigned to.
    if (nameSpan && isPathSegment(slice, nameSpan[1] - name.length)) return -1;
    const hit = evaluate(rule, secret, ws + span[0], ws + span[1], name);
    if (hit) {
      hit.matchStart = ws + m.index;
      hits.push(hit);
    }
    // A generic rule's rejected value (`key="StorageKey"`) may hold the start of an accepted
    // match (`Key" value="..."`): look again from the value.
    else if (rule.strength) return span[0];
    return -1;
  }

  /** Decode what a decoder finds in its windows, scan the decoded text, report at the encoded text. */
  function decodeIn(text: string, path: string, depth: number, decoder: (typeof decoders)[number], list: number[], hits: Hit[]): void {
    for (let w = 0; w < list.length; w += 2) {
      scanValues(path, depth, list[w]!, decoder.find(text.slice(list[w]!, list[w + 1])), hits);
    }
  }

  /** Scan each value's text with every rule and report what is found at the value's place (+ offset). */
  function scanValues(path: string, depth: number, ws: number, values: readonly EncodedValue[], hits: Hit[]): void {
    for (const value of values) {
      if (value.end - value.start > MAX_ENCODED || decodeBudget < value.text.length) continue;
      decodeBudget -= value.text.length;
      for (const inner of findHits(value.text, path, depth + 1)) {
        const context = inner.inner ?? lineAround(value.text, lineStartBefore(value.text, inner.start), inner.start);
        hits.push({ ...inner, start: ws + value.start, end: ws + value.end, matchStart: ws + value.start, decoded: true, inner: context });
      }
    }
  }

  /** Cheap, line-independent checks: entropy, allowlists, offline validation. */
  function evaluate(rule: CompiledRule, secret: string, start: number, end: number, name: string): Hit | undefined {
    // Most generic matches fail their strength check; their rules set no entropy floor, so the entropy
    // (reported with a finding) is computed once the match has passed.
    let entropy = -1;
    if (rule.entropy > 0) {
      entropy = shannonEntropy(secret);
      if (entropy < rule.entropy) return undefined;
    }
    if (rule.strength && !rule.strength(secret, name)) return undefined;
    // A provider's prefix on a value its rule did not accept: a broken or truncated token of that provider.
    if (rule.strength && hasOwnedPrefix(secret)) return undefined;
    if (entropy < 0) entropy = shannonEntropy(secret);
    if (rule.isAllowed(secret) || isGloballyAllowed(secret)) return undefined;
    let confidence = rule.confidence;
    if (rule.validator) {
      // Validators decode (a PEM body, a macaroon): run once, for both the drop and the confidence.
      const valid = rule.validator(secret);
      if (rule.requireValid && !valid) return undefined;
      confidence = valid ? 'high' : 'low';
    } else if (rule.requireValid) return undefined;
    const hit: Hit = { rule, secret, start, end, entropy, confidence };
    if (name) hit.name = name;
    return hit;
  }

  function scan(fragment: Fragment, keywordHits?: KeywordHits): Finding[] {
    if (isPathAllowed(fragment.path)) return [];
    decodeBudget = MAX_DECODED_TOTAL;
    const found = findHits(fragment.text, fragment.path, 0, keywordHits);
    if (useDecoders) scanValues(fragment.path, 0, 0, namedFileValues(fragment.path, fragment.text), found);
    const { kept, shadowed } = dropOverlaps(found, options.placeScopedRules);
    if (kept.length === 0) return [];
    const findings: Finding[] = [];
    const shown: string[] = [];
    report(fragment, kept, findings, shown);
    if (shadowed.length > 0) {
      // Located on their own (a locator takes offsets in order; these overlap the others), then merged in.
      report(fragment, shadowed, findings, shown);
      const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.line - findings[b]!.line || findings[a]!.column - findings[b]!.column);
      return maskSnippets(
        order.map((i) => findings[i]!),
        order.map((i) => shown[i]!),
      );
    }
    return maskSnippets(findings, shown);
  }

  /** Findings of hits that do not overlap one another, in text order: filtered, located, redacted. */
  function report(fragment: Fragment, hits: readonly Hit[], findings: Finding[], shown: string[]): void {
    const { text } = fragment;
    const locator = createLocator(text, fragment.startLine ?? 1, fragment.startColumn ?? 0);
    for (const hit of hits) {
      // Filters first, on the line found by looking back from the hit: locating (counting lines from
      // the start of the text) is only paid for findings that survive.
      const { line, offset } = lineAround(text, lineStartBefore(text, hit.start), hit.start);
      const candidate: Candidate = { rule: hit.rule, secret: hit.secret, line, lineOffset: offset, path: fragment.path };
      if (hit.name) candidate.name = hit.name;
      if (hit.decoded) candidate.encoded = text.slice(hit.start, hit.end);
      const ruleFilters = hit.rule.spec.declaredSecret ? declaredFilters : filters;
      if (ruleFilters.some((filter) => filter(candidate) !== undefined)) continue;
      // A decoded secret also answers for the decoded line it sits on (its name, its armour).
      if (hit.inner && ruleFilters.some((filter) => filter({ ...candidate, line: hit.inner!.line, lineOffset: hit.inner!.offset, encoded: undefined }) !== undefined)) continue;
      const where = locator.locate(hit.start);
      if (fragment.reportLines && !fragment.reportLines.has(where.line)) continue;
      const endWhere = locator.locate(hit.end);
      const spec = hit.rule.spec;
      // A provider's keywords are its token prefixes (`ghp_`), safe to show; a generic rule's are the words
      // of a name (`password`), and a value that starts with one (`Password123!`) would show itself.
      const redacted = redactSecret(hit.secret, hit.rule.strength ? '' : knownPrefix(hit.secret, spec.keywords));
      const finding: Finding = {
        ruleId: spec.id,
        ruleName: spec.name,
        description: spec.description,
        severity: hit.rule.severity,
        confidence: hit.confidence,
        path: fragment.path,
        line: where.line,
        column: where.column,
        endLine: endWhere.line,
        endColumn: endWhere.column,
        secret: ownString(hit.secret),
        redacted,
        snippet: line.slice(0, offset) + redacted + (text.slice(hit.start, hit.end).includes('\n') ? '' : line.slice(offset + hit.end - hit.start)),
        entropy: Math.round(hit.entropy * 1000) / 1000,
        fingerprint: fingerprintOf(spec.id, fragment.path, hit.secret),
      };
      if (fragment.commit) finding.commit = fragment.commit;
      if (fragment.blobId) finding.blobId = fragment.blobId;
      if (hit.shadowedBy) finding.shadowedBy = hit.shadowedBy;
      findings.push(finding);
      shown.push(text.slice(hit.start, hit.end));
    }
  }

  return { rules, scan, isPathAllowed, keywordSearch: prefilter };
}

/**
 * When two rules match overlapping text (a generic rule and a provider rule on the same token),
 * keep the more confident one, then the longer match.
 */
function dropOverlaps(hits: Hit[], placeScoped?: ReadonlySet<string>): { kept: Hit[]; shadowed: Hit[] } {
  if (hits.length < 2) return { kept: hits, shadowed: [] };
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (beats(hit, last)) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  if (!placeScoped || placeScoped.size === 0 || kept.length === hits.length) return { kept, shadowed: [] };
  // A loser stands at the places where none of the hits that beat it apply: kept aside, with their rules,
  // when all of them are place-scoped (a rule without path conditions applies everywhere).
  const won = new Set(kept);
  const shadowed: Hit[] = [];
  let longest = 0;
  for (const h of hits) longest = Math.max(longest, h.end - h.start);
  hits.forEach((loser, i) => {
    if (won.has(loser)) return;
    const by = new Set<string>();
    let everywhere = false;
    // As the pass above settles a pair: the hit found first stays unless the other beats it.
    const consider = (other: Hit, first: boolean) => {
      if (other.start >= loser.end || other.end <= loser.start || (first ? beats(loser, other) : !beats(other, loser))) return;
      if (placeScoped.has(other.rule.id)) by.add(other.rule.id);
      else everywhere = true;
    };
    for (let j = i - 1; j >= 0 && hits[j]!.start > loser.start - longest && !everywhere; j--) consider(hits[j]!, true);
    for (let j = i + 1; j < hits.length && hits[j]!.start < loser.end && !everywhere; j++) consider(hits[j]!, false);
    if (!everywhere && by.size > 0) shadowed.push({ ...loser, shadowedBy: [...by].sort() });
  });
  return { kept, shadowed };
}

/**
 * Whether `a` wins over `b`, an overlapping hit: the more confident one, then the longer match. Secrets
 * decoded from one encoded value share its place: on a tie keep the most random one, since the others are
 * likelier masks or stand-ins (`AKIAXXXXXXXXXXXXXXXX` beside the real secret key); then the match with
 * more context. Else the one that starts first, or the longer.
 */
function beats(a: Hit, b: Hit): boolean {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra > rb;
  if (a.start === b.start && a.end === b.end) {
    if (a.entropy !== b.entropy) return a.entropy > b.entropy;
    // Two rules on the very same secret: the one whose match reads more of the text before it (a URL's
    // query, not just `api_key=`), then by id; never by which was found first. The order of discovery
    // follows the keywords found, which differ between a whole scan and a rescan of part of the text
    // (history): the same secret came out under different rules (redash: generic-password in 19
    // rescanned versions of settings.py, generic-env-default where it was scanned whole).
    const ma = a.matchStart ?? a.start;
    const mb = b.matchStart ?? b.start;
    if (ma !== mb) return ma < mb;
    return a.rule.id < b.rule.id;
  }
  return a.start < b.start || (a.start === b.start && a.end > b.end);
}

function rank(hit: Hit): number {
  const generic = hit.rule.id.startsWith('generic-') ? 0 : 1;
  // A secret found by decoding says more than the encoded text matched as a whole.
  const decoded = hit.decoded ? 0.5 : 0;
  return CONFIDENCE_RANK[hit.confidence] * 10 + generic * 5 + decoded + Math.min(4, (hit.end - hit.start) / 64);
}

/** 1 for the UTF-16 units of `chars`, by char code. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
/** `[\w*:]`: what precedes the `:` before a path segment (see isPathSegment). */
const SEGMENT_CHAR = charTable(`${WORD}*:`);
/** `[\w.-]`: the characters of a name (see fullName). */
const NAME_CHAR = charTable(`${WORD}.-`);

function isPathSegment(slice: string, nameStart: number): boolean {
  // Both characters are looked at on every call, in range, without a branch that runs only on the rare
  // `:` or at the start of the text: a path first taken in optimised code (as the match loops that
  // inline this are) throws that code away.
  const colon = slice.charCodeAt(Math.max(0, nameStart - 1)) === 58;
  const segment = SEGMENT_CHAR[slice.charCodeAt(Math.max(0, nameStart - 2))] === 1;
  return nameStart >= 2 && colon && segment;
}

/** Start of the line holding `index`, looking back at most 4096 characters (lineAround's reach). */
function lineStartBefore(text: string, index: number): number {
  const limit = Math.max(0, index - 4096);
  for (let i = index; i > limit; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return limit;
}

/**
 * The whole name a `(?<name>...)` group starts: regexes begin at a keyword (`password`), so the name's
 * first words (`DB_`, `stripe.`) lie before the match; walk back over identifier characters.
 */
function fullName(slice: string, start: number, end: number): string {
  let s = start;
  // A table, not a regex test per character: generic rules walk back from ~40,000 matches on the bench tree.
  while (s > 0 && start - s < 64 && NAME_CHAR[slice.charCodeAt(s - 1)] === 1) {
    if (s >= 2 && slice[s - 2] === '\\') break; // `\nsecret` inside a JSON string: the n is an escape
    s--;
  }
  return slice.slice(s, end);
}

/** Snippets show the line with every secret found on it masked, not just the finding's own. */
function maskSnippets(findings: Finding[], shown: readonly string[]): Finding[] {
  for (const finding of findings) {
    let snippet = finding.snippet;
    findings.forEach((other, i) => {
      if (other !== finding && other.line === finding.line) snippet = maskIn(snippet, shown[i]!, other.redacted);
    });
    finding.snippet = trimAround(snippet, finding.redacted);
  }
  return findings;
}

/** Keep snippets readable: at most ~160 characters around the redacted secret. */
function trimAround(snippet: string, redacted: string): string {
  const s = snippet.trim();
  if (s.length <= 160) return s;
  const at = Math.max(0, s.indexOf(redacted));
  const start = Math.max(0, at - 60);
  const end = Math.min(s.length, at + redacted.length + 80);
  return `${start > 0 ? '…' : ''}${s.slice(start, end)}${end < s.length ? '…' : ''}`;
}
