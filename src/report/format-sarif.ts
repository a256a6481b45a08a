import type { Finding, RuleSpec, Severity } from '../engine/types.js';
import type { ReportInput } from './report-input.js';
import { shownSecret, shownSnippet } from './report-input.js';

/** GitHub code scanning reads `security-severity` (0-10) to rank alerts. https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** SARIF 2.1.0 log for GitHub code scanning: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html */
export function formatSarif(input: ReportInput): string {
  const used = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const specs = new Map(input.rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'leakguard',
            semanticVersion: input.toolVersion,
            informationUri: 'https://github.com/leakguard/leakguard',
            rules: used.map((id) => describeRule(id, specs.get(id), input.findings.find((f) => f.ruleId === id)!)),
          },
        },
        automationDetails: { id: `leakguard/${input.command}/` },
        columnKind: 'utf16CodeUnits',
        results: input.findings.map((f) => result(f, ruleIndex.get(f.ruleId)!, input.redact)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(id: string, spec: RuleSpec | undefined, sample: Finding) {
  const description = spec?.description ?? sample.description;
  const name = spec?.name ?? sample.ruleName;
  const refs = spec?.references ?? [];
  const help = [
    description,
    '',
    'To fix: remove the secret from the code and rotate it (assume it is compromised once committed or pushed).',
    'If it is not a secret: add `leakguard:allow` on the line, or add its fingerprint to the baseline with `leakguard baseline`.',
    ...(refs.length ? ['', `Format: ${refs.join(' ')}`] : []),
  ].join('\n');
  return {
    id,
    name: pascal(id),
    shortDescription: { text: name },
    fullDescription: { text: description },
    help: { text: help, markdown: help },
    ...(refs[0] && { helpUri: refs[0] }),
    defaultConfiguration: { level: LEVEL[spec?.severity ?? sample.severity] },
    properties: {
      tags: ['security', 'secret'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[spec?.severity ?? sample.severity],
    },
  };
}

function result(f: Finding, ruleIndex: number, redact: boolean) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.ruleName}: ${shownSecret(f, redact)}${f.commit ? ` (introduced in ${f.commit.sha.slice(0, 12)})` : ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.path) },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            snippet: { text: shownSnippet(f, redact) },
          },
        },
      },
    ],
    partialFingerprints: {
      'leakguard/v1': f.fingerprint,
      ...(f.commit && { 'commitSha/v1': f.commit.sha }),
    },
    properties: {
      confidence: f.confidence,
      entropy: f.entropy,
      secret: shownSecret(f, redact),
      ...(f.commit && { commit: f.commit }),
    },
  };
}

/**
 * SARIF URIs are RFC 3986 references: encode each segment, keep the slashes. Paths are relative to the
 * repository root (what code scanning resolves them against); a file outside it keeps its absolute path
 * as a file: URI rather than a root-relative reference that would point into the repository.
 */
function encodePath(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

function pascal(id: string): string {
  return id.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}
