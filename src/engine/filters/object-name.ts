import { nameWords } from '../secret-name.js';
import { isNonWord } from '../strength.js';
import type { CandidateFilter } from './candidate.js';
import { DOC_PATH } from './path-context.js';

/** YAML: the language of Kubernetes manifests, Helm values, cert-manager and operator resources. */
const YAML_PATH = /\.ya?ml(?:\.tpl|\.gotmpl|\.j2)?$/i;

/**
 * An object name as Kubernetes requires it (RFC 1123 label: lowercase letters, digits and `-`, starting
 * and ending with a letter or digit, at most 63 characters), made of at least two parts: `my-ca-1`,
 * `redis-auth-2`, `tls-cert-v2`.
 */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** One part of a name: a word with an optional counter (`ca`, `cert2`), a counter (`1`, `2024`) or a version (`v2`). */
const NAME_PART = /^(?:[a-z]+[0-9]{0,4}|[0-9]{1,4}|v[0-9]{1,3})$/;

/**
 * A `secret` key in YAML holding a lowercase, hyphenated name (`my-ca-1` under `secret` or `tlsSecret`)
 * names a Kubernetes Secret object, it is not the credential: in Kubernetes and the tools around it
 * (cert-manager, ingress controllers, Helm charts) `secret` beside a name is a reference by name, and
 * object names are DNS labels. A person's password is not written so: the parts must read as words or
 * counters, so a generated lowercase token (`k3j9x-q2vz8`) stays. Keys named for a password
 * (`password: my-pass-1`) are not references and are judged as passwords; the values of a Secret itself
 * are another rule's (kubernetes-secret-value), with its own filters.
 */
export const isObjectName: CandidateFilter = ({ rule, secret, name, path }) => {
  if (rule.spec.strength === undefined || rule.spec.strength === 'stored') return undefined;
  // YAML, or documentation that shows it (a README's manifest).
  if (name === undefined || !(YAML_PATH.test(path) || DOC_PATH.test(path))) return undefined;
  if (nameWords(name).at(-1) !== 'secret') return undefined;
  if (!DNS_LABEL.test(secret)) return undefined;
  const parts = secret.split('-');
  if (parts.length < 2 || !parts.every((p) => NAME_PART.test(p))) return undefined;
  const words = parts.map((p) => p.replace(/[0-9]+$/, '')).filter((w) => w.length > 0);
  if (!words.some((w) => w.length >= 2)) return undefined;
  // Words read as words: a vowel in those of four letters or more, no letter pair or run English avoids.
  if (!words.every((w) => w.length < 4 || (/[aeiouy]/.test(w) && !isNonWord(w, 5)))) return undefined;
  return 'names a Kubernetes Secret object';
};
