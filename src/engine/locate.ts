/** Turns text offsets into 1-based lines and UTF-16 columns, walking forward from the previous answer. */
export interface Locator {
  locate(index: number): { line: number; column: number; lineStart: number };
}

/** Offsets passed to `locate` must not decrease. */
export function createLocator(text: string, startLine: number, startColumn: number): Locator {
  let pos = 0;
  let line = startLine;
  let lineStart = 0;
  return {
    locate(index) {
      for (; pos < index; pos++) {
        if (text.charCodeAt(pos) === 10) {
          line++;
          lineStart = pos + 1;
        }
      }
      const column = index - lineStart + 1 + (line === startLine ? startColumn : 0);
      return { line, column, lineStart };
    },
  };
}

/** The text of the line around `index`, bounded to MAX characters, and where `index` falls in it. */
export function lineAround(text: string, lineStart: number, index: number, max = 4096): { line: string; offset: number } {
  const limit = Math.min(text.length, index + max);
  let end = index;
  while (end < limit && text.charCodeAt(end) !== 10) end++;
  const start = Math.max(lineStart, index - max);
  let line = text.slice(start, end);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return { line, offset: index - start };
}
