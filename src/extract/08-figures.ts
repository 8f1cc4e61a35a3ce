import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { Figure } from './types.ts';

/**
 * Step 8 — money amounts and counts, normalised.
 *
 *   '$0.3 billion' → {value: 300000000, unit: 'USD'};  '0 million' → {value: 0, unit: 'count'}
 */
export function findFigures(_doc: Doc, _sentences: Sentence[]): Figure[] {
  return [];
}
