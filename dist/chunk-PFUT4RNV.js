import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  attributeFindings,
  createCliHistoryEngine,
  findTipSecrets,
  groupBySecret,
  placeFilter,
  scanHistoryInPool
} from "./chunk-IFNTQYNN.js";
import {
  COMMON_HELP,
  commonOptions,
  parseCommand
} from "./chunk-ZYEI3NUJ.js";
import "./chunk-UETDT4CE.js";
import "./chunk-YJHRYTX7.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-B4EJ7F2I.js";
import "./chunk-2SKL5KL2.js";
import "./chunk-YA4VWDUB.js";
import {
  loadSettings
} from "./chunk-PYSNMPX6.js";
import "./chunk-Y6ERE2EU.js";
import "./chunk-O4O2RQMY.js";
import {
  sortFindings
} from "./chunk-VRE7ITGE.js";
import {
  createStyle,
  formatJson,
  humanBytes
} from "./chunk-LQ4OAWDE.js";
import {
  VERSION
} from "./chunk-OZOH6UJQ.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  wantsColor
} from "./chunk-SUJUIZ3C.js";
import {
  applyBaseline
} from "./chunk-DLHQVUMH.js";
import {
  formatSarif,
  shownSnippet
} from "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import {
  SourceError,
  UsageError
} from "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";

// src/cli/commands/history.ts
import { existsSync, statSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/git/git-available.ts
import { spawnSync } from "node:child_process";
function gitIsAvailable() {
  const r = spawnSync("git", ["--version"], { stdio: "ignore" });
  return !r.error && r.status === 0;
}

// src/cli/history-progress.ts
function createHistoryProgress(stream, delayMs = 500) {
  if (!stream.isTTY) return { update(_p) {
  }, done() {
  } };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = performance.now();
      if (now - started < delayMs || now - last < 200) return;
      last = now;
      shown = true;
      const seconds = (now - started) / 1e3;
      const rate = p.bytesDone / seconds;
      const bytesTotal = p.blobsDone >= 100 ? Math.round(p.bytesDone / p.blobsDone * p.blobsFound) : p.bytesDone;
      const left = p.walkDone && p.blobsDone > 0 ? Math.ceil((p.blobsFound - p.blobsDone) * seconds / p.blobsDone) : void 0;
      const plus = p.walkDone ? "" : "+";
      stream.write(
        `\r\x1B[2Khistory: ${p.blobsDone}/${p.blobsFound}${plus} blobs, ${humanBytes(p.bytesDone)}/${p.walkDone ? "" : "~"}${humanBytes(bytesTotal)}${plus}, ${humanBytes(rate)}/s${left !== void 0 ? `, ~${left}s left` : ""}`
      );
    },
    done() {
      if (shown) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/write-history-report.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/report/history-report-input.ts
function isIncomplete(input) {
  return input.history.unreadableObjects.length > 0 || input.history.walkError !== void 0;
}

// src/report/history-timeline-svg.ts
var DAY = 864e5;
function timelineBars(firstDates) {
  if (firstDates.length === 0) return [];
  const times = firstDates.map((d) => Date.parse(d.date)).sort((a, b) => a - b);
  const byDay = times[times.length - 1] - times[0] <= 92 * DAY;
  const key = (t) => new Date(t).toISOString().slice(0, byDay ? 10 : 7);
  const bars = /* @__PURE__ */ new Map();
  const first = new Date(times[0]);
  const last = key(times[times.length - 1]);
  for (let i = 0; i < 5e3; i++) {
    const t = byDay ? first.getTime() + i * DAY : Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1);
    const period = key(t);
    bars.set(period, { period, exposed: 0, removed: 0 });
    if (period >= last) break;
  }
  for (const d of firstDates) {
    const bar = bars.get(key(Date.parse(d.date)));
    if (bar) bar[d.exposed ? "exposed" : "removed"]++;
  }
  return [...bars.values()];
}
function timelineSvg(bars) {
  const width = 760;
  const height = 220;
  const pad = { left: 36, right: 8, top: 12, bottom: 40 };
  const max = Math.max(1, ...bars.map((b) => b.exposed + b.removed));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = bars.length > 0 ? plotW / bars.length : plotW;
  const barW = Math.max(1, Math.min(40, step * 0.8));
  const y = (v) => pad.top + plotH - v / max * plotH;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const parts = [];
  parts.push(`<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#888"/>`);
  for (const v of /* @__PURE__ */ new Set([0, Math.ceil(max / 2), max])) {
    parts.push(`<text x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#555">${v}</text>`);
  }
  bars.forEach((b, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    const title = `<title>${b.period}: ${b.exposed} still exposed, ${b.removed} removed</title>`;
    if (b.removed > 0) parts.push(`<rect class="tl-bar removed" x="${x.toFixed(1)}" y="${y(b.removed).toFixed(1)}" width="${barW.toFixed(1)}" height="${(pad.top + plotH - y(b.removed)).toFixed(1)}" fill="#e0a030">${title}</rect>`);
    if (b.exposed > 0) parts.push(`<rect class="tl-bar exposed" x="${x.toFixed(1)}" y="${y(b.removed + b.exposed).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(b.removed) - y(b.removed + b.exposed)).toFixed(1)}" fill="#c62828">${title}</rect>`);
    if (i % labelEvery === 0) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#555">${b.period}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Secrets introduced over time" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join("")}</svg>`;
}

// src/report/format-history-html.ts
function formatHistoryHtml(input) {
  const h = input.history;
  const groups = input.groups;
  const exposed = groups.filter((g) => g.stillExposed);
  const removed = groups.filter((g) => !g.stillExposed);
  const secretOf = (g) => input.redact ? g.redacted : g.secret;
  const notes = [];
  if (h.shallow) notes.push('<p class="warn">Shallow clone: history is incomplete. Commits at the boundary appear to introduce everything they contain.</p>');
  if (isIncomplete(input)) {
    notes.push(`<p class="error">The audit is incomplete: ${h.unreadableObjects.length} object(s) could not be read${h.walkError ? ` and the walk stopped early (${esc(h.walkError)})` : ""}.</p>`);
    if (h.unreadableObjects.length) notes.push(`<ul class="error">${h.unreadableObjects.map((u) => `<li><code>${esc(u.oid)}</code> ${esc(u.path)}: ${esc(u.reason)}</li>`).join("")}</ul>`);
  }
  for (const w of input.warnings) notes.push(`<p class="warn">${esc(w.message)}</p>`);
  const body = `
<header>
  <h1>leakguard history audit</h1>
  <p class="meta">${esc(input.root)} &middot; scope: ${esc(h.scope)} &middot; default branch: ${h.tip ? `${esc(h.tip.ref)} (<code>${esc(h.tip.sha.slice(0, 12))}</code>)` : "none"} &middot; leakguard ${esc(input.toolVersion)}</p>
</header>
<section class="totals">
  ${tile(groups.length, "distinct secrets", "total-secrets")}
  ${tile(exposed.length, "still exposed", "total-exposed", exposed.length > 0 ? "bad" : "")}
  ${tile(removed.length, "removed, alive in history", "total-removed")}
  ${tile(input.findings.length, "places (path + commit)", "total-places")}
  ${tile(input.stats.commits ?? 0, "commits", "total-commits")}
  ${tile(input.stats.blobs ?? 0, `unique blobs (${esc(humanBytes(input.stats.bytes))})`, "total-blobs")}
</section>
${notes.join("\n")}
${groups.length === 0 ? '<p class="clean" id="verdict">No secrets found in the audited history.</p>' : ""}
<section id="exposed"><h2>Still exposed at ${h.tip ? esc(h.tip.ref) : "the default branch"} (${exposed.length})</h2>
${exposed.length ? secretTable(exposed, secretOf, input.redact) : "<p>None.</p>"}
<p class="hint">Rotate these first: they are in the current tree and in history.</p></section>
<section id="removed"><h2>Removed from the tree, still in history (${removed.length})</h2>
${removed.length ? secretTable(removed, secretOf, input.redact) : "<p>None.</p>"}
<p class="hint">Anyone with a clone can still read these: rotate them; rewriting history does not un-leak a pushed secret.</p></section>
<section id="timeline"><h2>Secrets introduced over time</h2>
${groups.length ? timelineSvg(timelineBars(groups.map((g) => ({ date: g.places[0].commit.date, exposed: g.stillExposed })))) : "<p>Nothing to chart.</p>"}
<p class="legend"><span class="sw exposed"></span> still exposed <span class="sw removed"></span> removed</p></section>
<div class="two">
<section id="by-rule"><h2>By rule</h2>${countTable(groups, (g) => [g.ruleId, `${g.ruleName} (${g.ruleId})`])}</section>
<section id="by-author"><h2>By author</h2>${countTable(groups, (g) => {
    const c = g.places[0].commit;
    return [c.authorEmail, `${c.authorName} <${c.authorEmail}>`];
  })}</section>
</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakguard history audit: ${groups.length} secrets, ${exposed.length} still exposed</title>
<style>${CSS}</style></head>
<body>${body}
</body></html>
`;
}
function tile(value, label, id, cls = "") {
  return `<div class="tile ${cls}" id="${id}"><b>${value}</b><span>${label}</span></div>`;
}
function secretTable(groups, secretOf, redact) {
  const rows = groups.map((g) => {
    const first = g.places[0];
    const c = first.commit;
    const places = g.places.map((p) => placeItem(p, redact)).join("");
    return `<tr class="secret ${g.stillExposed ? "exposed" : "removed"}" data-rule="${esc(g.ruleId)}">
<td><code>${esc(secretOf(g))}</code></td><td>${esc(g.ruleName)}<br><small>${esc(g.ruleId)}</small></td><td class="sev ${esc(g.severity)}">${esc(g.severity)}</td>
<td>${esc(c.date.slice(0, 10))}<br><small>${esc(c.authorName)} &lt;${esc(c.authorEmail)}&gt;</small><br><code>${esc(c.sha.slice(0, 12))}</code> ${esc(c.summary)}</td>
<td>${g.stillExposed && g.tipPaths.length ? `<b>now at</b> ${g.tipPaths.map((p) => `<code>${esc(p)}</code>`).join(", ")}<br>` : ""}<details><summary>${g.places.length} ${g.places.length === 1 ? "place" : "places"}</summary><ul>${places}</ul></details></td></tr>`;
  });
  return `<table class="secrets"><thead><tr><th>secret</th><th>rule</th><th>severity</th><th>introduced</th><th>where</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>`;
}
function placeItem(p, redact) {
  const snippet = redact ? p.snippet : p.snippet.split(p.redacted).join(p.secret);
  const extra = p.sameBlobElsewhere > 0 ? ` &middot; same content in ${p.sameBlobElsewhere} other commit/path(s)` : "";
  return `<li><code>${esc(p.path)}:${p.line}</code> in <code>${esc(p.commit.sha.slice(0, 12))}</code> ${esc(p.commit.date.slice(0, 10))} by ${esc(p.commit.authorName)}${extra}<br><code class="snippet">${esc(snippet)}</code></li>`;
}
function countTable(groups, keyOf) {
  const counts = /* @__PURE__ */ new Map();
  for (const g of groups) {
    const [key, label] = keyOf(g);
    const c = counts.get(key) ?? { label, total: 0, exposed: 0 };
    c.total++;
    if (g.stillExposed) c.exposed++;
    counts.set(key, c);
  }
  const rows = [...counts.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : 1));
  if (rows.length === 0) return "<p>None.</p>";
  const max = rows[0].total;
  return `<table class="counts"><tbody>${rows.map((r) => `<tr><td>${esc(r.label)}</td><td class="n">${r.total}</td><td class="n">${r.exposed ? `<span class="bad">${r.exposed} exposed</span>` : ""}</td><td class="barcell"><div class="bar" style="width:${Math.round(r.total / max * 100)}%"></div></td></tr>`).join("")}</tbody></table>`;
}
function esc(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1d1d1f}
h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta,.hint,small{color:#666}code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f3f3f5;padding:1px 4px;border-radius:3px;word-break:break-all}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}.tile{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}
.tile b{display:block;font-size:24px}.tile span{color:#555;font-size:12px}.tile.bad{border-color:#c62828;background:#fdecea}.tile.bad b{color:#c62828}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #eee}
tr.exposed td:first-child{border-left:4px solid #c62828}tr.removed td:first-child{border-left:4px solid #e0a030}
.sev.critical,.sev.high,.bad{color:#c62828;font-weight:600}.warn{color:#8a5a00;background:#fff6e0;padding:6px 10px;border-radius:4px}
.error{color:#c62828;background:#fdecea;padding:6px 10px;border-radius:4px}.clean{color:#2e7d32;font-weight:600}
.two{display:flex;gap:24px;flex-wrap:wrap}.two section{flex:1;min-width:300px}.n{text-align:right;white-space:nowrap}
.barcell{width:40%}.bar{height:10px;background:#5c6bc0;border-radius:2px}.snippet{display:inline-block;margin-top:2px}
.legend .sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}.sw.exposed{background:#c62828}.sw.removed{background:#e0a030}
details ul{margin:4px 0;padding-left:18px}`;

// src/report/format-history-json.ts
function formatHistoryJson(input) {
  const doc = JSON.parse(formatJson(input));
  input.findings.forEach((f, i) => {
    Object.assign(doc.findings[i], { blobId: f.blobId, stillExposed: f.stillExposed, sameBlobElsewhere: f.sameBlobElsewhere, commitsAtPath: f.commitsAtPath });
  });
  const secrets = input.groups.map((g) => ({
    ruleId: g.ruleId,
    secret: input.redact ? g.redacted : g.secret,
    stillExposed: g.stillExposed,
    tipPaths: g.tipPaths,
    introduced: g.places[0].commit,
    places: g.places.map((p) => ({ path: p.path, line: p.line, commit: p.commit.sha, fingerprint: p.fingerprint }))
  }));
  const h = input.history;
  doc.summary.history = {
    engine: h.engine,
    scope: h.scope,
    defaultBranch: h.tip ?? null,
    shallow: h.shallow,
    binaryBlobs: h.binaryBlobs,
    unreadableObjects: h.unreadableObjects,
    ...h.walkError !== void 0 && { walkError: h.walkError },
    secrets: input.groups.length,
    stillExposed: input.groups.filter((g) => g.stillExposed).length
  };
  return `${JSON.stringify({ ...doc, secrets }, null, 2)}
`;
}
function formatHistorySarif(input) {
  const log = JSON.parse(formatSarif(input));
  const run = log.runs[0];
  input.findings.forEach((f, i) => {
    Object.assign(run.results[i].properties, { blobId: f.blobId, stillExposed: f.stillExposed, sameBlobElsewhere: f.sameBlobElsewhere });
  });
  const incomplete = input.history.unreadableObjects.length > 0 || input.history.walkError !== void 0;
  run.invocations = [{
    executionSuccessful: !incomplete,
    toolExecutionNotifications: [
      ...input.history.unreadableObjects.map((u) => ({ level: "error", message: { text: `could not read blob ${u.oid}${u.path ? ` (${u.path})` : ""}: ${u.reason}` } })),
      ...input.history.walkError ? [{ level: "error", message: { text: `history walk stopped early: ${input.history.walkError}` } }] : [],
      ...input.history.shallow ? [{ level: "warning", message: { text: "shallow clone: history is incomplete" } }] : []
    ]
  }];
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/format-history-text.ts
function formatHistoryText(input, style) {
  const out = [];
  for (const group of input.groups) out.push(formatGroup(group, input, style), "");
  out.push(...formatHistoryNotes(input, style));
  out.push(formatHistorySummaryLine(input, style));
  return `${out.join("\n")}
`;
}
function formatGroup(group, input, style) {
  const first = group.places[0];
  const secret = input.redact ? group.redacted : group.secret;
  const where = input.history.tip?.ref ?? "the default branch";
  const status = group.stillExposed ? style.red(style.bold(`STILL EXPOSED at ${where}${group.tipPaths.length ? ` (${group.tipPaths.join(", ")})` : ""}`)) : style.yellow(`removed from ${where}, still in history`);
  const lines = [
    `${style.bold(secret)}  ${style.red(group.ruleName)} ${style.dim(`[${group.ruleId}, ${group.severity}]`)}`,
    `  status:     ${status}`,
    `  introduced: ${commitLine(first)}`,
    `  rotate it: assume it is compromised; removing it from history does not un-leak it`,
    `  appeared at ${group.places.length} ${group.places.length === 1 ? "path" : "paths"}:`
  ];
  for (const place of group.places) lines.push(formatPlace(place, input.redact, style));
  return lines.join("\n");
}
function formatPlace(f, redact, style) {
  const extras = [];
  if (f.commitsAtPath > 1) extras.push(`committed ${f.commitsAtPath} times here`);
  if (f.sameBlobElsewhere > 0) extras.push(`same file content in ${f.sameBlobElsewhere} other ${f.sameBlobElsewhere === 1 ? "commit/path" : "commits/paths"}`);
  return [
    `    ${style.bold(`${f.path}:${f.line}:${f.column}`)}  ${commitLine(f)}${extras.length ? style.dim(`  (${extras.join("; ")})`) : ""}`,
    `      ${style.dim(shownSnippet(f, redact))}`,
    `      ${style.dim(`fingerprint ${f.fingerprint}`)}`
  ].join("\n");
}
function commitLine(f) {
  const c = f.commit;
  return `${c.sha.slice(0, 12)} ${c.date.slice(0, 10)} ${c.authorName} <${c.authorEmail}> "${c.summary}"`;
}
function formatHistoryNotes(input, style) {
  const notes = [];
  const h = input.history;
  if (h.shallow) notes.push(style.yellow("warning: shallow clone: history is incomplete; commits at the boundary are shown as introducing everything they contain (run `git fetch --unshallow` for a full audit)"));
  if (h.walkError) notes.push(style.red(`error: the history walk stopped early: ${h.walkError}`));
  for (const u of h.unreadableObjects) notes.push(style.red(`error: could not read blob ${u.oid}${u.path ? ` (${u.path} in ${u.commit.slice(0, 12)})` : ""}: ${u.reason}`));
  if (isIncomplete(input)) notes.push(style.red("error: the audit is incomplete: objects above could not be read (run `git fsck` to see what is damaged)"));
  for (const w of input.warnings) notes.push(style.yellow(`warning: ${w.path ? `${w.path}: ` : ""}${w.message}`));
  if (input.stats.staleBaseline.length > 0) notes.push(style.dim(`note: ${input.stats.staleBaseline.length} baseline entries matched nothing in history`));
  return notes;
}
function formatHistorySummaryLine(input, style) {
  const { stats, history } = input;
  const scope = [`${history.scope}`, `${stats.commits ?? 0} commits`, `${stats.blobs ?? 0} unique blobs`, humanBytes(stats.bytes)];
  if (history.binaryBlobs) scope.push(`${history.binaryBlobs} binary skipped`);
  if (stats.suppressedByBaseline) scope.push(`${stats.suppressedByBaseline} in baseline`);
  const tail = style.dim(`(${scope.join(", ")}; ${(input.durationMs / 1e3).toFixed(2)}s)`);
  const n = input.groups.length;
  if (n === 0) return `${style.green("leakguard: no secrets found in history")} ${tail}`;
  const exposed = input.groups.filter((g) => g.stillExposed).length;
  const places = input.findings.length;
  return `${style.red(style.bold(`leakguard: ${n} ${n === 1 ? "secret" : "secrets"} found in history at ${places} ${places === 1 ? "place" : "places"}, ${exposed} still exposed`))} ${tail}`;
}

// src/cli/write-history-report.ts
async function writeHistoryReport(outcome, keep, options, baseline, htmlPath, ctx) {
  const { scan, facts } = outcome;
  const tipSecrets = facts.tip ? await findTipSecrets(outcome.engine, facts.tip.sha, scan.hits, scan.seen) : /* @__PURE__ */ new Map();
  const all = attributeFindings(scan.hits, keep, tipSecrets);
  const base = baseline ? applyBaseline(all, baseline) : { kept: all, suppressed: 0, stale: [] };
  const findings = sortFindings(base.kept);
  const input = {
    command: "history",
    toolVersion: VERSION,
    root: facts.root,
    findings,
    groups: groupBySecret(findings, tipSecrets),
    rules: outcome.settings.rules,
    stats: {
      files: scan.blobs,
      bytes: scan.bytes,
      binary: [],
      unreadable: [],
      skipped: [],
      commits: scan.commits,
      blobs: scan.blobs,
      suppressedByBaseline: base.suppressed,
      staleBaseline: base.stale
    },
    warnings: outcome.warnings,
    redact: options.redact,
    durationMs: performance.now() - outcome.startedAt,
    history: {
      engine: outcome.engine.name,
      scope: outcome.scopeText,
      ...facts.tip && { tip: facts.tip },
      shallow: facts.shallow,
      binaryBlobs: scan.binaryBlobs,
      unreadableObjects: scan.unreadable,
      ...scan.walkError !== void 0 && { walkError: scan.walkError }
    }
  };
  const text = (color) => {
    switch (options.format) {
      case "json":
        return formatHistoryJson(input);
      case "sarif":
        return formatHistorySarif(input);
      case "text":
        return formatHistoryText(input, createStyle(color));
    }
  };
  if (htmlPath) write(resolve(ctx.cwd, htmlPath), formatHistoryHtml(input), `--report ${htmlPath}`);
  if (options.output) {
    write(resolve(ctx.cwd, options.output), text(false), `--output ${options.output}`);
    ctx.stderr.write(`${formatHistorySummaryLine(input, createStyle(wantsColor(ctx.stderr, ctx.env)))}
`);
  } else {
    ctx.stdout.write(text(wantsColor(ctx.stdout, ctx.env)));
  }
  if (isIncomplete(input)) {
    if (options.format !== "text" || options.output) ctx.stderr.write("leakguard: the audit is incomplete: some objects could not be read (see the report); exit 2\n");
    return EXIT_ERROR;
  }
  return findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
function write(path, content, flag) {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new UsageError(`${flag}: cannot write (${error.code ?? error.message})`);
  }
}

// src/cli/commands/history.ts
var HISTORY_HELP = `usage: leakguard history [PATH] [options]

Audit the full git history of the repository at PATH (default: the current directory): every
commit reachable from every ref (branches, tags, remote-tracking refs, every stash entry). Each
unique blob is scanned once; each secret is attributed to the commit that introduced it at each
path, and marked still exposed when the default branch's tip holds it.

${COMMON_HELP}
      --branch REF               only commits reachable from REF
      --range A..B               only commits reachable from B and not from A
      --since-commit SHA         only commits not reachable from SHA (newer work)
      --report FILE              also write a self-contained HTML report to FILE
      --git-engine git|isomorphic  read with the git CLI (default) or isomorphic-git (no git needed)
      --workers N                scan threads (default: one per core but one; each after the first starts only while a core idles; 0 = none)
  exit codes: 0 no secrets, 1 secrets found, 2 error or part of the history unreadable`;
var OWN = {
  branch: { type: "string" },
  range: { type: "string" },
  "since-commit": { type: "string" },
  report: { type: "string" },
  "git-engine": { type: "string" },
  workers: { type: "string" }
};
var historyCommand = async (argv, ctx) => {
  const startedAt = performance.now();
  const { values, positionals } = parseCommand("history", argv, OWN);
  if (values.help) {
    ctx.stdout.write(`${HISTORY_HELP}
`);
    return EXIT_CLEAN;
  }
  const options = commonOptions("history", values);
  if (positionals.length > 1) throw new UsageError("leakguard history: give one repository path");
  if (values.branch !== void 0 && values.range !== void 0) throw new UsageError("leakguard history: use --branch or --range, not both");
  const target = resolve2(ctx.cwd, positionals[0] ?? ".");
  if (!existsSync(target) || !statSync(target).isDirectory()) throw new SourceError(`${target}: no such directory; give the path of a git repository`);
  const warnings = [];
  const engine = await chooseEngine(values["git-engine"], target, warnings);
  const facts = await engine.facts();
  const { settings, baseline } = loadSettings(options, facts.root, ctx.cwd);
  const scope = { include: "all", exclude: [] };
  let scopeText = "all refs";
  const resolveRef = async (ref, flag) => {
    if (ref.startsWith("-")) throw new UsageError(`leakguard history: ${flag} "${ref}" is not a ref`);
    const sha = facts.empty ? void 0 : await engine.resolveCommit(ref);
    if (!sha) throw new UsageError(`leakguard history: ${flag} "${ref}" names no commit in ${facts.root}`);
    return sha;
  };
  if (values.branch !== void 0) {
    scope.include = [await resolveRef(values.branch, "--branch")];
    scopeText = values.branch;
  }
  if (values.range !== void 0) {
    const m = /^(.+?)\.\.(.+)$/.exec(values.range);
    if (!m || m[2].startsWith(".")) throw new UsageError(`leakguard history: --range must look like A..B, not "${values.range}"`);
    scope.include = [await resolveRef(m[2], "--range")];
    scope.exclude.push(await resolveRef(m[1], "--range"));
    scopeText = values.range;
  }
  if (values["since-commit"] !== void 0) {
    scope.exclude.push(await resolveRef(values["since-commit"], "--since-commit"));
    scopeText += ` since ${values["since-commit"]}`;
  }
  const outcome = {
    engine,
    facts,
    scopeText,
    settings,
    warnings,
    startedAt,
    scan: { hits: [], commits: 0, blobs: 0, bytes: 0, binaryBlobs: 0, unreadable: [], seen: /* @__PURE__ */ new Set() }
  };
  if (facts.empty) {
    warnings.push({ path: "", message: "the repository has no commits yet: nothing to audit" });
  } else {
    const progress = createHistoryProgress(ctx.stderr);
    try {
      const workers = values.workers === void 0 ? {} : { workers: parseWorkers(values.workers) };
      outcome.scan = (await scanHistoryInPool(engine, scope, settings, { ...workers, onProgress: (p) => progress.update(p) })).scan;
    } finally {
      progress.done();
    }
  }
  return writeHistoryReport(outcome, placeFilter(settings), options, baseline, values.report, ctx);
};
async function chooseEngine(requested, target, warnings) {
  if (requested !== void 0 && requested !== "git" && requested !== "isomorphic") {
    throw new UsageError(`leakguard history: --git-engine must be git or isomorphic, not "${requested}"`);
  }
  const isomorphic = async () => (await import("./chunk-DVAUYMAX.js")).createIsomorphicHistoryEngine(target);
  if (requested === "isomorphic") return isomorphic();
  if (!gitIsAvailable()) {
    if (requested === "git") throw new UsageError("leakguard history: --git-engine git: git is not installed or not on PATH");
    warnings.push({ path: "", message: "git was not found: reading the repository with isomorphic-git (slower)" });
    return isomorphic();
  }
  return createCliHistoryEngine(target);
}
function parseWorkers(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`leakguard history: --workers must be a whole number from 0 to 64, not "${value}"`);
  return n;
}
export {
  HISTORY_HELP,
  historyCommand
};
