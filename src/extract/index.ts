import type { ExtractInput, Extraction } from './types.ts';
import { normalize } from './01-normalize.ts';
import { splitSentences } from './02-sentences.ts';
import { findQuotes } from './03-quotes.ts';
import { attributeSpeakers } from './04-speakers.ts';
import { findEntities } from './05-entities.ts';
import { findDates } from './06-dates.ts';
import { findEvents } from './07-events.ts';
import { findFigures } from './08-figures.ts';

export type * from './types.ts';

/**
 * The recipe. Each step is pure and takes what the earlier steps made; offsets always
 * index the original text (normalize keeps a map back to it).
 */
export function extract(input: ExtractInput): Extraction {
  const doc = normalize(input.text);
  const sentences = splitSentences(doc);
  const entities = findEntities(doc, sentences);
  const rawQuotes = findQuotes(doc, sentences);
  const quotes = attributeSpeakers(doc, sentences, rawQuotes, entities);
  const dates = findDates(doc, sentences, input.published);
  const figures = findFigures(doc, sentences);
  const events = findEvents(doc, sentences, { entities, dates, published: input.published });
  return { quotes, events, entities: entities.list, dates, figures };
}
