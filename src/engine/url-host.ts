/**
 * Whether a URL's host is a machine someone could reach. A password in the user-info of a URL to a
 * real host is a credential whatever the word; toward a host reserved for documentation, loopback or a
 * name that only resolves on the reader's own network, a weak password illustrates a setup.
 */

/**
 * RFC 2606 / RFC 6761 names (`example.com`, `.org`, `.net` and their subdomains, the `.example`,
 * `.test`, `.invalid` and `.localhost` TLDs), the link-local `.local` (RFC 6762, registered under
 * RFC 6761: a name on the reader's own network, like localhost), loopback and unspecified addresses.
 * https://www.rfc-editor.org/rfc/rfc2606 https://www.rfc-editor.org/rfc/rfc6761 https://www.rfc-editor.org/rfc/rfc6762
 */
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|^(?:127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[(?:0{0,4}:){2,7}0{0,3}1\]|\[::\])$/;

/**
 * Names that documentation invents for "your server" though they are not reserved: `yourdomain.com`,
 * `my-host.net`, `hostname.com`, and hosts under `company.com` / `domain.com`-style domains.
 */
const STAND_IN_HOST = /^(?:your|my)[\w-]*\.|^(?:host|hostname|server|domain|somehost|somedomain|company|dbhost)\.|(?:^|\.)(?:(?:my|your)?(?:company|domain|site|server)|acme|foo|bar|foobar)\.(?:com|org|net)$/;

/** A name someone could reach: a dotted name or address outside the reserved and stand-in names. */
export function isRealHost(host: string): boolean {
  if (RESERVED_HOST.test(host) || STAND_IN_HOST.test(host)) return false;
  // A single label (`db`, `postgres`, `redis`) only resolves inside a compose network or a LAN.
  return host.includes('.') || host.startsWith('[');
}

/**
 * Below six characters (the shortest password most services accept) `user:abc@api.com` reads as an
 * illustration even toward a real host.
 */
export const MIN_TYPED_PASSWORD = 6;

/**
 * The slot's own name as the password (`user:password@host`, `:secret@`, `:pass@`): the way URLs are
 * written in help texts and code comments, toward real hosts too. (A credential store is no help
 * text: there `password` is the password.)
 */
const SLOT_WORD = /^(?:pass(?:word|wd)?|pwd|secret|passphrase)$/i;

/** A typed password toward a real host: six characters or more and not the slot's own name. */
export function isTypedPasswordForHost(value: string, host: string): boolean {
  return isRealHost(host) && value.length >= MIN_TYPED_PASSWORD && !SLOT_WORD.test(value);
}
