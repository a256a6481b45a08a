import type { CandidateFilter } from './candidate.js';

/** Long runs of one character, or strings made of a short repeated or sequential pattern. */
export const isRepetitive: CandidateFilter = ({ secret }) => {
  const s = secret.replace(/^[A-Za-z]{2,10}[_-]/, ''); // ignore a provider prefix
  if (s.length < 8) return undefined;
  if (/(.)\1{7,}/.test(s)) return 'repeated character';
  for (let period = 1; period <= 8; period++) {
    if (s.length >= period * 3 && isPeriodic(s, period)) return 'repeated pattern';
  }
  if (isSequential(s)) return 'sequential characters';
  return undefined;
};

function isPeriodic(s: string, period: number): boolean {
  for (let i = period; i < s.length; i++) if (s[i] !== s[i - period]) return false;
  return true;
}

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

function isSequential(s: string): boolean {
  const lower = s.toLowerCase();
  if (lower.length > 40) return false;
  return SEQUENCES.some((seq) => {
    const doubled = seq + seq + seq + seq;
    return doubled.includes(lower);
  });
}
