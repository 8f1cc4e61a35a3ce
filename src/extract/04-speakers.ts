import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { RawQuote } from './03-quotes.ts';
import type { EntityIndex } from './05-entities.ts';
import type { Quote } from './types.ts';

/**
 * Step 4 — attribute each quote to a speaker and map offsets back to the original text.
 *
 *   '"We will not yield," Ruiz said.' → speaker 'Ana Ruiz' when the article named her earlier.
 */
export function attributeSpeakers(doc: Doc, _sentences: Sentence[], quotes: RawQuote[], _entities: EntityIndex): Quote[] {
  return quotes.map((q) => ({
    text: doc.original.slice(doc.orig(q.start), doc.orig(q.end)),
    speaker: null,
    kind: q.kind,
    start: doc.orig(q.start),
    end: doc.orig(q.end),
  }));
}
