import { isTypedPasswordForHost } from '../url-host.js';
import type { Candidate } from './candidate.js';
import { isIllustrativePath } from './path-context.js';

/**
 * Context decides whether a weak value is a credential. Outside tests and documentation, two contexts
 * say "this is a password someone uses" whatever the word:
 *
 * - a rule that reads a credential store (`strength = "stored"`): a file whose format exists to keep a
 *   tool's credentials (`.pgpass`, `.git-credentials`, FileZilla's site manager, DBeaver data sources,
 *   editor SFTP configs...). The tool wrote what the user typed; a weak real password is worse, not
 *   better, and nothing there documents anything;
 * - the user-info of a URL whose host is a real, reachable name (`mongodb://app:PASSWORD@db.mlab.com`, whatever the password).
 *   Hosts reserved for documentation and loopback (RFC 2606, RFC 6761: `example.com`, `*.test`,
 *   `localhost`) and single-label names (a docker-compose service such as `db`) stay stand-ins: such a
 *   URL documents a setup or reaches a throwaway local database.
 *
 * In these contexts the filters still drop template syntax, masks and fill-in instructions
 * (`${DB_PASSWORD}`, `****`, `<password>`, `your-password-here`, `changeme`), but not dictionary words,
 * `example`-style words or identifiers.
 */
export function isStoredCredential(candidate: Candidate): boolean {
  if (isIllustrativePath(candidate.path)) return false;
  if (candidate.rule.spec.strength === 'stored') return true;
  const host = userinfoHost(candidate);
  return host !== undefined && isTypedPasswordForHost(candidate.secret, host);
}

/** The user-info of `scheme://user:` just before the secret and `@host` right after it. */
const USERINFO_BEFORE = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:@/'"<>]{1,100}):$/i;
const HOST_AFTER = /^@(\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9_%-]{1,63}(?:\.[A-Za-z0-9_%-]{1,63}){0,10})/;

/** The host of the URL whose user-info password the secret is, lowercased; undefined if it is not one. */
export function userinfoHost({ line, lineOffset, secret }: Candidate): string | undefined {
  const user = USERINFO_BEFORE.exec(line.slice(Math.max(0, lineOffset - 140), lineOffset))?.[1];
  // `https://mailto:jane@mail.org` is a mailto link pasted after a scheme: an address, not a login.
  if (user === undefined || /^mailto$/i.test(user)) return undefined;
  return HOST_AFTER.exec(line.slice(lineOffset + secret.length))?.[1]?.toLowerCase();
}
