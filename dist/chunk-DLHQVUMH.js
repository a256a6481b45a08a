import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/engine/filters/baseline.ts
function applyBaseline(findings, baseline) {
  const listed = new Map(baseline.map((e) => [e.fingerprint, e]));
  const matched = /* @__PURE__ */ new Set();
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    if (listed.has(f.fingerprint)) {
      matched.add(f.fingerprint);
      suppressed++;
    } else kept.push(f);
  }
  const stale = baseline.filter((e) => !matched.has(e.fingerprint));
  return { kept, suppressed, stale };
}
function baselineEntriesFor(findings) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const f of findings) byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, rule: f.ruleId, path: f.path });
  return [...byFingerprint.values()].sort(
    (a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  applyBaseline,
  baselineEntriesFor
};
