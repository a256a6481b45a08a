import { isIdentifierLike } from '../strength.js';
import type { CandidateFilter } from './candidate.js';
import { isStoredCredential } from './credential-context.js';

/**
 * Long identifiers: names in code that a loose pattern takes for a key (`AbstractSingletonProxyFactoryBean`,
 * `DEFAULT_AUTH_TOKEN_HEADER_NAME`, `handleOAuthCallbackRedirect`). Every part is a word of three or
 * more letters; random keys break into short fragments at their case changes and contain digits.
 */
export const isLongIdentifier: CandidateFilter = (candidate) => {
  const { secret } = candidate;
  // A password a credential store keeps (`roboMongoSSHPass`) is made of words because a person chose it.
  if (isStoredCredential(candidate)) return undefined;
  const body = secret.replace(/^[A-Za-z]{2,8}_(?=[A-Za-z])/, '');
  if (body.length < 12) return undefined;
  return isIdentifierLike(body) ? 'identifier in code' : undefined;
};
