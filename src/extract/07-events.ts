import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { EntityIndex } from './05-entities.ts';
import type { DateMention, Event } from './types.ts';
import { actorsIn, type ActorCursor, placeIn } from './events/actors.ts';
import { datelineLength, summaryOf } from './events/summary.ts';
import { filingDay } from './06-dates.ts';
import { formatYmd, parseYmd } from './dates/calendar.ts';
import { insideQuotes } from './quotes/marks.ts';

/**
 * Step 7 — dated events: who did what, when, where. One event for the lead (the first sentence
 * that is not a byline or credit; dated by a date in it, else the publication day; its actors
 * also from the next paragraph's first sentence, or for an undated headline the one after if that names nobody), and one for each other sentence that names a
 * date (dated by its most precise date outside quotation marks; a dateline's date only when there is no
 * other). "now"/"currently" do not date an event.
 *
 *   'On Monday, Ana Ruiz resigned in Porto.' (published Wed 2026-03-11)
 *   → {date: '2026-03-09', summary: 'On Monday, Ana Ruiz resigned in Porto.', actors: ['Ana Ruiz'], place: 'Porto'}
 */
export type EventContext = { entities: EntityIndex; dates: DateMention[]; published: string };

const UNDATING = /^(?:now|right now|currently)$/i;

export function findEvents(doc: Doc, sentences: Sentence[], ctx: EventContext): Event[] {
  const events: Event[] = [];
  const actorCursor: ActorCursor = { i: 0 };
  const placeCursor: ActorCursor = { i: 0 };
  const seen = new Set<string>();
  const day = parseYmd(ctx.published);
  // an undated lead happened on the day the story was filed: the dateline's day, else publication
  const published = day?.m && day.d ? formatYmd(filingDay(doc.dateline?.date, { y: day.y, m: day.m, d: day.d })) : null;
  let d = 0;
  const leadIndex = Math.max(0, sentences.findIndex((s) => isLead(doc.text.slice(s.start, Math.min(s.end, s.start + 200)))));
  sentences.forEach((s, index) => {
    const start = doc.orig(s.start);
    const end = doc.orig(s.end);
    const inside: DateMention[] = [];
    while (d < ctx.dates.length && ctx.dates[d]!.start < start) d++;
    for (let k = d; k < ctx.dates.length && ctx.dates[k]!.start < end; k++) inside.push(ctx.dates[k]!);
    const datelineEnd = start + datelineLength(doc.original.slice(start, Math.min(end, start + 80)));
    const all = inside.filter((m) => !UNDATING.test(m.text.trim()));
    const dated = all.filter((m) => m.start >= datelineEnd);
    // '"The car was perfect today," Vessant said after Sunday's race': the reporter's date, not the speaker's
    const reported = dated.filter((m) => !insideQuotes(doc.original, start, m.start));
    const dating = reported.length ? reported : dated.length ? dated : all;
    if (index !== leadIndex && dating.length === 0) return;
    // 'Ines Marlow resigned in February, and the regulator fined the bank on March 3': two events
    const parts = index === leadIndex ? [] : clausesWithDates(doc, s, dating);
    if (parts.length > 1) {
      for (const part of parts) {
        const actors = actorsIn(doc.text, part.start, part.end, ctx.entities, { i: actorCursor.i });
        const place = placeIn(doc.text, part.start, part.end, ctx.entities, { i: actorCursor.i });
        const summary = summaryOf(doc.original.slice(doc.orig(part.start), doc.orig(part.end)));
        events.push({ date: part.date, summary, actors, ...(place ? { place } : {}), start: doc.orig(part.start), end: doc.orig(part.end) });
      }
      actorsIn(doc.text, s.start, s.end, ctx.entities, actorCursor); // move the cursor past the sentence
      return;
    }
    const actors = actorsIn(doc.text, s.start, s.end, ctx.entities, actorCursor);
    if (index === leadIndex) for (const a of leadActors(doc, sentences, leadIndex, ctx.entities, dating.length === 0)) if (!actors.includes(a)) actors.push(a);
    placeCursor.i = actorCursor.i;
    const place = placeIn(doc.text, s.start, s.end, ctx.entities, placeCursor) ?? (index === leadIndex ? doc.dateline?.place : undefined);
    const date = mostPrecise(happening(doc.original, dating))?.value ?? (index === leadIndex ? published : null);
    const summary = summaryOf(doc.original.slice(start, end));
    const key = `${date}|${summary}`;
    if (seen.has(key)) return; // a lead repeated in the body
    seen.add(key);
    events.push({ date, summary, actors, ...(place ? { place } : {}), start, end });
  });
  return events;
}

/**
 * A headline names few people: the lead event also takes the actors of the next paragraph's
 * first sentence (the news lead: "Ana Ruiz, the chief executive of Porto Telecom, resigned…").
 */
function leadActors(doc: Doc, sentences: Sentence[], leadIndex: number, entities: EntityIndex, headline: boolean): string[] {
  const para = sentences[leadIndex]?.para ?? 0;
  // (a teaser naming nobody may stand between the headline and the story's first sentence: then that sentence)
  const firsts = sentences.filter((s, i) => i > leadIndex && s.para > para && s.para <= para + (headline ? 2 : 1) && sentences[i - 1]!.para !== s.para);
  for (const s of firsts) {
    const actors = actorsIn(doc.text, s.start, s.end, entities, { i: 0 });
    if (actors.length) return actors;
  }
  return [];
}

/** A headline or lead, not a byline, credit or stray fragment ("By Ana Ruiz", "Photo: AP"). */
function isLead(head: string): boolean {
  return !/^(?:By|Photo|Image|Video|Credit|Updated|Published|Posted|Last updated)\b/i.test(head) && head.split(/\s+/).length >= 3;
}

/** Clauses joined by ', and' / '; ' / ', but', each with its own different date; [] when the sentence is one event. */
function clausesWithDates(doc: Doc, s: Sentence, dating: DateMention[]): { start: number; end: number; date: string }[] {
  if (dating.length < 2 || new Set(dating.map((m) => m.value)).size < 2) return [];
  const spans: [number, number][] = [];
  let from = s.start;
  for (const m of doc.text.slice(s.start, s.end).matchAll(JOINER)) {
    spans.push([from, s.start + m.index]); // the clause ends before ', and'
    from = s.start + m.index + m[0].length;
  }
  spans.push([from, s.end]);
  const parts: { start: number; end: number; date: string }[] = [];
  for (const [from, to] of spans) {
    const own = dating.filter((m) => m.start >= doc.orig(from) && m.start < doc.orig(to));
    const date = mostPrecise(own)?.value;
    if (date) parts.push({ start: from, end: to, date });
    else if (parts.length) parts[parts.length - 1]!.end = to; // a clause with no date belongs to the one before
  }
  return new Set(parts.map((p) => p.date)).size > 1 ? parts : [];
}
// ('Governments on Tuesday called for sanctions after Ostrevia carried out a test on Sunday': 'after' opens a clause of its own)
const JOINER = /(?:,\s+(?:and|but|while|before|after|then)\s+|;\s+|\s+after\s+(?=\p{Lu}|(?:the|its|his|her|their|a|an)\s))(?=\S)/gu;

/**
 * 'The Front said on Tuesday that its fighters had stormed the post on Monday night': when a sentence gives two
 * days, the day of the report ('said on Tuesday', 'on Tuesday announced') is not the day of what happened.
 */
function happening(text: string, ms: DateMention[]): DateMention[] {
  const days = ms.filter((m) => m.value.length === 10);
  if (new Set(days.map((m) => m.value)).size < 2) return ms;
  const reported = (m: DateMention) => m.value.length === 10 && (REPORTED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || REPORTED_AFTER.test(text.slice(m.end, m.end + 20)));
  const report = ms.filter(reported).map((m) => m.value).sort().pop();
  // (what was reported happened by then: 'said on Tuesday that the plan will take effect on July 15' stays Tuesday's)
  const own = report ? ms.filter((m) => !reported(m) && m.value <= report) : [];
  return own.some((m) => m.value.length === 10) ? own : ms;
}
const REPORT_VERB = String.raw`(?:said|says|told|announced|confirmed|reported|revealed|added|stated|disclosed|insisted|claimed|warned|wrote|tweeted|acknowledged)`;
const REPORTED_BEFORE = new RegExp(String.raw`\b${REPORT_VERB}(?:\s+[\w-]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$`);
const REPORTED_AFTER = new RegExp(String.raw`^,?\s+${REPORT_VERB}\b`);

/** The first day-precise date, else the first month-precise one, else the first. */
function mostPrecise(ms: DateMention[]): DateMention | undefined {
  return ms.find((m) => m.value.length === 10) ?? ms.find((m) => m.value.length === 7) ?? ms[0];
}
