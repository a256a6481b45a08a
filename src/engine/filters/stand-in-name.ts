import { nameWords } from '../secret-name.js';
import { isNonWord } from '../strength.js';
import type { CandidateFilter } from './candidate.js';
import { isStoredCredential } from './credential-context.js';

/** The identifier a value is assigned to on its line: `fake_cert = '...'`, `"exampleKey": "..."`. */
const ASSIGNED_NAME = /([\w.$-]{1,80})["'\]]?[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}[rbuRBU@$]?["'`]?(?:-----BEGIN[ A-Z0-9]{0,40}-----(?:\\n)?)?$/;
const STAND_IN_WORDS = new Set(['fake', 'dummy', 'example', 'sample', 'mock', 'placeholder', 'fixture', 'bogus', 'invalid', 'expired', 'revoked', 'stub']);
const KEY_FILE = /\.(?:pem|key|priv|p12|pfx|ppk|asc|gpg|jks|keystore|crt)$/i;
/** PEM armour that says what the key is: `-----BEGIN EXAMPLE PRIVATE KEY-----`. */
const STAND_IN_ARMOUR = /-----BEGIN (?:[A-Z0-9]+ )*(?:EXAMPLE|FAKE|DUMMY|SAMPLE|STUB)\b/;

/**
 * Values that their own code calls stand-ins, whatever rule found them: a key assigned to `fakeKey`,
 * `example_token` or `DUMMY_PASSWORD`, armoured as `BEGIN EXAMPLE PRIVATE KEY`, or kept in a file named
 * `dummy.pem`, is a fixture by the author's own account. (`test` is not in the
 * list: test-mode keys such as Stripe's `sk_test_` are real credentials.) Also single dictionary-like
 * words (`openshift`, `proxypass`) where a credential should be: no generator produces those, unless
 * the context says a person typed it (a credential store, a URL to a real host: credential-context.ts).
 */
export const isStandIn: CandidateFilter = (candidate) => {
  const { secret, line, lineOffset, path } = candidate;
  const before = line.slice(Math.max(0, lineOffset - 120), lineOffset);
  const stored = isStoredCredential(candidate);
  // In a credential store the format labels the value; what precedes it is a user or host
  // (`https://me@example.com:pw@github.com`), not a name the author gave a stand-in.
  const m = stored ? null : ASSIGNED_NAME.exec(before);
  if (m && nameWords(m[1]!).some((w) => STAND_IN_WORDS.has(w))) return 'assigned to a stand-in name';
  if (STAND_IN_ARMOUR.test(before) || STAND_IN_ARMOUR.test(secret.slice(0, 80))) return 'armour says it is an example';
  // A key file its author named as a stand-in: `dummy.pem`, `example-client.key`, `stub_key.priv`.
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (KEY_FILE.test(base) && nameWords(base).some((w) => STAND_IN_WORDS.has(w))) return 'in a key file named as a stand-in';
  // `postgres://postgres:postgres@localhost`, `amqp://guest:guest@`: a password that repeats the user
  // name is a default account's, as set up for a development or CI service, not a chosen secret.
  if (before.endsWith(`//${secret}:`)) return 'a URL whose password repeats its user name';
  // A stored password or one in a URL to a real host is what someone typed: a word is a weak password.
  if (/^[A-Za-z]{3,16}$/.test(secret) && !isNonWord(secret) && !stored) return 'a word, not a generated value';
  return undefined;
};
