import { extract } from '../../src/extract/index.ts';

/**
 * A fictional article of a main-event set: the day its main event happened and its main actor, read as title,
 * teaser and body (as the benchmark scores them).
 *
 *   dated(daysFound(a), a.date)          — any event or date mention carries that day (a month: a day inside it)
 *   mentions(actorsNamed(a), a.actor)    — an event's actors contain a capitalised word of the actor's name
 */
export type EventArticle = { id: string; published: string; date: string; actor: string; title: string; description: string; text: string };

export const read = (a: EventArticle) => extract({ text: `${a.title}\n\n${a.description}\n\n${a.text}`, published: a.published });

/** The days events are dated to. */
export const eventDates = (a: EventArticle): string[] => read(a).events.map((e) => e.date ?? '');

/** The days events are dated to, and every date mention's. */
export function daysFound(a: EventArticle): string[] {
  const x = read(a);
  return [...x.events.map((e) => e.date ?? ''), ...x.dates.map((d) => d.value ?? '')];
}

export const dated = (days: string[], gold: string): boolean => days.some((d) => (gold.length === 7 ? d.startsWith(gold) : d === gold));

export const actorsNamed = (a: EventArticle): string[] => read(a).events.flatMap((e) => e.actors);

export function mentions(actors: string[], actor: string): boolean {
  const words = actor.split(/\s+/).map((w) => w.replace(/['’]s?$/, '')).filter((w) => /^[A-Z]/.test(w));
  return actors.some((x) => words.some((w) => x.includes(w)));
}
