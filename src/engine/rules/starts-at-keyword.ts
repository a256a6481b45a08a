/** The lookbehind provider rules put before a short name that must start a word (`(?<![a-z0-9])okta`). */
const WORD_START = '(?<![a-z0-9])';

/**
 * Whether every match of a rule's regex begins where one of its keywords begins: the regex opens with
 * a required alternation of literal words (`(?i)(?<name>(?:token|key|auth)...`, `(?:jira|confluence)...`,
 * `(?:(?<![a-z0-9])okta)...`: a word that must start a word)
 * and each keyword starts with one of those words. Such a rule is tried only at its keyword hits (one
 * sticky match each) instead of scanning every position of a window around them: on 168 MB of npm
 * packages the generic key rule's windows covered 51 MB, with `token"` and `key ` hitting every few
 * hundred characters of code, and scanning them was a quarter of the whole scan.
 *
 * For a rule whose keywords are its leading words this finds exactly what the windows found. For one
 * whose keywords add a character (`key=`, `token"`), a match must now begin at such a keyword: a match
 * that began at a bare `key` elsewhere in the window was found only because some other keyword was near.
 */
export function startsAtKeyword(source: string, keywords: readonly string[]): boolean {
  const body = source.startsWith('(?i)') ? source.slice(4) : source;
  if (keywords.length > 0 && opensWithEveryKeyword(body, keywords)) return true;
  // Words may hold an escaped `+` (`git\+https`), and the group may follow `\b`, which only narrows where
  // a match starts, as the lookbehind does.
  const m = /^(?:\\b)?(?:\(\?<[A-Za-z]\w*>)?\(\?:((?:\(\?<!\[a-z0-9\]\))?(?:[A-Za-z0-9_-]|\\\+)+(?:\|(?:\(\?<!\[a-z0-9\]\))?(?:[A-Za-z0-9_-]|\\\+)+)*)\)(?![?*{])/.exec(body);
  if (!m || keywords.length === 0) return false;
  // A word may be required to start a word (`(?<![a-z0-9])okta`): the lookbehind only narrows where it matches.
  const words = m[1]!.toLowerCase().replaceAll(WORD_START, '').replaceAll('\\+', '+').split('|');
  return keywords.every((keyword) => words.some((word) => keyword.toLowerCase().startsWith(word)));
}

/**
 * A regex that opens with a literal (`://[^\s:@]...`) beginning with every one of its keywords: each match
 * starts with the literal, so at a hit of each keyword, and the rule is tried only there. On the bench
 * tree's 168 MB the URL-password rule's `://` hit 21,000 times, each opening a window.
 */
function opensWithEveryKeyword(body: string, keywords: readonly string[]): boolean {
  // A leading `\b` or lookbehind (`(?<![A-Za-z0-9+/])AAAA`) consumes nothing: it only narrows where the
  // literal after it may match.
  const lead = /^(?:\\b|\(\?<!(?:[^()\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\))/.exec(body)?.[0] ?? '';
  const rest = body.slice(lead.length);
  // The leading literal: plain characters and escaped punctuation, up to the first other regex syntax.
  const m = /^(?:[^\\^$.|?*+()[\]{}]|\\[^A-Za-z0-9])+/.exec(rest);
  if (!m) return false;
  const literal = m[0].replace(/\\(.)/g, '$1').toLowerCase();
  // A quantifier right after the literal would make its last character optional, and an alternative at
  // the top level (`://x|y`) would match without the literal.
  if (/^[?*{]/.test(rest.slice(m[0].length)) || hasTopLevelAlternation(body)) return false;
  return keywords.every((keyword) => keyword.length > 0 && literal.startsWith(keyword.toLowerCase()));
}

/** Whether `|` separates alternatives of the whole regex (outside every group and character class). */
function hasTopLevelAlternation(body: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
