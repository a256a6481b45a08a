/**
 * Turns text offsets into 1-based lines and UTF-16 columns, walking forward from the previous answer.
 * Line breaks are LF, CRLF and a lone CR, as editors and SARIF (3.30.2, "line") count them: a file saved
 * with old Mac line ends must not report every finding on line 1.
 */
export interface Locator {
  locate(index: number): { line: number; column: number; lineStart: number };
}

const LF = 10;
const CR = 13;

/** Offsets passed to `locate` must not decrease. */
export function createLocator(text: string, startLine: number, startColumn: number): Locator {
  let pos = 0;
  let line = startLine;
  let lineStart = 0;
  return {
    locate(index) {
      for (; pos < index; pos++) {
        const c = text.charCodeAt(pos);
        if (c === LF || (c === CR && text.charCodeAt(pos + 1) !== LF)) {
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
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  const start = Math.max(lineStart, index - max);
  return { line: text.slice(start, end), offset: index - start };
}
