import { dayNumberWord, monthNumber, MONTH_RE, SPELLED_YEAR_RE, WEEKDAY_RE, weekdayNumber } from './lexicon.ts';
import { cap, DAY, EDGE, num, type Pattern, re, YEAR, yearOf } from './regex.ts';

/**
 * Date patterns that name the calendar: days, months, years, holidays, numeric dates. A missing
 * year is filled in when resolving.
 *
 *   'Sunday, Nov. 13, 2016' → {kind: 'abs', y: 2016, m: 11, d: 13, wd: 0};  bare 'October' → {kind: 'month', m: 10, mod: ''}
 */
const SEASONAL = /^\s+(?:songs?|carols?|trees?|lights|shopping|decorations?|presents|gifts?|cards?|markets?|jumpers?|sweaters?|sales|season|spirit|movies?|films?|specials?|albums?|hits?|singles?|adverts?|ads?|menus?|crackers?|pudding|stockings?|number one|tunes?|music)\b/;

const SHARED_YEAR = new RegExp(`^\\s+(?:and|or|to|through)\\s+${MONTH_RE}\\s+(?:of\\s+)?(last|this|next|that)\\s+year\\b`);

export const ABSOLUTE: Pattern[] = [
  { // 'Sunday, Nov. 13, 2016', 'Nov 9', '8 November 2016', 'the 8th of March', 'March eighth', 'June 16th of last year', 'early on Thursday, Dec. 24'
    re: re(`(?:\\b(?:${cap('around|early|late|mid-?')})(?:\\s+on)?\\s*)?\\b(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:(?:[Tt]he\\s+)?(?<d2>${DAY})\\s+(?:of\\s+)?(?<m2>${MONTH_RE})|(?<m1>${MONTH_RE})\\s+(?:the\\s+)?(?<d1>${DAY}))(?:,?\\s+(?<y>${YEAR})|(?:\\s+of)?\\s+(?<rel>last|this|next|that)\\s+year\\b)?`),
    read: (g) => {
      const m = monthNumber((g.m1 ?? g.m2)!);
      const d = dayNumberWord((g.d1 ?? g.d2)!);
      if (!m || !d || d > 31) return null;
      // 'Sept. 2 of that year': the year of the date just mentioned
      if (g.rel === 'that') return { kind: 'abs', m, d, ofAnchor: true };
      const shift = g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : g.rel ? 0 : undefined;
      return { kind: 'abs', y: num(g.y), yearShift: shift, m, d, wd: g.wd ? weekdayNumber(g.wd) : undefined };
    },
  },
  { // 'June 14 to 18', 'April 14 and 15', 'Nov. 3-5, 1999': the second day of a range (the first is read above)
    re: new RegExp(`\\b(?<m>${MONTH_RE})\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through|until)\\s*(?<span>(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\\s+(?<y>${YEAR}))?)\\b(?![\\d:%]|[.,]\\d|\\s*(?:percent|per cent|[ap]\\.m\\.|[ap]m\\b|o'clock|people|votes?|years?|days?|months?|weeks?))`, 'gd'),
    read: (g) => ({ kind: 'abs', y: num(g.y), m: monthNumber(g.m!), d: Number(g.d) }),
  },
  { // 'August 1988', 'early March 1996', 'January nineteen ninety-seven'
    re: re(`(?:\\b(?:${cap(EDGE)})\\s*)?\\b(?<m>${MONTH_RE}),?\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<sy>${SPELLED_YEAR_RE})\\b)`),
    read: (g) => ({ kind: 'abs', y: yearOf(g), m: monthNumber(g.m!) }),
  },
  { // 'last June', 'this September', 'mid-November', 'June last year', bare 'October'
    re: re(`(?:\\b(?<mod>${cap('last|this coming|this past|this|that|next|' + EDGE)})\\s*)?\\b(?<m>${MONTH_RE})(?:\\s+(?:of\\s+)?(?<rel>last|this|next|that) year\\b)?`),
    read: (g, text, start, match) => {
      const m = monthNumber(g.m!)!;
      const mod = (g.mod ?? '').toLowerCase();
      if (mod === 'that') return { kind: 'abs', m, ofAnchor: true }; // 'indicted that October': the year just mentioned
      if (g.rel === 'that') return { kind: 'abs', m, ofAnchor: true }; // 'in September of that year'
      // ('in October and November of last year': the year said after both months)
      const rel = g.rel ?? (mod ? undefined : SHARED_YEAR.exec(text.slice(start + match.length, start + match.length + 40))?.[1]);
      if (rel === 'that') return { kind: 'abs', m, ofAnchor: true };
      const yearShift = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : undefined;
      if (!mod && yearShift === undefined && !bareMonthOk(g.m!, text, start)) return null;
      return { kind: 'month', m, mod, yearShift };
    },
  },
  { // '1997', 'fiscal 1989', 'mid-1996', 'the end of 1994', 'the year two thousand', 'nineteen ninety-six'
    re: re(`(?:\\b(?:${cap('fiscal|calendar|the year|' + EDGE)})\\s*)?(?:(?<y>${YEAR})|\\b(?<sy>${SPELLED_YEAR_RE})\\b)`),
    read: (g, text, start, match) => {
      const spelledOk = /^the year/i.test(match) || /\b(?:in|by|since|until)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      if (g.sy && /^two/i.test(g.sy) && !spelledOk) return null;
      const y = yearOf(g);
      return y ? { kind: 'abs', y } : null;
    },
  },
  { // "elected in '92", "since '05", "the class of '87", "the '97 crisis": a year in two digits, the latest one not after next year
    re: re(`['’](?<=\\b(?:in|since|of|from|by|until|before|after|the)\\s['’])(?<yy>\\d{2})\\b(?!['’]|\\d|s\\b)`),
    read: (g) => ({ kind: 'abs', yy: Number(g.yy) }),
  },
  { // 'the first Monday in February', 'the last Friday of March 1998', 'the second Tuesday in May last year'
    re: re(`\\b(?:[Tt]he\\s+)?(?<n>${cap('first|second|third|fourth|fifth|last')}|1st|2nd|3rd|4th)\\s+(?<wd>${WEEKDAY_RE})\\s+(?:in|of)\\s+(?<m>${MONTH_RE})(?:,?\\s+(?<y>${YEAR})|\\s+(?<rel>last|this|next) year\\b)?`),
    read: (g) => {
      const n = NTH[g.n!.toLowerCase()]!;
      return { kind: 'nth', n, wd: weekdayNumber(g.wd!)!, m: monthNumber(g.m!)!, y: num(g.y), yearShift: g.rel ? (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0) : undefined };
    },
  },
  { // 'Christmas', "New Year's Eve", 'the Fourth of July' → that day, the nearest one (leaning past)
    re: re(`(?:\\b(?<that>[Tt]hat)\\s+)?\\b(?:(?<xmas>Christmas(?: Day| Eve)?)|(?<ny>New Year's(?: Day| Eve))|(?<july>Independence Day|(?:[Tt]he\\s+)?Fourth of July|July Fourth)|(?<val>Valentine's Day)|(?<hal>Halloween))\\b(?:,?\\s+(?:in\\s+|of\\s+)?(?<y>${YEAR})|\\s+(?:of\\s+)?(?<rel>last|this|next) year\\b)?`),
    read: (g, text, start, match) => {
      // ('terrible Christmas songs', 'the Christmas lights'): the season's things, not the day
      if (g.xmas && SEASONAL.test(text.slice(start + match.length, start + match.length + 20))) return null;
      // ("Ghana's Independence Day", "the Kenyan Independence Day": another country's day)
      if (g.july && /^I/.test(g.july) && /(?:\p{Lu}[\p{L}.]+(?:'s|’s)?|national)\s+$/u.test(text.slice(Math.max(0, start - 24), start)) && !/(?:America|American|U\.S\.|US|United States)(?:'s|’s|')?\s+$/.test(text.slice(Math.max(0, start - 24), start))) return null;
      const [m, d] = g.xmas ? [12, /Eve/.test(g.xmas) ? 24 : 25] : g.ny ? (/Eve/.test(g.ny) ? [12, 31] : [1, 1]) : g.july ? [7, 4] : g.val ? [2, 14] : [10, 31];
      // ('the Fourth of July, 1926', 'Christmas last year', 'That Christmas' of the year just mentioned)
      if (g.that) return { kind: 'abs', m, d, ofAnchor: true };
      return { kind: 'abs', m, d, y: num(g.y), yearShift: g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : g.rel ? 0 : undefined };
    },
  },
  { // 'Boxing Day', 'Guy Fawkes Night', 'Veterans Day', "St. Patrick's Day", 'May Day': fixed days
    re: re(`\\b(?:(?<box>Boxing Day)|(?<hog>Hogmanay)|(?<fawkes>Bonfire Night|Guy Fawkes Night|Guy Fawkes Day)|(?<nov11>Veterans Day|Veterans' Day|Armistice Day|Remembrance Day)|(?<pat>St\\.? Patrick's Day)|(?<bastille>Bastille Day)|(?<may>May Day)|(?<national>National Day))\\b`),
    read: (g, text) => {
      // ('over National Day' in Chinese news: October 1; another country's is not known)
      if (g.national && !/\bChin(?:a|ese)\b/.test(text)) return null;
      const [m, d] = g.box ? [12, 26] : g.hog ? [12, 31] : g.fawkes ? [11, 5] : g.nov11 ? [11, 11] : g.pat ? [3, 17] : g.may ? [5, 1] : g.national ? [10, 1] : [7, 14];
      return { kind: 'abs', m, d };
    },
  },
  { // 'Thanksgiving', 'Election Day', 'Labor Day', 'Easter': days that move with the year
    re: re(`\\b(?:(?<tg>Thanksgiving)(?: Day)?|(?<bf>Black Friday)|(?<cm>Cyber Monday)|(?<ed>Election (?:Day|Night)|election night)|(?<labor>Labou?r Day)|(?<col>Columbus Day)|(?<mem>Memorial Day)|(?<mlk>Martin Luther King(?: Jr\\.?)? Day|MLK Day)|(?<pres>Presidents'? Day)|(?<rs>Remembrance Sunday)|(?<gf>Good Friday)|(?<em>Easter Monday)|(?<easter>Easter(?: Sunday)?))\\b`),
    read: (g) => g.tg ? { kind: 'movable', name: 'thanksgiving' } : g.bf ? { kind: 'movable', name: 'thanksgiving', plus: 1 }
      : g.cm ? { kind: 'movable', name: 'thanksgiving', plus: 4 } : g.ed ? { kind: 'movable', name: 'election' }
      : g.labor ? { kind: 'movable', name: 'labor' } : g.col ? { kind: 'movable', name: 'columbus' } : g.mem ? { kind: 'movable', name: 'memorial' } : g.mlk ? { kind: 'movable', name: 'mlk' }
      : g.pres ? { kind: 'movable', name: 'presidents' } : g.rs ? { kind: 'movable', name: 'remembrance' }
      : g.gf ? { kind: 'movable', name: 'easter', plus: -2 } : g.em ? { kind: 'movable', name: 'easter', plus: 1 } : { kind: 'movable', name: 'easter' },
  },
  { // '2016-11-09', '11/9/2016'; day first when the first number cannot be a month ('15/10/2017') or with dots ('9.10.2017')
    re: re(`\\b(?:(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)|(?<m2>\\d{1,2})/(?<d2>\\d{1,2})/(?<y2>\\d{4})|(?<d3>\\d{1,2})\\.(?<m3>\\d{1,2})\\.(?<y3>\\d{4}))\\b`),
    read: (g) => {
      if (g.y3) return { kind: 'abs', y: num(g.y3), m: num(g.m3), d: num(g.d3) };
      const [m, d] = g.m2 && Number(g.m2) > 12 ? [num(g.d2), num(g.m2)] : [num(g.m ?? g.m2), num(g.d ?? g.d2)];
      return m && m <= 12 ? { kind: 'abs', y: num(g.y ?? g.y2), m, d } : null;
    },
  },
];

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/**
 * A bare month name after "in", "since", "by"… is a month; otherwise not when a capitalised word
 * follows ("May Tenby"), nor "May"/"March" without a preposition (verbs).
 */
function bareMonthOk(word: string, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 9), start);
  if (/\b(?:in|since|until|till|by|from|through|before|after|during|early|late)\s+$/i.test(before)) return true;
  if (/^\s+[A-Z][a-z]/.test(text.slice(start + word.length, start + word.length + 3))) return false;
  if (/\b(?:of|and|or|to|on|between)\s+$/i.test(before)) return true;
  return !/^(?:May|March|Jan|Mar|Sep)$/.test(word.replace('.', ''));
}
