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
]);

export const isDocumentedExample: CandidateFilter = ({ secret }) => {
  if (DOCUMENTED.has(secret)) return 'provider documentation example';
  if (/EXAMPLE(KEY)?$/.test(secret)) return 'provider documentation example';
  return undefined;
};
