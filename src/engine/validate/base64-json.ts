/** Decode base64 or base64url text to a JSON object, or undefined when it is not one. */
export function decodeJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const json = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (!json.startsWith('{')) return undefined;
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tokens that embed a base64 JSON object after a prefix (1Password service accounts `ops_eyJ...`,
 * Grafana Cloud `glc_eyJ...`): the part from `eyJ` (base64 of `{"`) must decode to a JSON object.
 */
export function embeddedJson(secret: string): boolean {
  const at = secret.indexOf('eyJ');
  if (at < 0) return false;
  const run = /^[A-Za-z0-9+/_-]+={0,2}/.exec(secret.slice(at))?.[0] ?? '';
  return decodeJsonObject(run) !== undefined;
}

/**
 * Sentry organization tokens: `sntrys_` + base64 JSON (`iat`, `url`, `region_url`, `org`) + `_` + secret.
 * https://docs.sentry.io/account/auth-tokens/#organization-tokens
 */
export function sentryOrgToken(secret: string): boolean {
  const parts = secret.split('_');
  if (parts.length !== 3 || parts[0] !== 'sntrys') return false;
  const payload = decodeJsonObject(parts[1]!);
  return payload !== undefined && typeof payload.iat === 'number' && (typeof payload.url === 'string' || typeof payload.region_url === 'string');
}

/** Grafana API keys (`eyJrIjoi...`): base64 of `{"k":"<key>","n":"<name>","id":<org id>}`. */
export function grafanaApiKey(secret: string): boolean {
  const payload = decodeJsonObject(secret);
  return payload !== undefined && typeof payload.k === 'string' && typeof payload.n === 'string' && typeof payload.id === 'number';
}
