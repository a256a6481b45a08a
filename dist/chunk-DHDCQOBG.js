import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/report/report-input.ts
function shownSecret(finding, redact) {
  return redact ? finding.redacted : finding.secret;
}
function shownSnippet(finding, redact) {
  return redact ? finding.snippet : finding.snippet.split(finding.redacted).join(finding.secret);
}

// src/report/format-sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function formatSarif(input) {
  const used = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const specs = new Map(input.rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakguard",
            semanticVersion: input.toolVersion,
            informationUri: "https://github.com/leakguard/leakguard",
            rules: used.map((id) => describeRule(id, specs.get(id), input.findings.find((f) => f.ruleId === id)))
          }
        },
        automationDetails: { id: `leakguard/${input.command}/` },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((f) => result(f, ruleIndex.get(f.ruleId), input.redact))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function describeRule(id, spec, sample) {
  const description = spec?.description ?? sample.description;
  const name = spec?.name ?? sample.ruleName;
  const refs = spec?.references ?? [];
  const help = [
    description,
    "",
    "To fix: remove the secret from the code and rotate it (assume it is compromised once committed or pushed).",
    "If it is not a secret: add `leakguard:allow` on the line, or add its fingerprint to the baseline with `leakguard baseline`.",
    ...refs.length ? ["", `Format: ${refs.join(" ")}`] : []
  ].join("\n");
  return {
    id,
    name: pascal(id),
    shortDescription: { text: name },
    fullDescription: { text: description },
    help: { text: help, markdown: help },
    ...refs[0] && { helpUri: refs[0] },
    defaultConfiguration: { level: LEVEL[spec?.severity ?? sample.severity] },
    properties: {
      tags: ["security", "secret"],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[spec?.severity ?? sample.severity]
    }
  };
}
function result(f, ruleIndex, redact) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.ruleName}: ${shownSecret(f, redact)}${f.commit ? ` (introduced in ${f.commit.sha.slice(0, 12)})` : ""}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.path) },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            snippet: { text: shownSnippet(f, redact) }
          }
        }
      }
    ],
    partialFingerprints: {
      "leakguard/v1": f.fingerprint,
      ...f.commit && { "commitSha/v1": f.commit.sha }
    },
    properties: {
      confidence: f.confidence,
      entropy: f.entropy,
      secret: shownSecret(f, redact),
      ...f.commit && { commit: f.commit }
    }
  };
}
function encodePath(path) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}
function pascal(id) {
  return id.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
}

export {
  shownSecret,
  shownSnippet,
  formatSarif
};
