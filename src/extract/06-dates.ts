import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { DateMention } from './types.ts';
import { type Day, dayNumber, formatYmd, isDay, isValidDay, parseYmd, type Ymd } from './dates/calendar.ts';
import { futureStrength } from './dates/future.ts';
import { type Candidate, findCandidates, type Spec } from './dates/patterns.ts';
import { referencedDays } from './dates/refs.ts';
import { resolveSpec } from './dates/resolve.ts';
import { insideQuotes } from './quotes/marks.ts';

/**
 * Step 6 — time expressions resolved to calendar values against the publication date and
 * against the date just mentioned (the anchor for "two days later", "the previous Friday").
 * Only calendar values: quarters, weeks and durations are skipped. A second pass settles
 * "the Sunday before the election" once the election's date is known from anywhere in the text.
 *
 *   'On Tuesday' in an article published 2026-03-12 (a Thursday) → value '2026-03-10'
 *   'Ana Ruiz arrived on Jan. 8. Two days later she left.' → '…-01-08', then '…-01-10'
 *   'The vote will be held on Friday' (published Thu 2026-03-12) → '2026-03-13'
 */
export function findDates(doc: Doc, sentences: Sentence[], published: string): DateMention[] {
  const pubYmd = parseYmd(published);
  if (!pubYmd?.m || !pubYmd.d) return [];
  // 'VELDRA, March 3 (Wire) — The port closed on Monday': the story was filed on the dateline's day
  const filed = datelineDay(doc.dateline?.date, { y: pubYmd.y, m: pubYmd.m, d: pubYmd.d });
  const pub: Day = filed ?? { y: pubYmd.y, m: pubYmd.m, d: pubYmd.d };
  const cands = findCandidates(doc.text);
  let values = resolveAll(doc.text, sentences, pub, cands, new Map());
  const bases = referencedDays(doc.text, cands, values);
  if (bases.size) values = resolveAll(doc.text, sentences, pub, cands, bases);
  const out: DateMention[] = [];
  // the dateline's own day is a date the article gives ('KASTREL, March 12 -')
  const line = doc.dateline;
  const at = line?.date ? doc.original.indexOf(line.date, line.start) : -1;
  if (filed && line?.date && at >= 0 && at < line.end) out.push({ text: line.date, start: at, end: at + line.date.length, value: formatYmd(filed) });
  cands.forEach((c, i) => {
    const value = values[i];
    if (!value) return;
    const start = doc.orig(c.start);
    const end = doc.orig(c.end);
    out.push({ text: doc.original.slice(start, end), start, end, value: formatYmd(value) });
  });
  return out;
}

const needsDirection = (s: Spec) => !((s.kind === 'abs' && s.y !== undefined && s.yy === undefined) || s.kind === 'shift' || s.kind === 'deictic' || s.kind === 'monthOf');

/** Each candidate's value in text order (null when none), carrying the anchors along. */
function resolveAll(text: string, sentences: Sentence[], pub: Day, cands: Candidate[], bases: Map<number, Day>): (Ymd | null)[] {
  let anchor: Ymd = pub;
  let dayAnchor: Day = pub;
  let explicit: Ymd | null = null;
  // a date of an earlier year written out (or followed from one), and the sentence it was in
  let story: { at: Ymd; sentence: number; end: number } | null = null;
  let spanStart: Ymd | null = null;
  const withYear = new Map<string, { day: Day; at: number }>(); // month-day → the day last written with its year
  const byDay = new Map<number, { day: Day; at: number }>(); // day of the month → the last day written out
  let s = 0;
  return cands.map((c, i) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= c.start) s++;
    const sentenceStart = sentences[s] && sentences[s]!.start <= c.start ? sentences[s]!.start : 0;
    // ('He resigned in January; in March he will run': a semicolon starts a clause of its own)
    const semi = text.slice(sentenceStart, c.start).lastIndexOf(';'); // (within the sentence: a search to the text's start would be quadratic)
    const clauseStart = semi >= 0 ? sentenceStart + semi + 1 : sentenceStart;
    // (read only when the spec asks: a date with its year, a shift or 'yesterday' looks neither way)
    const future = needsDirection(c.spec) ? futureStrength(text, clauseStart, c.start, c.end, sentences[s]?.end ?? text.length) : 0;
    const base = bases.get(i);
    if (!base && 'ref' in c.spec && c.spec.ref?.only) return null;
    // ('In 1996, the strike began in June': a bare year holds only its own sentence; a month or a day the next two)
    // (not inside a quotation, which speaks of now: '"They made up their minds in December," said a parent.')
    // (a month alone holds the days of its own sentence only: 'Talks resumed in March 1998, and the first round ended on
    // April 3', but not a second thing listed with its own date: 'an overhaul in November 1998 and an inspection on Jan. 12')
    const near = story && (story.at.m === undefined || (story.at.d === undefined && dayPrecise(c.spec)) ? s === story.sentence && (story.at.m === undefined || !anotherThing(text.slice(story.end, c.start))) : s - story.sentence <= 2) ? story.at : null;
    // (nor for an anniversary: 'The anniversary falls on November 14')
    // (nor in a later sentence that looks ahead: 'The commission, which last met in November, will meet again later this year.')
    const ahead = near && s !== story!.sentence && LOOKS_AHEAD.test(text.slice(sentenceStart, sentences[s]?.end ?? c.end));
    const told = near && needsDirection(c.spec) && (ahead || insideQuotes(text, sentenceStart, c.start) || RECURRING.test(text.slice(sentenceStart, c.start))) ? null : near;
    // ('the largest strike since Sept. 9, 1991. New elections were held the following March': a span's start, for want of another)
    const from = c.spec.kind === 'monthOf' && anchor === pub && spanStart ? spanStart : anchor;
    // ('The tomb was found on March 8, 1997. "When the farmers called us on March 8, ..."', 'vote on Jan. 18 ... on the
    // 18th': a day written again is the day written before; the same month and day anywhere, 'the 18th' within a few
    // paragraphs, and not an anniversary: 'which falls on November 14')
    const seen = c.spec.kind === 'abs' && c.spec.y === undefined && c.spec.yearShift === undefined && c.spec.m !== undefined && c.spec.d !== undefined ? withYear.get(`${c.spec.m}-${c.spec.d}`)
      : c.spec.kind === 'monthday' && c.spec.months === undefined ? byDay.get(c.spec.d) : undefined;
    const again = seen && (c.spec.kind === 'abs' || c.start - seen.at < 2500) && !RECURRING.test(text.slice(sentenceStart, sentences[s]?.end ?? c.end)) ? seen.day : undefined;
    const value = again ?? resolveSpec(c.spec, { pub, anchor: from, dayAnchor: base ?? dayAnchor, explicit, future, story: future > 1 ? null : told });
    if (!value || value.y < 1000 || value.y > 2999) return null;
    if (c.spec.kind === 'abs' && c.spec.d !== undefined) {
      explicit = value;
      if (c.spec.y !== undefined && isDay(value)) withYear.set(`${value.m}-${value.d}`, { day: value, at: c.start });
      if (isDay(value)) byDay.set(value.d, { day: value, at: c.start });
    }
    // 'had led the company since 2019. She flew to Madrid two days later': a span's start is background
    const spanning = SPAN_START.test(text.slice(Math.max(0, c.start - 7), c.start)) && !/^,?\s+when\b/.test(text.slice(c.end, c.end + 8));
    if (spanning && c.spec.kind === 'abs' && c.spec.y !== undefined) spanStart = value;
    const moves = movesAnchor(c.spec) && !spanning;
    if (moves) anchor = value;
    if (moves && isDay(value)) dayAnchor = value;
    // ('In 1996, the strike began in June' sets the scene; 'approved in 1987, it had bought shares through Sept. 29' does not)
    // ('approved the package in 1997, when the budget was not signed until Aug. 4', 'Last year's budget fight began on
    // Jan. 14': the year the clause is about)
    const written = (c.spec.kind === 'abs' && c.spec.y !== undefined && c.spec.yy === undefined
      && (c.spec.m !== undefined || opensClause(text, clauseStart, c.start) || SEASON_OF.test(text.slice(Math.max(0, c.start - 16), c.start)) || /^,?\s+when\b/.test(text.slice(c.end, c.end + 8))))
      || (c.spec.kind === 'period' && c.spec.unit === 'year' && (/^['’]s\s+(?!(?:because|and|but|when|as|with)\b)\p{Ll}/u.test(text.slice(c.end, c.end + 14)) || /^[\s"“]*$/.test(text.slice(clauseStart, c.start))));
    // ('A year later, in April': the story moves on a year, though "a year earlier/later" moves no anchor)
    const onward = c.spec.kind === 'shift' && c.spec.unit === 'year' && c.spec.dir > 0 && c.spec.from === 'anchor';
    // (a day dated by a month's story leaves the story at that month: 'on Dec. 3' after 'in October 1952' holds no later sentence)
    const byMonth = near !== null && near.d === undefined && near.m !== undefined && dayPrecise(c.spec) && !written;
    if ((moves || onward) && value.y < pub.y && (written || (near && value.y >= near.y)) && !byMonth) story = { at: value, sentence: s, end: c.end };
    else if (moves && value.y >= pub.y) story = null;
    return value;
  });
}

/** The dateline's day ('Nov 3') when it is the publication day or up to two weeks before it. */
export function datelineDay(written: string | undefined, pub: Day): Day | null {
  // 'Nov 3' or, day first, '21 October'
  const m = written ? /^([A-Z][a-z]{2})[a-z]*\.? (\d{1,2})$/.exec(written) ?? /^()(\d{1,2}) ([A-Z][a-z]{2})[a-z]*$/.exec(written) : null;
  const month = m ? MONTHS.indexOf((m[1] || m[3])!.toLowerCase()) + 1 : 0;
  if (!m || month < 1) return null;
  for (const y of [pub.y, pub.y - 1]) {
    const day: Day = { y, m: month, d: Number(m[2]) };
    const back = dayNumber(pub) - dayNumber(day);
    if (isValidDay(y, month, day.d) && back >= 0 && back <= 14) return day;
  }
  return null;
}

/** The day the story was filed: the dateline's, else the publication day. */
export const filingDay = (written: string | undefined, pub: Day): Day => datelineDay(written, pub) ?? pub;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPAN_START = /\bsince\s$/i;
const RECURRING = /\b(?:anniversary|birthday|annual|annually|every year|each year|falls on)\b/i;
/** 'In 1997, …', '…, and in 1997 they began': a year opening its clause (only the words right before it are read) */
const opensClause = (text: string, clauseStart: number, at: number) =>
  /^[\s"“]*(?:[Ii]n\s+)?$/.test(text.slice(clauseStart, Math.min(at, clauseStart + 8))) && at - clauseStart <= 8
  || /(?:,\s+(?:and\s+|but\s+)?|\s(?:and|but)\s+)(?:[Ii]n\s+)?$/.test(text.slice(Math.max(clauseStart, at - 12), at));
/** 'in the spring of 1942': a season sets the story's year as a month would */
const SEASON_OF = /\b(?:spring|summer|fall|autumn|winter)\s+of\s+$/i;

/** "now", "this morning" and "a year earlier" say nothing about when the story's events are. */
const movesAnchor = (s: Spec) => !(s.kind === 'deictic' && s.now) && !(s.kind === 'shift' && s.unit === 'year');

const dayPrecise = (spec: Spec) => spec.kind === 'abs' && spec.d !== undefined;
const LOOKS_AHEAD = /\b(?:will|is to|are to|is expected to|are expected to|plans to|is scheduled to|are scheduled to)\s/;
/** ' and a routine inspection on ': a second thing listed, with no verb of its own ('and the first round ended on' has one) */
const anotherThing = (between: string) => /^,?\s+and\s+(?:an?|the|his|her|its|their)\s+[^,;.]{0,40}\s(?:on|in)\s+$/.test(between)
  && !/\b(?:\p{Ll}{2,}ed|was|were|began|came|met|took|won|lost|held|made|left|fell|rose|ran|went)\b/u.test(between);
