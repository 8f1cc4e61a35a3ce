import { addDays, addMonths, type Day, dayNumber, fromDayNumber, isDay, isValidDay, weekdayOf, type Ymd } from './calendar.ts';
import type { Spec } from './patterns.ts';
import { movableDay, nthWeekday } from './holidays.ts';
import { storyDate } from './story.ts';

/**
 * A found expression → a calendar value, against the publication day and the date just mentioned
 * (the anchor). News leans to the past: a bare weekday or month is the most recent one unless the
 * clause looks ahead (`future`).
 *
 *   {kind: 'weekday', wd: 5, mod: ''} on Mon 1989-10-30 → {y: 1989, m: 10, d: 27}
 *   {kind: 'shift', n: 2, unit: 'day', dir: 1, from: 'anchor'} after 1998-03-04 → 1998-03-06
 */
export type Context = {
  pub: Day;
  /** The date just mentioned (publication day at first). */
  anchor: Ymd;
  /** The last day-precise date mentioned (publication day at first): "two days later" counts from it. */
  dayAnchor: Day;
  /** The last day written out ("Sept. 30", "Jan. 8, 1998"), if any. */
  explicit: Ymd | null;
  /** -1 past, 0 unknown, 1 a deadline-ish hint ('by', 'payable'), 2 a plain future ('will'). */
  future: -1 | 0 | 1 | 2;
  /** A date of an earlier year the passage has just written out ('on Oct. 2, 1995'): yearless days and months follow it. */
  story?: Ymd | null;
};

export function resolveSpec(s: Spec, ctx: Context): Ymd | null {
  switch (s.kind) {
    case 'abs': return resolveAbsolute(s, ctx);
    case 'month': return resolveMonth(s.m, s.mod, s.yearShift, ctx);
    case 'monthOf': {
      const from = ctx.anchor.m ?? ctx.pub.m!;
      return { y: ctx.anchor.y + (s.dir > 0 ? (s.m > from ? 0 : 1) : (s.m < from ? 0 : -1)), m: s.m };
    }
    case 'weekday': return addDays(resolveWeekday(s.wd, s.mod, ctx), s.plus ?? 0);
    case 'nth': return s.y !== undefined || s.yearShift !== undefined ? nthWeekday(s.y ?? ctx.pub.y + s.yearShift!, s.m, s.wd, s.n) : nearestYear((y) => nthWeekday(y, s.m, s.wd, s.n), ctx);
    case 'deictic': return addDays(ctx.pub, s.days);
    case 'shift': return shift(shiftBase(s.from, s.unit, s.dir, ctx, s.n, s.exact), s.n * s.dir, s.unit);
    case 'period': return resolvePeriod(s.unit, s.det, ctx);
    case 'yearword': return s.word === 'end' ? { y: ctx.pub.y - (ctx.future < 0 ? 1 : 0), m: 12, d: 31 } : { y: ctx.pub.y - 1 };
    case 'monthday': return s.months !== undefined ? monthDayOf(s.d, s.months, ctx.pub) : resolveMonthDay(s.d, ctx);
    case 'movable': return nearestYear((y) => movableDay(s.name, y, s.plus), ctx);
  }
}

function resolveAbsolute(s: { y?: number; yearShift?: number; m?: number; d?: number; wd?: number; ofAnchor?: boolean; yy?: number }, ctx: Context): Ymd | null {
  if (s.yy !== undefined) { const c = Math.floor((ctx.pub.y + 1) / 100) * 100 + s.yy; return { y: c > ctx.pub.y + 1 ? c - 100 : c }; }
  if (s.m === undefined) return s.y === undefined ? null : { y: s.y };
  if (s.ofAnchor) return s.d === undefined ? { y: ctx.anchor.y, m: s.m } : isValidDay(ctx.anchor.y, s.m, s.d) ? { y: ctx.anchor.y, m: s.m, d: s.d } : null;
  if (s.yearShift !== undefined && s.d !== undefined) {
    const y = ctx.pub.y + s.yearShift;
    return isValidDay(y, s.m, s.d) ? { y, m: s.m, d: s.d } : null;
  }
  if (s.d === undefined) return s.y === undefined ? resolveMonth(s.m, '', undefined, ctx) : { y: s.y, m: s.m };
  if (s.y !== undefined) return isValidDay(s.y, s.m, s.d) ? { y: s.y, m: s.m, d: s.d } : null;
  const inStory = ctx.story ? storyDate(s.m, s.d, ctx.story, ctx.pub) : null;
  // ('July 6, 1997. The men had first come on Thursday, July 3': a weekday agreeing with the story's year)
  if (inStory && (s.wd === undefined || weekdayOf(inStory as Day) === s.wd)) return inStory;
  // No year: the nearest such day, leaning to the past; a given weekday picks the year.
  const day = nearestYear((y) => (isValidDay(y, s.m!, s.d!) ? { y, m: s.m!, d: s.d! } : null), ctx, s.wd);
  // (no year near publication has that weekday: the latest earlier one that does)
  if (day && s.wd !== undefined && weekdayOf(day) !== s.wd) {
    for (let y = ctx.pub.y - 2; y >= ctx.pub.y - 12; y--) if (isValidDay(y, s.m, s.d) && weekdayOf({ y, m: s.m, d: s.d }) === s.wd) return { y, m: s.m, d: s.d };
  }
  return day;
}

/** The day of last, this or next year nearest publication, leaning to the past (and on the weekday given). */
function nearestYear(dayIn: (y: number) => Day | null, ctx: Context, wd?: number): Day | null {
  const today = dayNumber(ctx.pub);
  const cost = (p: Day) => {
    const diff = dayNumber(p) - today;
    const weekdayMiss = wd !== undefined && weekdayOf(p) !== wd ? 1000 : 0;
    return weekdayMiss + (diff > 0 ? diff * aheadCost(ctx) : -diff);
  };
  const days = [ctx.pub.y - 1, ctx.pub.y, ctx.pub.y + 1].map(dayIn).filter((p): p is Day => p !== null);
  return days.sort((a, b) => cost(a) - cost(b))[0] ?? null;
}

/**
 * "A year earlier" compares with a day written out ("the quarter ended Sept. 30"), else with
 * publication; "a year later" follows the story from the date just mentioned ("in 1997").
 */
function shiftBase(from: 'pub' | 'anchor', unit: string, dir: number, ctx: Context, n = 1, exact = false): Ymd {
  if (from === 'pub') return ctx.pub;
  // 'The previous strike, in 2019, ... A year earlier': a year of the story's past just mentioned
  // (a recent one is usually a reporting period: 'earned $2.4 million in 1988, ... a year earlier')
  // ('in March last year. A year earlier': a month just mentioned, not the publication day)
  if (unit === 'year' && exact) return ctx.anchor;
  if (unit === 'year') return dir > 0 || (ctx.anchor.m === undefined && ctx.anchor.y <= ctx.pub.y - 2) || (ctx.anchor.m !== undefined && ctx.anchor.d === undefined) ? ctx.anchor : ctx.explicit ?? ctx.pub;
  if (unit === 'month' && ctx.anchor.m !== undefined) return ctx.anchor;
  // 'in March last year. Two days later ...': the month just mentioned, not an older day
  // ('fired the same day' after 'in the spring of 1997' is the last day written out, never a bare year)
  // ('billed on the same day' after 'in October 1997': that month, when the last day written lies outside it)
  // (not 'would begin in October. Later in the day': a month ahead of the last day written)
  if (n === 0 && unit === 'day' && !isDay(ctx.anchor)) return ctx.anchor.m !== undefined && ctx.anchor.y * 12 + ctx.anchor.m < ctx.dayAnchor.y * 12 + ctx.dayAnchor.m ? ctx.anchor : ctx.dayAnchor;
  // ('Storms hit on Saturday, with twice the rain for August. The dam failed the following morning': the day, inside that month)
  // ('The fiscal year ends March 31, and fiscal 2000 begins the next day': a year alone says no day; the last day does)
  if ((unit === 'day' || unit === 'week') && !isDay(ctx.anchor)) return (within(ctx.dayAnchor, ctx.anchor) || ctx.anchor.m === undefined) && ctx.dayAnchor !== ctx.pub ? ctx.dayAnchor : ctx.anchor;
  return ctx.dayAnchor;
}

const within = (day: Day, period: Ymd) => day.y === period.y && (period.m === undefined || day.m === period.m);

/**
 * How much further away the future counts than the past when picking the nearer of two:
 * news leans to the past (×3) unless the clause looks ahead (×0.5); a bare month in a clause
 * with a past verb ("In May it was reported") is always the past one.
 */
// a past verb ('was arrested on Feb. 3', 'since 4 March') all but rules out a day ahead ('was postponed to Feb. 3' stays possible)
const aheadCost = (ctx: Context, month = false) => (ctx.future > 1 ? 0.15 : ctx.future > 0 ? 0.5 : ctx.future < 0 ? (month ? Infinity : 8) : 3);

function resolveMonth(m: number, mod: string, yearShift: number | undefined, ctx: Context): Ymd {
  const { y, m: now } = ctx.pub;
  if (yearShift !== undefined) return { y: y + yearShift, m };
  if (mod === 'last' || mod === 'this past') return { y: m < now ? y : y - 1, m };
  if (mod === 'next' || mod === 'this coming') return { y: m > now ? y : y + 1, m };
  if (mod === 'this') return { y, m };
  const inStory = ctx.story && !mod ? storyDate(m, undefined, ctx.story, ctx.pub) : null;
  if (inStory) return inStory;
  // The nearer of the last and the next such month; the past counts double unless the clause looks ahead.
  const back = (now - m + 12) % 12;
  const ahead = (m - now + 12) % 12;
  if (back === 0) return { y, m };
  return ahead * aheadCost(ctx, true) < back ? { y: m > now ? y : y + 1, m } : { y: m < now ? y : y - 1, m };
}

function resolveWeekday(wd: number, mod: string, ctx: Context): Day {
  const fromAnchor = mod === 'previous' || mod === 'following' || mod === 'prior';
  const base = fromAnchor ? ctx.dayAnchor : ctx.pub;
  const back = (weekdayOf(base) - wd + 7) % 7; // days back to the most recent one, 0 = today
  const ahead = (wd - weekdayOf(base) + 7) % 7;
  switch (mod) {
    case 'of last week': case 'of next week': {
      const monday = addDays(base, -((weekdayOf(base) + 6) % 7));
      return addDays(monday, (mod === 'of last week' ? -7 : 7) + ((wd + 6) % 7));
    }
    case 'last': case 'previous': case 'prior': case 'this past': return addDays(base, -(back || 7));
    case 'next': case 'following': case 'this coming': return addDays(base, ahead || 7);
    // ('pre-orders open this Friday' on a Wednesday: this week's Friday, unless the clause says which way)
    case 'this': return addDays(base, ctx.future > 0 ? ahead : ctx.future < 0 ? -back : ((wd + 6) % 7) - ((weekdayOf(base) + 6) % 7));
    // a hint ('until', 'by', 'expects') takes the nearer one: 'voters expect her to win Monday's debate' on a Sunday
    default: return addDays(base, ctx.future === 2 || (ctx.future === 1 && ahead < back) ? ahead : -back);
  }
}

function resolvePeriod(unit: 'year' | 'month', det: string, ctx: Context): Ymd | null {
  const anchorMonth = ctx.anchor.m !== undefined ? { y: ctx.anchor.y, m: ctx.anchor.m } : null;
  const offsets: Record<string, [Ymd | null, number]> = {
    'this': [ctx.pub, 0], 'the current': [ctx.pub, 0], 'the latest': [ctx.pub, 0], 'the full': [ctx.pub, 0], 'the whole': [ctx.pub, 0], 'the entire': [ctx.pub, 0],
    'last': [ctx.pub, -1], 'the past': [ctx.pub, -1], 'next': [ctx.pub, 1], 'the next': [ctx.pub, 1],
    'that': [ctx.anchor, 0], 'the same': [ctx.anchor, 0], 'the': [ctx.pub, 0],
    'the previous': [ctx.anchor, -1], 'the prior': [ctx.anchor, -1], 'the following': [ctx.anchor, 1],
  };
  const [base, n] = offsets[det] ?? [null, 0];
  if (!base) return null;
  if (unit === 'year') return { y: base.y + n };
  const from = base === ctx.anchor ? anchorMonth : { y: ctx.pub.y, m: ctx.pub.m };
  return from ? addMonths(from.y, from.m, n) : null;
}

/** Move a value by n units, keeping no more precision than the base has. */
function shift(base: Ymd, n: number, unit: 'day' | 'week' | 'month' | 'year'): Ymd | null {
  const days = n * (unit === 'week' ? 7 : unit === 'day' ? 1 : 0);
  // a few days from a month or a year stay in it, at its precision ('two days later' after 'in March')
  if (unit === 'day' || unit === 'week') return isDay(base) ? fromDayNumber(dayNumber(base) + days) : Math.abs(days) <= 14 ? base : null;
  if (unit === 'month') return base.m === undefined ? null : addMonths(base.y, base.m, n);
  if (Math.abs(n) === 1) return isDay(base) ? { ...base, y: base.y + n, d: base.m === 2 && base.d === 29 ? 28 : base.d } : { ...base, y: base.y + n };
  return { y: base.y + n };
}

/** 'In April … On the 12th' → April 12; with no month just mentioned, the latest 12th up to publication (or the next, looking ahead). */
function resolveMonthDay(d: number, ctx: Context): Ymd | null {
  if (ctx.anchor !== ctx.pub && ctx.anchor.m !== undefined) return isValidDay(ctx.anchor.y, ctx.anchor.m, d) ? { y: ctx.anchor.y, m: ctx.anchor.m, d } : null;
  const { y, m } = ctx.pub;
  const ahead = ctx.future > 0;
  const here = isValidDay(y, m, d) ? { y, m, d } : null;
  if (here && (ahead ? d >= ctx.pub.d : d <= ctx.pub.d)) return here;
  const other = addMonths(y, m, ahead ? 1 : -1);
  return isValidDay(other.y, other.m!, d) ? { y: other.y, m: other.m!, d } : null;
}

/** 'the 20th of last month' → that day of the month before publication. */
function monthDayOf(d: number, months: number, pub: Day): Ymd | null {
  const m = addMonths(pub.y, pub.m, months);
  return isValidDay(m.y, m.m!, d) ? { y: m.y, m: m.m!, d } : null;
}
