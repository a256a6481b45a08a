import type { HistoryFinding, SecretGroup } from '../sources/history-provenance.js';
import { humanBytes } from './format-text.js';
import { isIncomplete, type HistoryReportInput } from './history-report-input.js';
import { timelineBars, timelineSvg } from './history-timeline-svg.js';

/**
 * The history audit as one self-contained HTML page for a security lead: totals, still-exposed secrets
 * first, findings by rule and by author, and a timeline chart. No script and no external assets (a
 * Content-Security-Policy forbids loading any); every value from the repository is escaped.
 */
export function formatHistoryHtml(input: HistoryReportInput): string {
  const h = input.history;
  const groups = input.groups;
  const exposed = groups.filter((g) => g.stillExposed);
  const removed = groups.filter((g) => !g.stillExposed);
  const secretOf = (g: SecretGroup) => (input.redact ? g.redacted : g.secret);
  const notes: string[] = [];
  if (h.shallow) notes.push('<p class="warn">Shallow clone: history is incomplete. Commits at the boundary appear to introduce everything they contain.</p>');
  if (isIncomplete(input)) {
    notes.push(`<p class="error">The audit is incomplete: ${h.unreadableObjects.length} object(s) could not be read${h.walkError ? ` and the walk stopped early (${esc(h.walkError)})` : ''}.</p>`);
    if (h.unreadableObjects.length) notes.push(`<ul class="error">${h.unreadableObjects.map((u) => `<li><code>${esc(u.oid)}</code> ${esc(u.path)}: ${esc(u.reason)}</li>`).join('')}</ul>`);
  }
  for (const w of input.warnings) notes.push(`<p class="warn">${esc(w.message)}</p>`);

  const body = `
<header>
  <h1>leakguard history audit</h1>
  <p class="meta">${esc(input.root)} &middot; scope: ${esc(h.scope)} &middot; default branch: ${h.tip ? `${esc(h.tip.ref)} (<code>${esc(h.tip.sha.slice(0, 12))}</code>)` : 'none'} &middot; leakguard ${esc(input.toolVersion)}</p>
</header>
<section class="totals">
  ${tile(groups.length, 'distinct secrets', 'total-secrets')}
  ${tile(exposed.length, 'still exposed', 'total-exposed', exposed.length > 0 ? 'bad' : '')}
  ${tile(removed.length, 'removed, alive in history', 'total-removed')}
  ${tile(input.findings.length, 'places (path + commit)', 'total-places')}
  ${tile(input.stats.commits ?? 0, 'commits', 'total-commits')}
  ${tile(input.stats.blobs ?? 0, `unique blobs (${esc(humanBytes(input.stats.bytes))})`, 'total-blobs')}
</section>
${notes.join('\n')}
${groups.length === 0 ? '<p class="clean" id="verdict">No secrets found in the audited history.</p>' : ''}
<section id="exposed"><h2>Still exposed at ${h.tip ? esc(h.tip.ref) : 'the default branch'} (${exposed.length})</h2>
${exposed.length ? secretTable(exposed, secretOf, input.redact) : '<p>None.</p>'}
<p class="hint">Rotate these first: they are in the current tree and in history.</p></section>
<section id="removed"><h2>Removed from the tree, still in history (${removed.length})</h2>
${removed.length ? secretTable(removed, secretOf, input.redact) : '<p>None.</p>'}
<p class="hint">Anyone with a clone can still read these: rotate them; rewriting history does not un-leak a pushed secret.</p></section>
<section id="timeline"><h2>Secrets introduced over time</h2>
${groups.length ? timelineSvg(timelineBars(groups.map((g) => ({ date: g.places[0]!.commit.date, exposed: g.stillExposed })))) : '<p>Nothing to chart.</p>'}
<p class="legend"><span class="sw exposed"></span> still exposed <span class="sw removed"></span> removed</p></section>
<div class="two">
<section id="by-rule"><h2>By rule</h2>${countTable(groups, (g) => [g.ruleId, `${g.ruleName} (${g.ruleId})`])}</section>
<section id="by-author"><h2>By author</h2>${countTable(groups, (g) => { const c = g.places[0]!.commit; return [c.authorEmail, `${c.authorName} <${c.authorEmail}>`]; })}</section>
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

function tile(value: number, label: string, id: string, cls = ''): string {
  return `<div class="tile ${cls}" id="${id}"><b>${value}</b><span>${label}</span></div>`;
}

function secretTable(groups: readonly SecretGroup[], secretOf: (g: SecretGroup) => string, redact: boolean): string {
  const rows = groups.map((g) => {
    const first = g.places[0]!;
    const c = first.commit;
    const places = g.places.map((p) => placeItem(p, redact)).join('');
    return `<tr class="secret ${g.stillExposed ? 'exposed' : 'removed'}" data-rule="${esc(g.ruleId)}">
<td><code>${esc(secretOf(g))}</code></td><td>${esc(g.ruleName)}<br><small>${esc(g.ruleId)}</small></td><td class="sev ${esc(g.severity)}">${esc(g.severity)}</td>
<td>${esc(c.date.slice(0, 10))}<br><small>${esc(c.authorName)} &lt;${esc(c.authorEmail)}&gt;</small><br><code>${esc(c.sha.slice(0, 12))}</code> ${esc(c.summary)}</td>
<td>${g.stillExposed && g.tipPaths.length ? `<b>now at</b> ${g.tipPaths.map((p) => `<code>${esc(p)}</code>`).join(', ')}<br>` : ''}<details><summary>${g.places.length} ${g.places.length === 1 ? 'place' : 'places'}</summary><ul>${places}</ul></details></td></tr>`;
  });
  return `<table class="secrets"><thead><tr><th>secret</th><th>rule</th><th>severity</th><th>introduced</th><th>where</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function placeItem(p: HistoryFinding, redact: boolean): string {
  const snippet = redact ? p.snippet : p.snippet.split(p.redacted).join(p.secret);
  const extra = p.sameBlobElsewhere > 0 ? ` &middot; same content in ${p.sameBlobElsewhere} other commit/path(s)` : '';
  return `<li><code>${esc(p.path)}:${p.line}</code> in <code>${esc(p.commit.sha.slice(0, 12))}</code> ${esc(p.commit.date.slice(0, 10))} by ${esc(p.commit.authorName)}${extra}<br><code class="snippet">${esc(snippet)}</code></li>`;
}

function countTable(groups: readonly SecretGroup[], keyOf: (g: SecretGroup) => [string, string]): string {
  const counts = new Map<string, { label: string; total: number; exposed: number }>();
  for (const g of groups) {
    const [key, label] = keyOf(g);
    const c = counts.get(key) ?? { label, total: 0, exposed: 0 };
    c.total++;
    if (g.stillExposed) c.exposed++;
    counts.set(key, c);
  }
  const rows = [...counts.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : 1));
  if (rows.length === 0) return '<p>None.</p>';
  const max = rows[0]!.total;
  return `<table class="counts"><tbody>${rows
    .map((r) => `<tr><td>${esc(r.label)}</td><td class="n">${r.total}</td><td class="n">${r.exposed ? `<span class="bad">${r.exposed} exposed</span>` : ''}</td><td class="barcell"><div class="bar" style="width:${Math.round((r.total / max) * 100)}%"></div></td></tr>`)
    .join('')}</tbody></table>`;
}

/** Escape text for HTML element content and double-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
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
