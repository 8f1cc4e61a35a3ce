import { keepLongest } from '../dates/longest.ts';
import { currencyOf, SYMBOL_RE, WORD_RE, CODES } from './currency.ts';
import { NUMBER_WORDS, parseNumber, scaleOf, wordsToNumber } from './numbers.ts';

/**
 * Money, percentages and counts in text, normalised; `about` is filled in later.
 *
 *   '$0.3 billion'         → {value: 300000000, unit: 'USD'}
 *   'seventy million dollars' → {value: 70000000, unit: 'USD'}
 *   '12 percent'           → {value: 12, unit: '%'}
 *   '120 wounded'          → {value: 120, unit: 'count'}
 */
export type RawFigure = { start: number; end: number; value: number | null; unit: string; kind: 'money' | 'percent' | 'count' };

const NUM = '\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?';
/**
 * A number (or number words) not glued to what stands before it. The digit is matched first and the
 * character before it checked after: a regex that opens with a lookbehind tries it at every position.
 */
const numAfter = (not: string) => `\\d(?<![${not}]\\d)(?:[\\d,]*\\d)?(?:\\.\\d+)?`;
const numOrWords = (not: string) => `(?:(?<num>${numAfter(not)})|\\b(?<words>${WORDNUM}))`;
// 'twelve', 'Twelve' and the tabloid's 'TWELVE'
const CAP_WORDS = NUMBER_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
const WORDNUM = `(?:(?:${CAP_WORDS})(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORDS.join('|')}|hundred|thousand))*|(?:[Hh]alf\\s+)?[Aa]n?\\s+(?:hundred|thousand|dozen|million|billion)(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORDS.join('|')}))*)`;
const SCALE_WORD = '(?:thousand|million|billion|trillion|mln|bln|bn|mn|tn|lakh|crore)';
const SCALE_SHORT = '(?:bn|m|k|b|tn|mn|B|M|K|bln)';
/** A capitalised word then a lower-case one after a count: '2,000 Catholic protesters' (not 'Tuesday night'). */
const NAMED_KIND = '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][a-z]+\\s+[a-z]';
const END = '(?![\\w$£€]|[.,:]\\d)';

type Groups = Record<string, string | undefined>;
type Pattern = { re: RegExp; read: (g: Groups, text: string, start: number) => Omit<RawFigure, 'start' | 'end'> | null };

const numberOf = (g: Groups): number | null => (g.num !== undefined ? parseNumber(g.num) : wordsToNumber(g.words ?? ''));
const times = (n: number | null, k: number) => (n === null ? null : Math.round(n * k * 100) / 100);
const rx = (s: string) => new RegExp(s, 'g');

const PATTERNS: Pattern[] = [
  { // '$40 million', 'US$ 1.2bn', '£300m', '€5,000', 'a $40-million grant', '$.3 billion', 'Rs 400 crore'
    re: rx(`(?<![\\w$])(?<sym>${SYMBOL_RE})\\s?(?<num>${NUM}|\\.\\d+)(?:[\\s-]?(?<scale>${SCALE_WORD})\\b|(?<short>${SCALE_SHORT})\\b)?${END}`),
    read: (g) => ({ value: times(numberOf(g), scaleOf(g.scale ?? g.short)), unit: currencyOf(g.sym!)!.code, kind: 'money' }),
  },
  { // 'USD 300 million', 'EUR 5m'
    re: rx(`\\b(?<code>${CODES.join('|')})\\s?(?<num>${NUM})(?:[\\s-]?(?<scale>${SCALE_WORD})\\b|(?<short>${SCALE_SHORT})\\b)?${END}`),
    read: (g) => ({ value: times(numberOf(g), scaleOf(g.scale ?? g.short)), unit: g.code!, kind: 'money' }),
  },
  { // '70 million dollars', 'seventy million dollars', '4.6 pence', '300 euros', 'a 40-million-dollar grant'
    re: rx(`${numOrWords('\\w$£€.,')}(?:[\\s-]?(?<scale>${SCALE_WORD}))?(?:\\s+|-)(?<cur>${WORD_RE})\\b(?!\\s+of\\b)`),
    read: (g) => {
      const c = currencyOf(g.cur!);
      return c ? { value: times(numberOf(g), scaleOf(g.scale) * c.factor), unit: c.code, kind: 'money' } : null;
    },
  },
  { // '12%', '4.5 percent', 'twenty six percent'
    re: rx(`${numOrWords('\\w$£€.,')}\\s?(?:%|\\s(?:percent|per cent|pct)\\b)`),
    read: (g) => ({ value: numberOf(g), unit: '%', kind: 'percent' }),
  },
  { // '0 million', '3.5 billion' with nothing after: a count the next step may compare
    re: rx(`(?<num>${numAfter('\\w$£€.,:/-')})\\s?(?<scale>${SCALE_WORD})\\b(?!\\s+[a-z])`),
    read: (g) => ({ value: times(numberOf(g), scaleOf(g.scale)), unit: 'count', kind: 'count' }),
  },
  { // '120 wounded', 'seven people', '3 million viewers', '0 million' (kept, value 0)
    re: rx(`${numOrWords('\\w$£€.,:/-')}(?:\\s?(?<scale>${SCALE_WORD})\\b|(?<short>[mk])\\b)?(?![\\w:/-]|[.,]\\d)(?=\\s+(?:[a-z]|${NAMED_KIND}))`),
    read: (g, text, start) => {
      const value = times(numberOf(g), scaleOf(g.scale ?? g.short));
      if (!countOk(g, value, text, start)) return null;
      return { value, unit: 'count', kind: 'count' };
    },
  },
  { // 'The flood killed 57.', 'the death toll rose to 1,204, officials said': a casualty count ending its clause
    // ('put the death toll at 57', 'The death toll is 57', 'Deaths rose to 1,024', 'Police arrested 14.')
    // (the words before are matched, not looked behind at every position: only the number is the figure)
    re: new RegExp(`\\b(?:killed|killing|kills|injured|injuring|wounded|wounding|arrested|rescued|evacuated|toll(?:\\s+[a-z]+){0,2}\\s+(?:to|at|of|is|was|stands at|stood at)|(?:[Dd]eaths|[Cc]asualties|[Ii]njuries)\\s+(?:rose|climbed|jumped|reached|stood|stand)\\s+(?:to|at)?)\\s+(?:at least\\s+|about\\s+|nearly\\s+|some\\s+|more than\\s+)?(?<num>${NUM})(?=\\s*[.,;)]|\\s+(?:on|in|at|after|when|as|and|by)\\b)`, 'dg'),
    read: (g) => {
      const value = numberOf(g);
      return value !== null && (value < 1800 || value > 2100 || g.num!.includes(',')) ? { value, unit: 'count', kind: 'count' } : null;
    },
  },
  { // 'between 20 and 30 people', '20 to 30 people died', '20-30 people': a range is no single value (null), so it
    // never disagrees with '25 people'
    re: rx(`(?:\\b(?<between>[Bb]etween)\\s+)?(?<num>${numAfter('\\w$£€.,:/-')})\\s*(?:-|to|and)\\s*(?<num2>${NUM})(?:\\s?(?<scale>${SCALE_WORD})\\b)?(?=\\s+[a-z])`),
    read: (g, text, start) => {
      const and = /\band\b/.test(text.slice(start, start + 40).split(g.num2!)[0]!);
      const after = text.slice(start, start + 80).replace(/^(?:[Bb]etween\s+)?[\d,.]+\s*(?:-|to|and)\s*[\d,.]+(?:\s?(?:thousand|million|billion|trillion))?/, '');
      return (and && !g.between) || TIME_UNIT.test(after) ? null : { value: null, unit: 'count', kind: 'count' };
    },
  },
  { // 'a 240-unit development', 'the 1,800-megawatt dam': a count written as a modifier
    re: rx(`(?<num>${numAfter('\\w$£€.,:/-')})-(?<unit>unit|home|house|bed|room|seat|storey|story|member|megawatt|gigawatt|kilowatt|tonne|ton|acre|hectare|page|mile|kilometre|kilometer)\\b`),
    read: (g) => ({ value: numberOf(g), unit: 'count', kind: 'count' }),
  },
];

const TIME_UNIT = /^\s+(?:(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|a\.m\.|p\.m\.|am|pm|o'clock|times|inches|feet|foot|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|kg|pounds|tons?|tonnes?|mph|degrees)\b|-)/;
const BEFORE_NOT_COUNT = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|No\.|[A-Z][a-z]+|number|page|route|flight|at|since|in|by|until|of)\s$/;
/** Hedges before a count, also opening a sentence: 'Nearly 300 people', 'Another 12 were hurt'. */
const HEDGE_BEFORE = /\b(?:at least|about|nearly|almost|some|over|around|roughly|approximately|another|only|just|than|to|of)\s$/i;

/** 'The 57 victims', 'Those 12 men': a determiner, not a name before the number. */
const DETERMINER_BEFORE = /\b(?:The|These|Those|All|His|Her|Their|Its|Our)\s$/;

/** Counts are numbers before a word: not years, dates, times, ages, measures or names ("Game 7"). */
function countOk(g: Groups, value: number | null, text: string, start: number): boolean {
  const after = text.slice(start + (g.num ?? g.words ?? '').length, start + 40);
  // 'one', 'a' are articles; 'a dozen' counts only people ('A dozen people died', not 'a dozen times')
  // ('a dozen villages' counts; 'a dozen times' is a time unit, caught below)
  if (g.words && (/^(?:one|an?)$/i.test(g.words.trim()) || (/^an? dozen$/i.test(g.words.trim()) && !/^\s+(?:[a-z]+s|people|children|men|women|police|others|were|are|have|had)\b/.test(after)))) return false;
  if (/^\s+percentage points?\b/.test(after)) return false; // a change in a rate, not a count
  if (g.short && !/^m?\s+(?:people|users|viewers|customers|subscribers|residents|voters|votes|barrels|jobs|visitors|homes|children)/.test(after.slice(1))) return false;
  if (TIME_UNIT.test(after.replace(/^\s?(?:thousand|million|billion)/, ''))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (g.num && value !== null && !g.scale && !g.short && !g.num.includes(',') && value >= 1800 && value <= 2100 && Number.isInteger(value)) return false;
  return !BEFORE_NOT_COUNT.test(before) || HEDGE_BEFORE.test(before) || DETERMINER_BEFORE.test(before);
}

/** All figures, longest first where they overlap, in text order. */
export function findRawFigures(text: string): RawFigure[] {
  const all: RawFigure[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (!m[0]) { p.re.lastIndex++; continue; }
      const [start, end] = m.indices?.groups?.num && p.re.hasIndices ? m.indices.groups.num : [m.index, m.index + m[0].length];
      const f = p.read((m.groups ?? {}) as Groups, text, start);
      if (f) all.push({ ...f, start, end });
    }
  }
  return keepLongest(all, text.length);
}
