/** One bar of the timeline: secrets first committed in a period (a month, or a day for short histories). */
export interface TimelineBar {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  exposed: number;
  removed: number;
}

const DAY = 86_400_000;

/**
 * Count secrets per period of first introduction, filling empty periods so gaps show as gaps. Months,
 * or days when everything happened within about three months. Pure.
 */
export function timelineBars(firstDates: readonly { date: string; exposed: boolean }[]): TimelineBar[] {
  if (firstDates.length === 0) return [];
  const times = firstDates.map((d) => Date.parse(d.date)).sort((a, b) => a - b);
  const byDay = times[times.length - 1]! - times[0]! <= 92 * DAY;
  const key = (t: number) => new Date(t).toISOString().slice(0, byDay ? 10 : 7);
  const bars = new Map<string, TimelineBar>();
  const first = new Date(times[0]!);
  const last = key(times[times.length - 1]!);
  for (let i = 0; i < 5000; i++) {
    const t = byDay ? first.getTime() + i * DAY : Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1);
    const period = key(t);
    bars.set(period, { period, exposed: 0, removed: 0 });
    if (period >= last) break;
  }
  for (const d of firstDates) {
    const bar = bars.get(key(Date.parse(d.date)));
    if (bar) bar[d.exposed ? 'exposed' : 'removed']++;
  }
  return [...bars.values()];
}

/**
 * A stacked bar chart as inline SVG (no script, no external assets): still-exposed secrets in red on
 * top of removed ones in amber, one bar per period, with a title per bar for the exact counts.
 */
export function timelineSvg(bars: readonly TimelineBar[]): string {
  const width = 760;
  const height = 220;
  const pad = { left: 36, right: 8, top: 12, bottom: 40 };
  const max = Math.max(1, ...bars.map((b) => b.exposed + b.removed));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = bars.length > 0 ? plotW / bars.length : plotW;
  const barW = Math.max(1, Math.min(40, step * 0.8));
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const parts: string[] = [];
  parts.push(`<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#888"/>`);
  for (const v of new Set([0, Math.ceil(max / 2), max])) {
    parts.push(`<text x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#555">${v}</text>`);
  }
  bars.forEach((b, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    const title = `<title>${b.period}: ${b.exposed} still exposed, ${b.removed} removed</title>`;
    if (b.removed > 0) parts.push(`<rect class="tl-bar removed" x="${x.toFixed(1)}" y="${y(b.removed).toFixed(1)}" width="${barW.toFixed(1)}" height="${(pad.top + plotH - y(b.removed)).toFixed(1)}" fill="#e0a030">${title}</rect>`);
    if (b.exposed > 0) parts.push(`<rect class="tl-bar exposed" x="${x.toFixed(1)}" y="${y(b.removed + b.exposed).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(b.removed) - y(b.removed + b.exposed)).toFixed(1)}" fill="#c62828">${title}</rect>`);
    if (i % labelEvery === 0) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#555">${b.period}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Secrets introduced over time" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join('')}</svg>`;
}
