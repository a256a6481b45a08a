import type { CandidateFilter } from './candidate.js';

/** Inline data (`data:image/png;base64,iVBOR...`): embedded images and fonts, not credentials. */
const DATA_URI_BEFORE = /data:[\w.+-]+\/[\w.+-]+(?:;[\w-]+=[\w.-]+)*;base64,[A-Za-z0-9+/=]*$/;

export const isDataUri: CandidateFilter = ({ line, lineOffset }) =>
  DATA_URI_BEFORE.test(line.slice(Math.max(0, lineOffset - 2048), lineOffset)) ? 'data: URI' : undefined;
