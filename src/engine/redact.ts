/**
 * Redaction: what every output shows instead of a secret. At most a known provider prefix
 * (a rule keyword the secret starts with, such as `ghp_`) and the last 4 characters survive,
 * and fewer for short secrets, so that a redacted value never gives away enough to guess the rest.
 */
export function redactSecret(secret: string, prefix = ''): string {
  const body = secret.slice(prefix.length);
  const tail = body.length >= 20 ? 4 : body.length >= 12 ? 2 : 0;
  return `${prefix}...${tail > 0 ? body.slice(-tail) : ''}`;
}

/** The longest of `keywords` that `secret` starts with (case-insensitively), cut to at most 12 characters. */
export function knownPrefix(secret: string, keywords: readonly string[]): string {
  const lower = secret.toLowerCase();
  let best = '';
  for (const keyword of keywords) {
    if (keyword.length > best.length && keyword.length <= 12 && keyword.length < secret.length - 8 && lower.startsWith(keyword.toLowerCase())) {
      best = secret.slice(0, keyword.length);
    }
  }
  return best;
}

/** Replace every occurrence of `secret` in `text` with its redacted form. */
export function maskIn(text: string, secret: string, redacted: string): string {
  if (secret.length === 0) return text;
  return text.split(secret).join(redacted);
}
