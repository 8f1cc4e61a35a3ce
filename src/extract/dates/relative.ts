import { monthNumber, NUMBER_WORD_RE, smallNumber, WEEKDAY_RE, weekdayNumber } from './lexicon.ts';
import type { Ref } from './patterns.ts';
import { cap, type Pattern, re } from './regex.ts';

/**
 * Date patterns that count from the publication day or from the date just mentioned.
 *
 *   'last Thursday' → {kind: 'weekday', wd: 4, mod: 'last'};  'two days later' → {kind: 'shift', n: 2, unit: 'day', dir: 1, from: 'anchor'}
 */
const MONTHS_AHEAD = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

const HABIT = /^\s+(?:(?:night|morning|afternoon|evening)\s+)?(?:(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b)[a-z]+\s+)?(?:roasts?|lunch(?:es)?|dinners?|brunch|school|services?|mass|markets?|papers?|newspapers?|supplements?|club|league|prayers|sermons?)\b|^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Star|People|Independent|Sport|Tribune|Journal|Night Live|Night Football)\b/;

export const RELATIVE: Pattern[] = [
  { // 'Friday', 'last Thursday', 'the previous Friday', 'this coming Sunday', 'early Tuesday', 'the last Monday before'
    re: re(`(?:\\b(?<mod>${cap('last|next|this coming|this past|this|early|late|earlier|later|the previous|the following|the prior|the last|the first|the')})\\s+(?:on\\s+)?)?\\b(?<wd>${WEEKDAY_RE})(?:\\s+(?:of\\s+)?(?<week>last|next) week\\b|\\s+(?<weekAfter>week)\\b(?!\\s*(?:of|in|to|and|or|after|before|ahead|ago|earlier|later|long|that|this|the)\\b))?`),
    read: (g, text, start, match) => {
      // 'queen of the Sunday roast', 'a Friday night youth club', 'Sunday school': a habit, not a day
      if (HABIT.test(text.slice(start + match.length, start + match.length + 40))) return null;
      if (/\b(?:Black|Good|Cyber|Super|Ash|Easter|Palm|Holy|Remembrance|Bloody|Shrove|Maundy|Whit|Giving|Mothering)\s$/.test(text.slice(Math.max(0, start - 12), start))) return null;
      // 'on March 3, 1997, a Monday': the day just written, described (it must not move the story to a Monday of its own)
      // ('the next morning, a Friday')
      if (!g.mod && /(?:\d|\b(?:day|morning|night|evening|afternoon)),?\s+an?\s+$/.test(text.slice(Math.max(0, start - 14), start))) return { kind: 'shift', n: 0, unit: 'day', dir: 1, from: 'anchor' };
      let mod = (g.mod ?? '').toLowerCase().replace(/^the (?=previous|following|prior)/, '');
      // "the (last) Monday before the vote" counts back from the vote's date, else from the date just mentioned
      const rel = /^the/.test(mod) ? refAfter(text, start + match.length) : null;
      if (rel) mod = rel.dir === 'before' ? 'previous' : 'following';
      else if (mod === 'the' || mod === 'the last' || mod === 'the first') mod = '';
      // 'Tuesday last week', 'Monday of next week': that weekday of the week (Monday to Sunday) before or after this one
      if (g.week) mod = g.week === 'last' ? 'of last week' : 'of next week';
      // 'on Thursday week' (British): a week after the coming Thursday
      if (g.weekAfter) return { kind: 'weekday', wd: weekdayNumber(g.wd!)!, mod: 'next', plus: 7 };
      return { kind: 'weekday', wd: weekdayNumber(g.wd!)!, mod, ...(rel ? { ref: rel.ref } : {}) };
    },
  },
  { // 'The following March', 'the previous May': that month after or before the date just mentioned
    re: re(`\\b[Tt]he\\s+(?<dir>following|next|previous|prior)\\s+(?<m>${MONTHS_AHEAD.replace('Sept?', 'Sept?\\.?')})\\b`),
    read: (g) => ({ kind: 'monthOf', m: monthNumber(g.m!)!, dir: /following|next/.test(g.dir!) ? 1 : -1 }),
  },
  { // 'the year after next', 'the year before last'
    re: re(`\\b[Tt]he\\s+year\\s+(?<w>after next|before last)\\b`),
    read: (g) => ({ kind: 'shift', n: 2, unit: 'year', dir: g.w === 'after next' ? 1 : -1, from: 'pub' }),
  },
  { // 'yesterday', 'late yesterday', 'today', 'tomorrow', 'tonight', 'last night', 'now', 'earlier this morning', 'overnight'
    re: re(`(?:\\b(?:${cap('late|early|earlier|later')})\\s+)?\\b(?<w>${cap('yesterday|today|tomorrow|tonight|last night|last evening|now|this morning|this afternoon|this evening|overnight')})\\b(?!-)(?!\\s+(?:rates?|loans?|lending|stays?|success|sensation|bags?|trains?|flights?|index|repo|funds?|money)\\b)`),
    read: (g, text, start) => {
      const w = g.w!.toLowerCase();
      // ('Their hit Only For Tonight topped the charts': a word of a title)
      if (/^\p{Lu}/u.test(g.w!) && /\p{Lu}[\p{L}'’]*\s+$/u.test(text.slice(Math.max(0, start - 20), start)) && !/[.!?:"“”]\s*\S*\s+$/.test(text.slice(Math.max(0, start - 20), start))) return null;
      // "overnight" is the night before publication, as TimeML reads it
      return { kind: 'deictic', days: /^(?:yesterday|last|overnight)/.test(w) ? -1 : w === 'tomorrow' ? 1 : 0, now: /^(?:now|this|overnight)/.test(w) || undefined };
    },
  },
  { // 'two days later', 'a year ago', 'nearly four years ago', 'a week or so ago', '10 days earlier', 'a decade ago',
    // 'a week ago Tuesday', 'a week from Monday', 'two weeks from tomorrow', 'three days from now' (one pass for all)
    re: re(`(?:\\b(?:${cap('nearly|almost|about|some|roughly|more than|less than|just|only|over')})\\s+)?\\b(?<n>${NUMBER_WORD_RE})\\s+(?<u>day|week|month|year|decade)s?(?: or so)?\\s+(?:(?<dir>ago|earlier|later|(?:before|after)(?![ \\t]*[\\w\"']))(?:\\s+(?<then>${WEEKDAY_RE}|yesterday))?|(?<refdir>before|after)(?=\\s+(?:(?:the|its|his|her|their|an?)\\s+[a-zA-Z0-9]|(?:it|he|she|they|police|parliament|lawmakers|voters|[A-Z][a-z]+)\\s+[a-z]))|from\\s+(?<from>now|today|tomorrow|yesterday|${WEEKDAY_RE}))\\b|\\b(?<f>[Aa]) fortnight (?<fdir>ago|earlier|later)\\b`),
    read: (g, text, start, match) => {
      // 'a fortnight ago': two weeks
      if (g.f) return { kind: 'shift', n: 2, unit: 'week', dir: g.fdir === 'later' ? 1 : -1, from: g.fdir === 'ago' ? 'pub' : 'anchor' };
      const n = smallNumber(g.n!);
      if (n === undefined || n > 100) return null;
      const to = g.from ?? (g.dir === 'ago' ? g.then : undefined);
      if (to === 'now' || to === 'today') return { kind: 'shift', n, unit: g.u as 'day', dir: g.from ? 1 : -1, from: 'pub' };
      if (to && (g.u === 'day' || g.u === 'week')) {
        const plus = n * (g.u === 'week' ? 7 : 1) * (g.from ? 1 : -1);
        if (to === 'tomorrow' || to === 'yesterday') return { kind: 'deictic', days: plus + (to === 'tomorrow' ? 1 : -1) };
        return { kind: 'weekday', wd: weekdayNumber(to)!, mod: g.from ? 'next' : 'last', plus };
      }
      const decade = g.u === 'decade';
      // 'two days after the earthquake': from the day the article gives the earthquake, when it gives one
      if (g.refdir) {
        // ('for the first time in three decades after a thrilling final': a span, not a day)
        if (/\b(?:in|for|over|within|than|of|about|nearly|almost|some)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) return null;
        const rel = refAfter(text, start + match.length - g.refdir.length - 1);
        return rel && { kind: 'shift', n: decade ? n * 10 : n, unit: decade ? 'year' : (g.u as 'day'), dir: g.refdir === 'after' ? 1 : -1, from: 'anchor', ref: { ...rel.ref, only: true } };
      }
      const back = g.dir === 'ago' || g.dir === 'earlier' || g.dir === 'before';
      return { kind: 'shift', n: decade ? n * 10 : n, unit: decade ? 'year' : (g.u as 'day'), dir: back ? -1 : 1, from: g.dir === 'ago' ? 'pub' : 'anchor' };
    },
  },
  { // 'a week on Thursday', 'a fortnight on Friday', 'a week tomorrow', 'a week today' (British): a week or two past that day
    re: re(`\\b[Aa]\\s+(?<u>week|fortnight)\\s+(?:on\\s+(?<wd>${WEEKDAY_RE})|(?<d>today|tomorrow))\\b`),
    read: (g) => {
      const plus = g.u === 'week' ? 7 : 14;
      return g.wd ? { kind: 'weekday', wd: weekdayNumber(g.wd)!, mod: 'next', plus } : { kind: 'deictic', days: plus + (g.d === 'tomorrow' ? 1 : 0) };
    },
  },
  { // 'in two weeks', 'within six months', 'in three days' time': ahead of publication (not 'the first time in two years')
    re: re(`\\b(?:[Ii]n|[Ww]ithin)(?<!\\b(?:time|first|highest|lowest|most|least|best|worst|since|past|last|over)\\s(?:[Ii]n|[Ww]ithin))\\s+(?<n>${NUMBER_WORD_RE})\\s+(?<u>day|week|month|year)s?(?:['’]\\s*time)?\\b(?!\\s+(?:of|ago|since|before|after|earlier|later|in a row|straight|running))`),
    read: (g, text, start) => {
      const n = smallNumber(g.n!);
      // ('the worst drought in fifty years': since then, not ahead)
      if (SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
      if (n === undefined || n > 60 || !/\b(?:will|would|is to|are to|due|expected|set to|takes? effect|plans?|must|should|could|may|by)\b/.test(text.slice(Math.max(0, start - 80), start))) return null;
      return { kind: 'shift', n, unit: g.u as 'day', dir: 1, from: 'pub' };
    },
  },
  { // 'on the 12th', 'On the 5th, the mayor resigned', 'must be filed by the 15th'
    re: re(`\\b(?:[Oo]n|[Bb]y|[Uu]ntil)\\s+the\\s+(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s+(?:of\\b|century|anniversary|floor|time|day|place|minute|round|amendment|year|straight|consecutive|hole|inning|lap|attempt|week|month|birthday|vote|ballot|try)|[\\s,]+(?:${MONTHS_AHEAD}))`),
    read: (g) => ({ kind: 'monthday', d: Number(g.d) }),
  },
  { // 'this year', 'last month', 'earlier this month', 'the following year', 'the current fiscal year', 'that year'
    re: re(`(?:\\b(?:${cap('earlier|later|early|late')})\\s+(?:in\\s+)?|\\b(?:${cap('the beginning of|the middle of|the end of|the start of')})\\s+)?\\b(?<det>${cap('this|last|next|that|the current|the past|the previous|the prior|the following|the next|the same|the latest|the full|the whole|the entire|the')})\\s+(?:(?:fiscal|calendar)\\s+)?(?<u>year|month)\\b(?!-|\\s(?:old|long)\\b)`),
    read: (g, text, start, match) => {
      // "coach of the year", "time of the month" are not dates; "the end of the year" is
      if (/^the\s/i.test(match) && AWARD_OF.test(text.slice(Math.max(0, start - 12), start))) return null;
      // 'reopened the next year' follows the story; 'over the next year' looks ahead from publication
      const det = g.det!.toLowerCase();
      const ahead = /\b(?:over|in|within|during|for|throughout|into)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
      return { kind: 'period', unit: g.u as 'year', det: det === 'the next' && !ahead ? 'the following' : det };
    },
  },
  { // 'abolished the year after', 'from the month before', 'the year after that': from the date just mentioned
    re: re(`\\b[Tt]he\\s+(?<u>year|month)\\s+(?<w>after|before)(?:\\s+that\\b)?(?=\\s*[.,;]|\\s+(?:that\\s+)?(?:he|she|it|they|its|his|her|their|the)\\s)`),
    read: (g) => ({ kind: 'shift', n: 1, unit: g.u as 'year', dir: g.w === 'after' ? 1 : -1, from: 'anchor', exact: true }),
  },
  { // 'the 20th of last month', 'on the 5th of next month'
    re: re(`\\b[Tt]he\\s+(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\s+of\\s+(?<rel>last|this|next)\\s+month\\b`),
    read: (g) => ({ kind: 'monthday', d: Number(g.d), months: g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0 }),
  },
  { // 'year-end', 'year-earlier', 'year-ago', "year's end"
    re: re(`\\b[Yy]ear(?:-|\\s|'s\\s)(?<w>end|earlier|ago)\\b`),
    read: (g) => ({ kind: 'yearword', word: g.w! }),
  },
  { // 'the next day', 'the following morning', 'the day before', 'later that day', 'that same day', 'earlier in the day'
    re: re(`\\b[Tt]he\\s+(?:(?<w>next|following|previous|prior)\\s+(?:day|morning|afternoon|evening|night)|(?:day|night|evening|morning)\\s+(?<w2>before|after)(?=[.,;]))|\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+(?:in\\s+the|that)|[Tt]hat(?:\\s+same)?|[Tt]he same)\\s+(?:day|night|evening|morning|afternoon)\\b`),
    read: (g) => {
      const w = g.w ?? g.w2;
      return { kind: 'shift', n: w ? 1 : 0, unit: 'day', dir: w && /next|following|after/.test(w) ? 1 : -1, from: 'anchor' };
    },
  },
  { // 'the day after Monday's debate', 'the night before the election' (only when that has a date)
    re: re(`\\b[Tt]he\\s+(?:day|night|morning|evening)(?=\\s+(?:before|after)\\s+(?!yesterday|tomorrow)\\S)`),
    read: (g, text, start, match) => {
      const rel = refAfter(text, start + match.length);
      return rel && { kind: 'shift', n: 1, unit: 'day', dir: rel.dir === 'after' ? 1 : -1, from: 'anchor', ref: { ...rel.ref, only: true } };
    },
  },
  { // '48 hours after it began on Monday', 'Hours after the ruling', 'minutes before the polls closed': that day, or days on
    // (the count is read backwards from the unit, so the pattern starts with a literal word)
    re: re(`\\b(?<u>[Hh]ours?|[Mm]inutes?)\\s+(?<refdir>before|after)(?=\\s+[\\w"'“])`),
    read: (g, text, start, match) => {
      const lead = text.slice(Math.max(0, start - 24), start);
      if (/\b(?:long|late|early|odd|working|business|opening|office|peak|visiting|extra|more|many|the)\s+$/i.test(lead)) return null;
      const count = COUNT_BEFORE.exec(lead)?.[1];
      const n = count ? smallNumber(count) : 0;
      if (n === undefined) return null;
      const days = /^[Hh]our/.test(g.u!) ? Math.floor(n / 24) : 0;
      const rel = refAfter(text, start + match.length - g.refdir!.length - 1);
      return rel && { kind: 'shift', n: days, unit: 'day', dir: g.refdir === 'after' ? 1 : -1, from: 'anchor', ref: { ...rel.ref, only: days > 0 } };
    },
  },
  { // 'on the eve of the summit, which opened on Thursday', 'on the eve of Tuesday's vote': the day before
    // ('on the second day of the Lindqvist Open, which began on Monday': the day after it began)
    re: re(`\\b[Tt]he\\s+(?:eve|(?<nth>second|third|fourth|fifth|sixth|seventh)\\s+day)\\s+of(?=\\s+\\S)`),
    read: (g, text, start, match) => {
      const m = /^\s+(?:the\s+)?([A-Za-z]+)?/.exec(text.slice(start + match.length, start + match.length + 40))!;
      const n = g.nth ? ORDINALS.indexOf(g.nth) + 1 : 1;
      return { kind: 'shift', n, unit: 'day', dir: g.nth ? 1 : -1, from: 'anchor', ref: { at: start + match.length + m[0].length - (m[1]?.length ?? 0), noun: m[1]?.toLowerCase(), only: true } };
    },
  },
  { // 'the day before yesterday', 'the day after tomorrow'
    re: re(`\\b[Tt]he day (?<w>before yesterday|after tomorrow)\\b`),
    read: (g) => ({ kind: 'deictic', days: g.w === 'before yesterday' ? -2 : 2 }),
  },
];

/** ' before the election' → {dir: 'before', ref: {at: (where 'election' starts), noun: 'election'}}; 'Election Day' → 'election'. */
function refAfter(text: string, end: number): { dir: 'before' | 'after'; ref: Ref } | null {
  const m = /^\s+(before|after)\b\s*(?:the\s+)?([A-Za-z]+)?/.exec(text.slice(end, end + 40));
  if (!m) return null;
  const at = end + m[0].length - (m[2]?.length ?? 0);
  return { dir: m[1] as 'before', ref: { at, noun: m[2]?.toLowerCase() } };
}

const COUNT_BEFORE = new RegExp(`\\b(${NUMBER_WORD_RE})\\s+$`);
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const SUPERLATIVE_BEFORE = /\b(?:worst|worse|best|biggest|largest|highest|lowest|most|least|first|longest|deepest|strongest|heaviest|hottest|coldest|wettest|driest|fastest|slowest|only)\b(?:\s+[\w-]+){0,3}\s*$/i;
/** "coach of the year", "time of the month" are titles and phrases, not dates. */
const AWARD_OF = /\b(?:player|coach|person|man|woman|album|song|record|car|book|team|rookie|time|game|story|word|moment|athlete|driver|manager|photo|picture|deal|idea)s?\s+of\s$/i;
