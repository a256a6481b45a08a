/**
 * Windows: the stretches of text a rule's regex runs over, around its keyword hits. Each is widened to
 * whole lines (at most MAX_LINE_REACH characters each way, so a 10 MB minified line costs no more than a
 * short one), and overlapping windows are merged so no match is seen twice.
 */
const MAX_LINE_REACH = 1024;

export function lineStartWithin(text: string, from: number): number {
  const limit = Math.max(0, from - MAX_LINE_REACH);
  for (let i = from; i > limit; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return limit;
}

export function lineEndWithin(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LINE_REACH);
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit;
}

/** Append window [start, end) to a sorted list of disjoint windows (flat pairs), merging when they touch. */
export function addWindow(windows: number[], start: number, end: number): void {
  const n = windows.length;
  if (n > 0 && start <= windows[n - 1]!) {
    if (end > windows[n - 1]!) windows[n - 1] = end;
    return;
  }
  windows.push(start, end);
}
