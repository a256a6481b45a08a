import { maskIn } from '../engine/redact.js';
import type { Finding } from '../engine/types.js';

/**
 * A function that replaces every secret found with its redacted form, in any text about to leave the
 * process. Commit messages and paths come from the people being scanned: a commit titled with the
 * token it adds must not print the token in a summary or a check run. Longest secrets first, so a
 * secret containing another is masked whole.
 */
export function createMasker(findings: readonly Finding[]): (text: string) => string {
  const pairs = new Map<string, string>();
  for (const f of findings) if (f.secret.length >= 6) pairs.set(f.secret, f.redacted);
  const ordered = [...pairs].sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    let out = text;
    for (const [secret, redacted] of ordered) if (out.includes(secret)) out = maskIn(out, secret, redacted);
    return out;
  };
}
