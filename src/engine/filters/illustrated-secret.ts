import { looksRandom } from '../strength.js';
import type { CandidateFilter } from './candidate.js';
import { isIllustrativePath } from './path-context.js';
import { NAMES_ITSELF } from './placeholder.js';

/**
 * A value its container declares secret (a Kubernetes Secret's `data` or `stringData`) is the credential
 * however weak, in a manifest that deploys it. In documentation, tests and examples the same manifest
 * shows the format: a README's `password: cGFzc3dvcmQxMjM=` ("password123") or `api-token: changeme-please`
 * illustrates, as any weak value there does (path-context.ts), and so does one that names itself
 * (`mysecret12345678`). A random-looking value is still reported there: real manifests get pasted into
 * docs and tests too.
 */
export const isIllustratedSecret: CandidateFilter = ({ rule, secret, path }) => {
  if (!rule.spec.declaredSecret || !isIllustrativePath(path)) return undefined;
  if (!looksRandom(secret)) return 'a weak value in a documented or test manifest';
  // `password: mysecret12345678`: a value that names what it stands for is not a generated one.
  return NAMES_ITSELF.test(secret) ? 'a value that names itself in a documented or test manifest' : undefined;
};
