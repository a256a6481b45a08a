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
 * - the user-info of a URL whose host is a real, reachable name (`mongodb://app:testpass@db.mlab.com`).
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
  const host = urlHostAfter(candidate);
  return host !== undefined && isRealHost(host);
}

/** The user-info of `scheme://user:` just before the secret and `@host` right after it. */
const USERINFO_BEFORE = /\b[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/'"<>]{1,100}:$/i;
const HOST_AFTER = /^@(\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9_%-]{1,63}(?:\.[A-Za-z0-9_%-]{1,63}){0,10})/;

function urlHostAfter({ line, lineOffset, secret }: Candidate): string | undefined {
  if (!USERINFO_BEFORE.test(line.slice(Math.max(0, lineOffset - 140), lineOffset))) return undefined;
  return HOST_AFTER.exec(line.slice(lineOffset + secret.length))?.[1]?.toLowerCase();
}

/**
 * RFC 2606 / RFC 6761 names (`example.com`, `.org`, `.net` and their subdomains, the `.example`,
 * `.test`, `.invalid` and `.localhost` TLDs), the link-local `.local` (RFC 6762, registered under
 * RFC 6761: a name on the reader's own network, like localhost), loopback and unspecified addresses.
 * https://www.rfc-editor.org/rfc/rfc2606 https://www.rfc-editor.org/rfc/rfc6761 https://www.rfc-editor.org/rfc/rfc6762
 */
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|^(?:127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[(?:0{0,4}:){2,7}0{0,3}1\]|\[::\])$/;

/** Names that documentation invents for "your server": `yourdomain.com`, `my-host.net`, `hostname.com`. */
const STAND_IN_HOST = /^(?:your|my)[\w-]*\.|^(?:host|hostname|server|domain|somehost|somedomain|company|mycompany|dbhost)\./;

/** A name someone could reach: a dotted name or address outside the reserved and stand-in names. */
export function isRealHost(host: string): boolean {
  if (RESERVED_HOST.test(host) || STAND_IN_HOST.test(host)) return false;
  // A single label (`db`, `postgres`, `redis`) only resolves inside a compose network or a LAN.
  return host.includes('.') || host.startsWith('[');
}
