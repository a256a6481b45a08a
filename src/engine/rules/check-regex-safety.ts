/**
 * A static check for regexes that V8 could backtrack on catastrophically: a repeated group whose body
 * itself varies in length, such as `(a+)+`, `(\w{1,5})*` or `(?:[a-z]+\.)+`. leakguard's own rules and
 * users' rules both pass through it; a rule that fails is rejected at load with the reason.
 * Windows around keyword hits bound the text each regex sees, which caps the remaining polynomial cases.
 */

interface GroupState {
  /** The group's body contains a quantifier whose min and max differ. */
  variable: boolean;
}

/** Returns a sentence describing the problem, or undefined when the regex is safe to run. */
export function findBacktrackingRisk(source: string): string | undefined {
  const stack: GroupState[] = [{ variable: false }];
  let i = 0;
  let lastGroupVariable: boolean | undefined;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      i += 2;
      lastGroupVariable = undefined;
      continue;
    }
    if (ch === '[') {
      i = skipClass(source, i);
      lastGroupVariable = undefined;
      continue;
    }
    if (ch === '(') {
      stack.push({ variable: false });
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') {
          i = source.indexOf('>', i) + 1;
        } else if (source[i] === '<') {
          i += 2;
        } else {
          i++;
        }
      }
      lastGroupVariable = undefined;
      continue;
    }
    if (ch === ')') {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return 'unbalanced parentheses';
      lastGroupVariable = closed.variable;
      stack[stack.length - 1]!.variable ||= closed.variable;
      i++;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      const varies = quantifier.min !== quantifier.max;
      if (lastGroupVariable === true && (quantifier.max === Infinity || quantifier.max > 10)) {
        return `a repeated group whose body varies in length ("${source.slice(Math.max(0, i - 20), i + quantifier.length)}") can backtrack catastrophically; bound the inner repetition exactly or the outer one to at most 10`;
      }
      if (varies) stack[stack.length - 1]!.variable = true;
      i += quantifier.length;
      lastGroupVariable = undefined;
      continue;
    }
    lastGroupVariable = undefined;
    i++;
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  return undefined;
}

function skipClass(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

function readQuantifier(source: string, i: number): { min: number; max: number; length: number } | undefined {
  const ch = source[i];
  let q: { min: number; max: number; length: number } | undefined;
  if (ch === '*') q = { min: 0, max: Infinity, length: 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, length: 1 };
  else if (ch === '?') q = { min: 0, max: 1, length: 1 };
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    q = { min, max, length: m[0].length };
  }
  if (q && source[i + q.length] === '?') q.length++;
  return q;
}
