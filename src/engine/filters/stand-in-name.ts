import { nameWords } from '../secret-name.js';
import { isNonWord } from '../strength.js';
import type { CandidateFilter } from './candidate.js';

/** The identifier a value is assigned to on its line: `fake_cert = '...'`, `"exampleKey": "..."`. */
const ASSIGNED_NAME = /([\w.$-]{1,80})["'\]]?[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}[rbuRBU@$]?["'`]?(?:-----BEGIN[ A-Z0-9]{0,40}-----(?:\\n)?)?$/;
const STAND_IN_WORDS = new Set(['fake', 'dummy', 'example', 'sample', 'mock', 'placeholder', 'fixture', 'bogus', 'invalid', 'expired', 'revoked']);

/**
 * Values that their own code calls stand-ins, whatever rule found them: a key assigned to `fakeKey`,
 * `example_token` or `DUMMY_PASSWORD` is a fixture by the author's own account. (`test` is not in the
 * list: test-mode keys such as Stripe's `sk_test_` are real credentials.) Also single dictionary-like
 * words (`openshift`, `proxypass`) where a credential should be: no generator produces those.
 */
export const isStandIn: CandidateFilter = ({ secret, line, lineOffset }) => {
  const m = ASSIGNED_NAME.exec(line.slice(Math.max(0, lineOffset - 120), lineOffset));
  if (m && nameWords(m[1]!).some((w) => STAND_IN_WORDS.has(w))) return 'assigned to a stand-in name';
  if (/^[A-Za-z]{3,16}$/.test(secret) && !isNonWord(secret)) return 'a word, not a generated value';
  return undefined;
};
