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
  // Most texts have no CR: their lines are counted by native LF searches, which skip a long file's
  // prefix many times faster than a loop over its characters (history locates findings in every
  // version of a file). A text with a CR anywhere takes the loop that knows lone CRs.
  const lfOnly = !text.includes('\r');
  // The next LF not yet counted, found once: a long line holding many findings is not searched again.
  let nextLf = -1;
  return {
    locate(index) {
      if (lfOnly) {
        if (nextLf < pos) nextLf = next(text, pos);
        while (nextLf < index) {
          line++;
          lineStart = nextLf + 1;
          nextLf = next(text, lineStart);
        }
        if (index > pos) pos = index;
      } else {
        for (; pos < index; pos++) {
          const c = text.charCodeAt(pos);
          if (c === LF || (c === CR && text.charCodeAt(pos + 1) !== LF)) {
            line++;
            lineStart = pos + 1;
          }
        }
      }
      const column = index - lineStart + 1 + (line === startLine ? startColumn : 0);
      return { line, column, lineStart };
    },
  };
}

/** Offset of the first LF at or after `from`; past the end when there is none. */
function next(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? Infinity : at;
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
