import type { CandidateFilter } from './candidate.js';

/**
 * Keys that providers publish in their own documentation as examples. They are known to everyone,
 * grant nothing, and appear in countless READMEs and tests.
 */
const DOCUMENTED = new Set([
  // AWS documentation examples: https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  // Stripe's API reference test keys: https://docs.stripe.com/keys#obtain-api-keys
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  // GitHub's documentation example token: https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  // JWT.io's default example (HS256, "your-256-bit-secret"): https://jwt.io/
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** AWS-style documentation keys end in EXAMPLE or EXAMPLEKEY; providers copy the convention. */
const EXAMPLE_SUFFIX = /EXAMPLE(?:KEY)?$|^AKIA[A-Z0-9]{0,12}EXAMPLE/;

export const isDocumentedExample: CandidateFilter = ({ secret }) => {
  if (DOCUMENTED.has(secret)) return 'provider documentation example';
  if (EXAMPLE_SUFFIX.test(secret)) return 'provider documentation example';
  return undefined;
};
