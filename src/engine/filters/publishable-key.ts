import type { CandidateFilter } from './candidate.js';

/**
 * Keys that are public by design: they ship in web pages and mobile apps and can only do what a
 * visitor can (Stripe publishable keys, Mapbox public tokens, Algolia search-only use is not
 * distinguishable, so it is not here).
 * Stripe: https://docs.stripe.com/keys#obtain-api-keys ; Mapbox: https://docs.mapbox.com/help/glossary/access-token/
 */
const PUBLISHABLE = /^(?:pk_(?:live|test)_[0-9A-Za-z]{10,}|pk\.eyJ[\w-]{10,}\.[\w-]{10,})$/;
/**
 * NATS nkey public keys: 56 base32 characters starting with the key type (U user, A account,
 * O operator, N server, C cluster); only seeds (starting with S) are secret.
 * https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth
 */
const NKEY_PUBLIC = /^[UAONC][A-Z2-7]{55}$/;

export const isPublishableKey: CandidateFilter = ({ secret }) =>
  PUBLISHABLE.test(secret) || NKEY_PUBLIC.test(secret) ? 'publishable key (public by design)' : undefined;
