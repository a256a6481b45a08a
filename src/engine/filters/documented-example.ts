import { decodeBase64Text } from '../strength.js';
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
  // Example values in GitHub's REST API description (api.github.com OpenAPI, shipped in @octokit/openapi):
  // an OAuth access token, an OAuth app client secret, a webhook secret.
  'e72e16c7e42f292c6912e7710c838347ae178b4a',
  '1726be1638095a19edd134c77bde3aa2ece1e5d8',
  'e340154128314309424b7c8e90325147d99fdafa',
  '3ef4ad510c59ad37bac6bb4f80047fb3aee3cc7f',
  'kj123131132', // a GitHub Enterprise Server OAuth client secret example
  'ABTLWHOULUVAXGTRYU7OC2876QJ2O', // runner registration token
  'AABF3JGZDX3P5PMEXLND6TS6FCWO6',
  'LLBF3JGZDX3P5PMEXLND6TS6FCWO6',
  '2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvvcCU=', // Actions public key (and its truncated forms below)
  '2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvv1234',
  '2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJy931234',
  '9Og8iYjAyymI9LvABpJerYrMxURPc8r+dB7TJyvv1234',
  // NATS nkey seeds in the nkeys and nats.go READMEs (https://github.com/nats-io/nkeys,
  // https://github.com/nats-io/nats.go), which every vendored copy of those modules carries.
  'SUAKYRHVIOREXV7EUZTBHUHL7NUMHPMAS7QMDU3GTIUWEI5LDNOXD43IZY',
  'SUAGMJH5XLGZKQQWAWKRZJIGMOU4HPFUYLXJMXOO5NLFEO2OOQJ5LPRDPM',
  // JWT.io's default example (HS256, "your-256-bit-secret"): https://jwt.io/
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** AWS-style documentation keys end in EXAMPLE or EXAMPLEKEY; providers copy the convention. */
const EXAMPLE_SUFFIX = /EXAMPLE(?:KEY)?$|^AKIA[A-Z0-9]{0,12}EXAMPLE/;

/** Pieces of AWS's documentation keys, which people splice into their own examples. */
const EXAMPLE_FRAGMENTS = /IOSFODNN7|K7MDENG\/bPxRfiCY|bPxRfiCYEXAMPLE|I44QH8DHB/;

/**
 * The user and password of HTTP Basic authentication's specification example (RFC 7617 section 2,
 * after RFC 2617), which documentation and tests everywhere copy, with and without the space.
 */
const BASIC_AUTH_SPEC_EXAMPLE = /^aladdin:open ?sesame$/i;

/**
 * The claims of JWT.io's example token ({"sub":"1234567890","name":"John Doe","iat":1516239022}), base64url:
 * tutorials sign it with their own key or cut its signature off; whatever the signature, it is a demo.
 */
const JWT_IO_EXAMPLE_CLAIMS = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';

/**
 * The TOTP secret of Google Authenticator's key URI example (base32 of "Hello!" and 0xDEADBEEF),
 * https://github.com/google/google-authenticator/wiki/Key-Uri-Format, which authenticator apps,
 * libraries and seed data copy, often with a few characters added to tell entries apart, or
 * lowercased before encoding (`NBSWY3DP...`).
 */
const TOTP_URI_EXAMPLE = /[JN]BSWY3DPEHPK3PX[A-Z2-7]/;

/** GitHub's documentation reuses one token body behind every prefix (ghp_, gho_, ghu_, ghs_, ghr_). */
const GITHUB_DOCS_BODY = '16C7e42F292c6912E7710c838347Ae178B4a';

export const isDocumentedExample: CandidateFilter = ({ secret, rule }) => {
  if (DOCUMENTED.has(secret) || secret.endsWith(GITHUB_DOCS_BODY)) return 'provider documentation example';
  if (EXAMPLE_SUFFIX.test(secret) || EXAMPLE_FRAGMENTS.test(secret)) return 'provider documentation example';
  if (secret.includes(`.${JWT_IO_EXAMPLE_CLAIMS}.`)) return 'JWT.io example token';
  if (TOTP_URI_EXAMPLE.test(secret)) return 'TOTP key URI example';
  if (/^QWxhZGRpbjpvcGVu|^YWxhZGRpbjpvcGVu/.test(secret) && BASIC_AUTH_SPEC_EXAMPLE.test(decodeBase64Text(secret) ?? '')) return 'HTTP Basic specification example';
  // AWS marks every example credential with EXAMPLE, in the middle of long ones (session tokens).
  if (rule.id.startsWith('aws-') && secret.includes('EXAMPLE')) return 'provider documentation example';
  // Generic rules have no format to vouch for the value: EXAMPLE anywhere in it, or in its base64
  // decoding, marks it as documentation.
  if (rule.spec.strength !== undefined) {
    if (secret.includes('EXAMPLE')) return 'documentation example';
    const decoded = decodeBase64Text(secret);
    if (decoded !== undefined && /EXAMPLE|example/.test(decoded)) return 'documentation example (base64)';
  }
  return undefined;
};
