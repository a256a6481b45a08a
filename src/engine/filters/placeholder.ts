import type { CandidateFilter } from './candidate.js';

/**
 * Values that stand in for a secret rather than being one: templating and environment lookups,
 * documentation placeholders. Each pattern is one syntax people use to say "the secret goes here".
 */
const TEMPLATED = [
  /^\$\{\{?[^}]*\}\}?$/, // ${VAR}, ${{ secrets.X }}
  /\$\{\{?\s*[\w.:\-| ]+\s*\}?\}/, // embedded ${VAR}, ${VAR:-default}
  /\{\{[^}]*\}\}/, // {{ .Values.x }}, {{ secret }}
  /\{%[^%]*%\}|<%=?[^%]*%>/, // Jinja/ERB blocks
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $API_KEY, $password
  /^\$\([^)]*\)?$/, // $(VAR), $(cat file)
  /^%\(?[\w.]*\)?[sd]$/, // %(password)s, %s
  /^%[A-Za-z_][\w.]*%$/, // %PASSWORD% (Windows)
  /^@[\w.]+@$/, // @db.password@ (Maven resource filtering)
  /^<[^<>]{1,80}>$/, // <API_KEY>
  /^\[[^[\]]{1,80}\]$/, // [YOUR_KEY]
  /^\{[\w.\- ]{1,60}\}$/, // {api_key}
  /^__[A-Z0-9_]+__$/, // __API_KEY__
  /^#\{[^}]*\}$/, // Ruby interpolation
  /^!(?:vault|secret|env|ref|Ref|Sub|GetAtt|ImportValue)\b/, // YAML tags: Ansible vault, CloudFormation
  /process\.env\b/,
  /os\.(?:environ|getenv)\b/,
  /\bENV\[/,
  /\bgetenv\(/,
  /System\.getenv|Environment\.GetEnvironmentVariable|env\(['"]/,
  /^secrets\.[A-Z_]/, // GitHub Actions expression body
];

/**
 * Words that only appear in stand-ins: "your api key here", "change me", "placeholder", "redacted".
 * Anchored or bounded so that a random token containing "test" or "key" is not dropped.
 */
const PLACEHOLDER_WORDS = [
  /(?:^|[^a-z])(?:your|my|the|enter|insert|put|add|paste|replace)[_\- ]?[a-z_\- ]{0,30}?(?:key|token|secret|password|pass|pwd|credential|id)s?(?:[_\- ]?here)?(?:[^a-z]|$)/i,
  /change[_\- ]?(?:me|it|this)|replace[_\- ]?(?:me|this|with)|placeholder|redacted|<redacted>|removed|obfuscated|censored|not[_\- ]?(?:a[_\- ]?)?(?:real|set|used)|fill[_\- ]?(?:me|in)|to[_\- ]?be[_\- ]?(?:set|filled|replaced)|goes[_\- ]?here|_here$|-here$/i,
  /^(?:dummy|example|sample|fake|mock|test|demo|foo|bar|baz|qux|abc|todo|tbd|none|null|nil|xxx|yyy|zzz)(?:[_\-.]?[a-z]*)?[_\-.]?\d{0,3}$/i,
  /^(?:dummy|example|sample|fake|mock)[_\-]/i,
  // Placeholder words and the most common default passwords (public knowledge, like documentation
  // examples), with up to four trailing digits or symbols: password2, admin123, changeit!, root1234.
  /^(?:password|passw0rd|p@ssw0rd|p@ssword|pass|pwd|secret|s3cr3t|token|apikey|api_key|api-key|changeme|changeit|letmein|qwerty|default|admin|administrator|root|toor|guest|user|username|test|tester|welcome|master|login|demo|manager|sa|postgres|mysql|oracle|azerty|abc|iloveyou|monkey|dragon|sunshine|football|trustno1)[\d!@#$%^&*._-]{0,4}$/i,
  /^\d{1,12}$|^(?:123456|12345678|123456789|1234567890|1q2w3e4r|1qaz2wsx|qwerty123|asdf1234|zaq12wsx)$/i,
];

export const isPlaceholder: CandidateFilter = ({ secret }) => {
  if (TEMPLATED.some((re) => re.test(secret))) return 'templated value';
  if (PLACEHOLDER_WORDS.some((re) => re.test(secret))) return 'placeholder';
  return undefined;
};
