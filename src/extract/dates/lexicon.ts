/**
 * Words for dates: month and weekday names, small numbers, ordinals, spelled-out years.
 *
 *   monthNumber('Sept.') → 9;  spelledYear('nineteen ninety-six') → 1996;  smallNumber('a couple of') → 2
 */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** Regex sources (case-sensitive on purpose: "may", "march" are verbs). */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\\b)';
export const ORDINAL_WORD_RE = '(?:(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|' +
  ORDINALS.slice(1, 20).join('|') + ')';
export const NUMBER_WORD_RE = `(?:\\d{1,3}|[Aa]n?|[Aa] couple of|(?:${TENS.slice(2).map(cap).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).map(cap).join('|')})`;
const TEEN_OR_TENS = `(?:${UNITS.slice(10).join('|')}|(?:${TENS.slice(2).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?)`;
export const SPELLED_YEAR_RE = `(?:[Nn]ineteen[ -](?:hundred|oh[ -](?:${UNITS.slice(1, 10).join('|')})|${TEEN_OR_TENS})|[Tt]wo thousand(?:(?: and)? (?:${UNITS.slice(1).join('|')}))?)`;

function cap(w: string): string {
  return `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
}

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace('.', '').toLowerCase()];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase()];
}

/** '3', 'three', 'a', 'a couple of', 'twenty' → number; undefined when unknown. */
export function smallNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  const u = UNITS.indexOf(w);
  if (u > 0) return u;
  // ('seventy-five')
  const [tens, unit] = w.split('-');
  const t = TENS.indexOf(tens!);
  const v = unit === undefined ? 0 : UNITS.indexOf(unit);
  return t >= 2 && v >= 0 && v < 10 ? t * 10 + v : undefined;
}

/** '8', '8th', 'eighth', 'twenty-first' → day of month. */
export function dayNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w === 'thirtieth') return 30;
  const parts = w.split('-');
  if (parts.length === 2) {
    const tens = parts[0] === 'twenty' ? 20 : parts[0] === 'thirty' ? 30 : 0;
    const unit = ORDINALS.indexOf(parts[1]!);
    return tens && unit > 0 && unit < 10 ? tens + unit : undefined;
  }
  const o = ORDINALS.indexOf(w);
  return o > 0 ? o : undefined;
}

/** 'nineteen ninety-six' → 1996, 'nineteen oh five' → 1905, 'two thousand and one' → 2001. */
export function spelledYear(phrase: string): number | undefined {
  const w = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((x) => x !== 'and');
  if (w[0] === 'two' && w[1] === 'thousand') return 2000 + (w[2] ? UNITS.indexOf(w[2]) : 0);
  if (w[0] !== 'nineteen') return undefined;
  if (w[1] === 'hundred') return 1900;
  if (w[1] === 'oh') return 1900 + UNITS.indexOf(w[2] ?? '');
  const teen = UNITS.indexOf(w[1] ?? '');
  if (teen >= 10) return 1900 + teen;
  const tens = TENS.indexOf(w[1] ?? '');
  return tens >= 2 ? 1900 + tens * 10 + (w[2] ? Math.max(0, UNITS.indexOf(w[2])) : 0) : undefined;
}
