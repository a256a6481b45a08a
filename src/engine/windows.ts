/**
 * Windows: the stretches of text a rule's regex runs over, around its keyword hits. Overlapping windows
 * are merged so no match is seen twice, then each merged window is widened to whole lines (at most
 * MAX_LINE_REACH characters each way, so a 10 MB minified line costs no more than a short one).
 * Widening after merging matters: a common keyword hits every few hundred characters of real code, and
 * looking for line ends around each hit cost more than the regexes (measured on 168 MB of npm packages).
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
    // Hits arrive in order of keyword end; a longer keyword can start a little before the previous one.
    if (start < windows[n - 2]!) windows[n - 2] = start;
    return;
  }
  windows.push(start, end);
}

/** Widen every window of a merged list (from addWindow) to whole lines, merging again where they now touch. */
export function widenToLines(text: string, windows: number[]): void {
  let out = 0;
  for (let i = 0; i < windows.length; i += 2) {
    const start = lineStartWithin(text, windows[i]!);
    const end = lineEndWithin(text, windows[i + 1]!);
    if (out > 0 && start <= windows[out - 1]!) {
      if (end > windows[out - 1]!) windows[out - 1] = end;
    } else {
      windows[out++] = start;
      windows[out++] = end;
    }
  }
  windows.length = out;
}
