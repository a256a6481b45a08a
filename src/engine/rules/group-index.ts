/**
 * The number of each named capture group in a regex source, as `match[n]` and `match.indices[n]`
 * count them. The scanner reads the `secret` and `name` groups of every match; through `match.groups`
 * that is a property of an object whose shape differs from rule to rule, which V8 cannot keep fast
 * across 400 rules (each new shape threw the matching loop's optimised code away), while `match[n]`
 * reads an array.
 */
export function groupIndexes(source: string): Map<string, number> {
  const indexes = new Map<string, number>();
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++; // an escaped character is a literal, whatever it is
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') count++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        count++;
        const close = source.indexOf('>', i + 3);
        indexes.set(source.slice(i + 3, close), count);
      }
    }
  }
  return indexes;
}
