/**
 * Numbers as written in news: digits with separators, decimals, scale words, spelled-out numbers.
 *
 *   parseNumber('1,250.5') → 1250.5;  scaleOf('bn') → 1e9;  wordsToNumber('a hundred thirty') → 130;  wordsToNumber('half a million') → 500000
 *   parseNumber('0') → 0 (kept: "$0 million" must stay visible to be flagged against "$40 million")
 */
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, bln: 1e9, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, tr: 1e12,
  hundred: 100, lakh: 1e5, crore: 1e7,
};
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, a: 1, an: 1, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

export const NUMBER_WORDS = [...Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an' && w !== 'zero'), ...Object.keys(TENS)];
export const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'];

/** '1,250.5' → 1250.5; '1.2' → 1.2; null when the digits do not make a number ('1,2,3'). */
export function parseNumber(s: string): number | null {
  const t = s.replace(/\s/g, '');
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

export function scaleOf(word: string | undefined): number {
  return word ? SCALES[word.toLowerCase()] ?? 1 : 1;
}

/** 'seventy' → 70, 'twenty-five' → 25, 'a hundred thirty' → 130, 'three thousand' → 3000. */
export function wordsToNumber(phrase: string): number | null {
  const half = /^half\s+(?=an?\s)/i.exec(phrase); // 'half a million'
  if (half) { const n = wordsToNumber(phrase.slice(half[0].length)); return n === null ? null : n / 2; }
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  let total = 0, current = 0, seen = false;
  for (const w of words) {
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; } // 'a dozen' → 12, 'two dozen' → 24
    else if (w in UNITS) { current += UNITS[w]!; seen = true; }
    else if (w in TENS) { current += TENS[w]!; seen = true; }
    else if (w === 'hundred') { current = (current || 1) * 100; seen = true; }
    else if (w in SCALES && SCALES[w]! >= 1000) { total += (current || 1) * SCALES[w]!; current = 0; seen = true; }
    else return null;
  }
  return seen ? total + current : null;
}
