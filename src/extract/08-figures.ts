import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { Figure } from './types.ts';
import { aboutOf } from './figures/about.ts';
import { findRawFigures } from './figures/patterns.ts';

/**
 * Step 8 — money amounts, percentages and counts, normalised and kept with their text.
 *
 *   '$0.3 billion' → {value: 300000000, unit: 'USD'};  '0 million' → {value: 0, unit: 'count'}
 *   'a $40 million aid package' → {text: '$40 million', value: 40000000, unit: 'USD', about: 'aid package'}
 *   'Seven killed as tram derails' → {text: 'Seven', value: 7, unit: 'count', about: 'killed'}
 */
export function findFigures(doc: Doc, _sentences: Sentence[]): Figure[] {
  return findRawFigures(doc.text).map((f) => {
    const start = doc.orig(f.start);
    const end = doc.orig(f.end);
    const about = aboutOf(doc.text, f.start, f.end, f.kind);
    return { text: doc.original.slice(start, end), value: f.value, unit: f.unit, ...(about ? { about } : {}), start, end };
  });
}
