import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { EntityIndex } from './05-entities.ts';
import type { DateMention, Event } from './types.ts';

/**
 * Step 7 — dated events: who did what, when, where.
 *
 *   'On Monday, Ana Ruiz resigned in Porto.' (published Wed 2026-03-11)
 *   → {date: '2026-03-09', summary: 'Ana Ruiz resigned in Porto.', actors: ['Ana Ruiz'], place: 'Porto'}
 */
export type EventContext = { entities: EntityIndex; dates: DateMention[]; published: string };

export function findEvents(_doc: Doc, _sentences: Sentence[], _ctx: EventContext): Event[] {
  return [];
}
