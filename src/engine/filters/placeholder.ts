import type { CandidateFilter } from './candidate.js';

/**
 * Values that stand in for a secret rather than being one: templating and environment lookups,
 * documentation placeholders, masked values.
 */
const TEMPLATED = [
  /^\$\{\{?[^}]*\}\}?$/, // ${VAR}, ${{ secrets.X }}
  /\$\{\{?\s*[\w.-]+\s*\}?\}/, // embedded ${VAR}
  /\{\{[^}]*\}\}/, // {{ .Values.x }}, {{ secret }}
  /^\$[A-Z_][A-Z0-9_]*$/, // $API_KEY
  /^%\(?[\w.]*\)?s$/, // %(password)s, %s
  /^<[^<>]{1,60}>$/, // <API_KEY>
  /^\[[^[\]]{1,60}\]$/, // [YOUR_KEY]
  /process\.env\b/,
  /os\.(environ|getenv)\b/,
  /\bENV\[/,
  /\bgetenv\(/,
  /^#\{[^}]*\}$/, // Ruby interpolation
];

const PLACEHOLDER_WORDS = /(your|my|the)[_-]?(api[_-]?)?(key|token|secret|password|pass)[_-]?(here)?|change[_-]?me|replace[_-]?me|placeholder|redacted|insert[_-]?(your|key)|put[_-]?your|fill[_-]?me|^dummy|^example|^sample|^fake[_-]|^test[_-]?(key|token|secret|password)$|^(password|secret|token|apikey|api_key)$/i;

/** Masked values such as `****abcd`, `xxxxxxxx` or `•••`. */
const MASKED = /^[*x•.#-]{4,}[\w]{0,6}$|[*•]{4,}|^(x{6,}|X{6,}|\.{6,})$/;

export const isPlaceholder: CandidateFilter = ({ secret }) => {
  if (TEMPLATED.some((re) => re.test(secret))) return 'templated value';
  if (PLACEHOLDER_WORDS.test(secret)) return 'placeholder';
  if (MASKED.test(secret)) return 'masked value';
  return undefined;
};
