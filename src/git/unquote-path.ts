/**
 * Undo git's C-style path quoting. git quotes a path in diff headers when it holds a double quote,
 * a backslash or a control character (a newline, a tab), and non-ASCII bytes unless
 * core.quotePath=false: `"a/new\nline.txt"`, `"caf\303\251"`. Octal escapes are bytes of UTF-8.
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt-corequotePath
 */
export function unquotePath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Read one path token from the start of `text` (quoted or not) and return it with the rest of the
 * text. An unquoted token runs to the end: callers only use this where the path is last on the line.
 */
export function readQuotedToken(text: string): { token: string; rest: string } | undefined {
  if (!text.startsWith('"')) return undefined;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return { token: unquotePath(text.slice(0, i + 1)), rest: text.slice(i + 1) };
  }
  return undefined;
}
