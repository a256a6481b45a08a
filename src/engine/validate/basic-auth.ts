/**
 * A base64 `user:password` pair (`.npmrc` `_auth`, Docker `config.json` `auth`, `Authorization: Basic`):
 * it decodes to printable text with a non-empty user and password around the first colon. Padding is
 * optional (some clients write it without), but a length of 4n+1 is never base64.
 */
export function basicAuthBase64(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const text = Buffer.from(secret, 'base64').toString('utf8');
  if (!/^[\x20-\x7e]+$/.test(text)) return false;
  const colon = text.indexOf(':');
  return colon > 0 && colon < text.length - 1;
}
