import type { CandidateFilter } from './candidate.js';
import { isCodeReference } from './code-reference.js';
import { isContentHashName } from './content-hash-name.js';
import { isDataUri } from './data-uri.js';
import { isDocumentedExample } from './documented-example.js';
import { isHashOrUuid } from './hash-or-uuid.js';
import { isIllustratedSecret } from './illustrated-secret.js';
import { isAllowedInline } from './inline-allow.js';
import { isIntegrityHash } from './integrity-hash.js';
import { isLongIdentifier } from './long-identifier.js';
import { isMaskedValue } from './masked-value.js';
import { isObjectName } from './object-name.js';
import { isPlaceholder, isTemplated } from './placeholder.js';
import { isPublicKey } from './public-key.js';
import { isPublishableKey } from './publishable-key.js';
import { isRegexSource } from './regex-source.js';
import { isRepetitive } from './repetitive.js';
import { isStandIn } from './stand-in-name.js';

export type { Candidate, CandidateFilter } from './candidate.js';

/** The false-positive filters every candidate passes through, cheapest first. */
export const defaultFilters: readonly CandidateFilter[] = [
  isAllowedInline,
  isDocumentedExample,
  isPublishableKey,
  isPlaceholder,
  isStandIn,
  isMaskedValue,
  isRepetitive,
  isLongIdentifier,
  isCodeReference,
  isObjectName,
  isHashOrUuid,
  isIntegrityHash,
  isPublicKey,
  isDataUri,
  isContentHashName,
  isRegexSource,
];

/**
 * For rules whose values their container declares secret (`declared_secret`, a Kubernetes Secret's data):
 * a weak or word-like value is still the credential, so only stand-in syntax, masking, a weak value in
 * documentation or tests (an illustration of the manifest), and public material (a TLS Secret's
 * `tls.crt`, an `ssh-publickey`: stored beside the private half, public by design) drop it.
 */
export const declaredSecretFilters: readonly CandidateFilter[] = [isAllowedInline, isDocumentedExample, isTemplated, isMaskedValue, isIllustratedSecret, isPublicKey];
