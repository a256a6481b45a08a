import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/engine/locate.js';

/** Line and column by splitting the text the slow, obvious way: LF, CRLF and lone CR end a line. */
function naive(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split(/\r\n|\n|\r/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('locate', () => {
  const bodies = {
    'LF only': 'const a = 1;\nconst token = "x";\n\n  password = y\nlast',
    CRLF: 'const a = 1;\r\nconst token = "x";\r\n\r\n  password = y\r\nlast',
    'lone CR (old Mac)': 'const a = 1;\rconst token = "x";\r\r  password = y\rlast',
    mixed: 'a\nb\r\nc\rd\n\re',
  };
  for (const [kind, text] of Object.entries(bodies)) {
    it(`gives every offset the line and column an editor shows (${kind})`, () => {
      const locator = createLocator(text, 1, 0);
      for (let i = 0; i <= text.length; i++) {
        // Between the CR and LF of a CRLF is no place a match starts or ends.
        if (text[i - 1] === '\r' && text[i] === '\n') continue;
        const got = locator.locate(i);
        expect({ line: got.line, column: got.column }, `offset ${i}`).toEqual(naive(text, i));
      }
    });
  }

  it('skips a long prefix and still counts from where the last answer left off', () => {
    const text = 'x\n'.repeat(100_000) + 'secret here';
    const locator = createLocator(text, 1, 0);
    expect(locator.locate(10).line).toBe(6);
    expect(locator.locate(text.length - 4)).toMatchObject({ line: 100_001, column: 8 });
    // The same offset again (a finding's end on its start's line) gives the same answer.
    expect(locator.locate(text.length - 4)).toMatchObject({ line: 100_001, column: 8 });
  });

  it('shifts lines and the first line\'s columns for a fragment that starts mid-file', () => {
    const locator = createLocator('ab\ncd', 40, 7);
    expect(locator.locate(1)).toMatchObject({ line: 40, column: 9 });
    expect(locator.locate(4)).toMatchObject({ line: 41, column: 2 });
  });
});
