import { Minimatch } from 'minimatch';
import { shannonEntropy } from './entropy.js';
import { defaultFilters, type Candidate, type CandidateFilter } from './filters/index.js';
import { fingerprintOf } from './fingerprint.js';
import { createLocator, lineAround } from './locate.js';
import { createLazyPrefilter } from './lazy-prefilter.js';
import { knownPrefix, maskIn, redactSecret } from './redact.js';
import { compileRule, type CompiledRule } from './rules/compile-rule.js';
import type { Confidence, Finding, Fragment, GlobalAllowlist, RuleSpec } from './types.js';
import { addWindow, lineEndWithin, lineStartWithin } from './windows.js';

export interface ScannerOptions {
  /** Project-wide allowlist from the config file. */
  allowlist?: GlobalAllowlist;
  /** False-positive filters; defaults to the built-in set. */
  filters?: readonly CandidateFilter[];
}

export interface Scanner {
  readonly rules: readonly CompiledRule[];
  /** Every finding in the fragment that survives the filters, in text order. */
  scan(fragment: Fragment): Finding[];
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
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Build a scanner for a set of rules. Rules are validated data (see rules/parse-rule-spec.ts);
 * each regex is compiled once, on the first keyword hit that needs it.
 */
export function createScanner(specs: readonly RuleSpec[], options: ScannerOptions = {}): Scanner {
  const rules = specs.map(compileRule);
  const filters = options.filters ?? defaultFilters;

  // One automaton over the keywords of every rule; keyword index -> rules that listed it.
  const keywordIndex = new Map<string, number>();
  const keywordRules: number[][] = [];
  rules.forEach((rule, r) => {
    for (const keyword of rule.keywords) {
      let k = keywordIndex.get(keyword);
      if (k === undefined) {
        k = keywordRules.length;
        keywordIndex.set(keyword, k);
        keywordRules.push([]);
      }
      if (!keywordRules[k]!.includes(r)) keywordRules[k]!.push(r);
    }
  });
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

  function findHits(fragment: Fragment): Hit[] {
    const { text, path } = fragment;
    const found = prefilter.search(text);
    if (found.count === 0) return [];

    // Windows per rule, as flat [start, end, start, end, ...] lists in text order.
    const windows = new Map<number, number[]>();
    const applies = new Map<number, boolean>();
    for (let h = 0; h < found.count; h++) {
      const k = found.keyword[h]!;
      const end = found.end[h]!;
      const start = end - keywordLengths[k]!;
      for (const r of keywordRules[k]!) {
        let ok = applies.get(r);
        if (ok === undefined) {
          ok = rules[r]!.appliesTo(path);
          applies.set(r, ok);
        }
        if (!ok) continue;
        const rule = rules[r]!;
        let list = windows.get(r);
        if (!list) windows.set(r, (list = []));
        const ws = lineStartWithin(text, Math.max(0, start - rule.before));
        const we = lineEndWithin(text, Math.min(text.length, end + rule.after));
        addWindow(list, ws, we);
      }
    }

    const hits: Hit[] = [];
    for (const [r, list] of windows) {
      const rule = rules[r]!;
      const regex = rule.regex();
      for (let w = 0; w < list.length; w += 2) {
        const ws = list[w]!;
        const slice = text.slice(ws, list[w + 1]);
        regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = regex.exec(slice)) !== null) {
          if (m[0].length === 0) regex.lastIndex++;
          const secret = m.groups?.secret;
          const span = m.indices?.groups?.secret;
          if (!secret || !span) continue;
          const hit = evaluate(rule, secret, ws + span[0], ws + span[1]);
          if (hit) hits.push(hit);
        }
      }
    }
    return hits;
  }

  /** Cheap, line-independent checks: entropy, allowlists, offline validation. */
  function evaluate(rule: CompiledRule, secret: string, start: number, end: number): Hit | undefined {
    const entropy = shannonEntropy(secret);
    if (entropy < rule.entropy) return undefined;
    if (rule.isAllowed(secret) || isGloballyAllowed(secret)) return undefined;
    let confidence = rule.confidence;
    if (rule.requireValid && !rule.validator?.(secret)) return undefined;
    if (rule.validator) confidence = rule.validator(secret) ? 'high' : 'low';
    return { rule, secret, start, end, entropy, confidence };
  }

  function scan(fragment: Fragment): Finding[] {
    if (isPathAllowed(fragment.path)) return [];
    const hits = dropOverlaps(findHits(fragment));
    if (hits.length === 0) return [];
    const { text } = fragment;
    const locator = createLocator(text, fragment.startLine ?? 1, fragment.startColumn ?? 0);
    const findings: Finding[] = [];
    for (const hit of hits) {
      const where = locator.locate(hit.start);
      if (fragment.reportLines && !fragment.reportLines.has(where.line)) continue;
      const { line, offset } = lineAround(text, where.lineStart, hit.start);
      const candidate: Candidate = { rule: hit.rule, secret: hit.secret, line, lineOffset: offset, path: fragment.path };
      if (filters.some((filter) => filter(candidate) !== undefined)) continue;
      const endWhere = locator.locate(hit.end);
      const spec = hit.rule.spec;
      const redacted = redactSecret(hit.secret, knownPrefix(hit.secret, spec.keywords));
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
        secret: hit.secret,
        redacted,
        snippet: line.slice(0, offset) + redacted + (hit.secret.includes('\n') ? '' : line.slice(offset + hit.secret.length)),
        entropy: Math.round(hit.entropy * 1000) / 1000,
        fingerprint: fingerprintOf(spec.id, fragment.path, hit.secret),
      };
      if (fragment.commit) finding.commit = fragment.commit;
      if (fragment.blobId) finding.blobId = fragment.blobId;
      findings.push(finding);
    }
    return maskSnippets(findings);
  }

  return { rules, scan, isPathAllowed };
}

/**
 * When two rules match overlapping text (a generic rule and a provider rule on the same token),
 * keep the more confident one, then the longer match.
 */
function dropOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (rank(hit) > rank(last)) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

function rank(hit: Hit): number {
  const generic = hit.rule.id.startsWith('generic-') ? 0 : 1;
  return CONFIDENCE_RANK[hit.confidence] * 10 + generic * 5 + Math.min(4, (hit.end - hit.start) / 64);
}

/** Snippets show the line with every secret found on it masked, not just the finding's own. */
function maskSnippets(findings: Finding[]): Finding[] {
  for (const finding of findings) {
    let snippet = finding.snippet;
    for (const other of findings) {
      if (other !== finding && other.line === finding.line) snippet = maskIn(snippet, other.secret, other.redacted);
    }
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
