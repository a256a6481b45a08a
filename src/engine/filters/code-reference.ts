import type { CandidateFilter } from './candidate.js';

/**
 * Languages in which a string literal is always quoted. There, the unquoted right-hand side of
 * `apiKey: SensitiveString2048;` or `password = db_password` is a type, a variable or an expression:
 * a reference to a secret, never the secret itself. Formats that allow bare literals (YAML, .env,
 * INI, properties, shell, Dockerfile) are not listed.
 */
const QUOTING_LANGUAGE = /\.(?:[cm]?[jt]sx?|java|kt|kts|scala|groovy|gradle|go|cs|fs|vb|c|h|cc|cpp|cxx|hh|hpp|m|mm|swift|rs|dart|py|pyi|rb|php|lua|ex|exs|erl|hs|ml|clj|cljs|sol|zig|nim|cr|jl|r)$/i;

/** A name, member access, generic or union type: `SensitiveString2048`, `Buffer|Uint8Array|string`, `opts.auth`. */
const REFERENCE = /^[A-Za-z_$][\w$]*(?:(?:\?\.|[.|]|::)[A-Za-z_$][\w$]*)*(?:<[\w$.,| <>\[\]]*>)?(?:\[\])?[?!]?$/;

/**
 * Comments hold prose, and people paste real values into them (`# token: 3b1f...`): a comment is
 * judged by the other filters. Recognised by what starts the line or precedes the value on it. A
 * leading `'` (Visual Basic) opens a comment only when no second quote closes it before the value:
 * `'password' => $x` is a PHP or Python string key.
 */
export const COMMENT_BEFORE = /(?:^\s*(?:\/\/|#|\*|\/\*|--|;|<!--|%)|^\s*'[^']*$|\s(?:\/\/|#|--)\s)/;

/**
 * Generic (strength-judged) rules only: a provider's token format is distinctive enough to report
 * wherever it appears.
 */
export const isCodeReference: CandidateFilter = ({ rule, secret, line, lineOffset, path, encoded }) => {
  if (!rule.strength || encoded !== undefined) return undefined;
  if (!QUOTING_LANGUAGE.test(path)) return undefined;
  const before = line.slice(0, lineOffset);
  if (insideString(before)) return undefined; // `'USER=jdoe\nPASS=...'`: a literal after all
  // Right after a quote, unless an operator joins it to what follows: the value opens a literal, however
  // the quotes before it pair up (`'oauth_token: 'vzzexs9663d',` counts as closed).
  if (/["'`]$/.test(before) && !/^[+.]/.test(secret)) return undefined;
  if (COMMENT_BEFORE.test(before)) return undefined;
  // What a reference looks like once the statement's punctuation is set aside; right after a closing
  // quote, a leading `+` or `.` joins the string to a variable: `"PASSWORD=" + dbPass`, `'PASS='.$pass`.
  let value = secret.replace(/[;,)]+$/, '');
  if (/["'`][ \t]*$/.test(before)) value = value.replace(/^[+.][ \t]*/, '');
  return REFERENCE.test(value) ? 'identifier or type in code, not a literal' : undefined;
};

/** Whether the line so far leaves a string literal open (quotes counted, escapes skipped). */
function insideString(before: string): boolean {
  let open = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (open !== '' && c === '\\') i++;
    else if (open === '' && (c === '"' || c === "'" || c === '`')) open = c;
    else if (c === open) open = '';
  }
  return open !== '';
}
