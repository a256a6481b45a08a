import type { CompiledRule } from '../rules/compile-rule.js';

/** A regex match that has not yet passed the false-positive filters. */
export interface Candidate {
  rule: CompiledRule;
  secret: string;
  /** The full text of the line the secret starts on. */
  line: string;
  /** Offset of the secret within `line`. */
  lineOffset: number;
  path: string;
  /** For generic rules: the full name the value was assigned to (`DB_PASSWORD`). */
  name?: string;
  /** When the secret was found by decoding: the encoded text as it appears on the line. */
  encoded?: string;
}

/** A false-positive filter: returns a reason when the candidate is not a real secret, else undefined. */
export type CandidateFilter = (candidate: Candidate) => string | undefined;
