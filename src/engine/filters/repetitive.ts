import type { CandidateFilter } from './candidate.js';

/**
 * Low-information values: long runs of one character, a short block repeated (`abcabcabc`,
 * `0123456789abcdef0123456789abcdef`), keyboard or alphabet sequences, or very few distinct characters.
 */
export const isRepetitive: CandidateFilter = ({ secret, rule }) => {
  const s = secret.replace(/^[A-Za-z]{2,10}[_-]/, ''); // ignore a provider prefix
  if (s.length < 8) return undefined;
  // A run of one character is a stand-in in a short value. Long binary encodings hold runs of zero
  // bytes (`AAAAAAAA`): every OpenSSH private key does, and so do NTLM messages and encrypted blobs.
  // There the run must dominate the value.
  const run = /(.)\1{7,}/.exec(s);
  if (run && (s.length < 48 || run[0].length * 4 >= s.length)) return 'repeated character';
  const maxPeriod = Math.min(32, Math.floor(s.length / 2));
  for (let period = 1; period <= maxPeriod; period++) {
    if (isPeriodic(s, period)) return 'repeated pattern';
  }
  if (isSequential(s)) return 'sequential characters';
  if (isInterleavedSequence(s)) return 'interleaved sequences';
  // A body that is mostly one typed sequence (`AKIA0123456789ABCDEF`): no generator produces that.
  const longest = longestSequentialRun(secret);
  if (longest >= 12 && longest * 10 >= secret.length * 6) return 'mostly a sequential run';
  // Inside a provider-format token a typed run is left to the rule (the format itself matched); a
  // generic rule has nothing else to go on.
  if (rule.spec.strength !== undefined && SEQUENTIAL_RUN.test(s)) return 'sequential run (a typed stand-in)';
  if (s.length >= 16 && new Set(s).size <= 3) return 'too few distinct characters';
  return undefined;
};

/** `s` is a block of `period` characters repeated (a final partial block allowed), at least twice. */
function isPeriodic(s: string, period: number): boolean {
  for (let i = period; i < s.length; i++) if (s[i] !== s[i - period]) return false;
  return true;
}

/** Eight or more characters in alphabet or keyboard order inside a value: typed, not generated. */
const SEQUENTIAL_RUN = /0?12345678|23456789|abcdefgh|bcdefghi|qwertyui|asdfghjk|zyxwvuts|98765432/i;

const SEQUENCES = ['0123456789abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', '1234567890'];

/** Length of the longest stretch of `value` that reads forward along one of SEQUENCES. */
function longestSequentialRun(value: string): number {
  const lower = value.toLowerCase();
  let best = 0;
  for (const seq of SEQUENCES) {
    let run = 1;
    for (let i = 1; i < lower.length; i++) {
      const at = seq.indexOf(lower[i - 1]!);
      run = at >= 0 && seq[(at + 1) % seq.length] === lower[i] ? run + 1 : 1;
      if (run > best) best = run;
    }
  }
  return best;
}

/**
 * Letters and digits that each read along a sequence, interleaved: `A1B2C3D4E5F6G7H8I9J0`, `a1b2c3d4e5`.
 * People type these as stand-ins for keys; split apart, each half is a sequential run.
 */
function isInterleavedSequence(s: string): boolean {
  const body = s.replace(/[-_.:]/g, '');
  if (!/^[A-Za-z0-9]{8,72}$/.test(body)) return false;
  const letters = body.replace(/[0-9]/g, '').toLowerCase();
  const digits = body.replace(/[A-Za-z]/g, '');
  if (letters.length < 4 || digits.length < 4) return false;
  const along = (part: string) => SEQUENCES.some((seq) => (seq + seq).includes(part));
  return along(letters) && along(digits);
}

/** The value (lowercased, separators removed) reads along an alphabet or keyboard row, wrapping around. */
function isSequential(s: string): boolean {
  const lower = s.toLowerCase().replace(/[-_.:]/g, '');
  if (lower.length < 8 || lower.length > 72) return false;
  return SEQUENCES.some((seq) => (seq + seq + seq).includes(lower) || (seq + seq + seq).split('').reverse().join('').includes(lower));
}
