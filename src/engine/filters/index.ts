import type { CandidateFilter } from './candidate.js';
import { isDocumentedExample } from './documented-example.js';
import { isAllowedInline } from './inline-allow.js';
import { isPlaceholder } from './placeholder.js';
import { isRepetitive } from './repetitive.js';

export type { Candidate, CandidateFilter } from './candidate.js';

/** The false-positive filters every candidate passes through, cheapest first. */
export const defaultFilters: readonly CandidateFilter[] = [isAllowedInline, isDocumentedExample, isPlaceholder, isRepetitive];
