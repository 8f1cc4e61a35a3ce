/**
 * Step 1 — normalise the raw text, keeping a map back to the original offsets.
 *
 *   'He said.The “plan” costs\u00a0$4m'  →  text: 'He said. The "plan" costs $4m'
 *   doc.orig(9) === 8   (the inserted space maps back to where it was inserted)
 *
 * Same-length replacements (curly → straight quotes, NBSP → space, dashes) keep offsets;
 * the only insertion is a space after a sentence end glued to the next word ("said.The").
 * Curly marks are remembered in `curly` because they tell opening from closing.
 */
export type Doc = {
  original: string;
  text: string;
  /** Original offset of each normalised index (length text.length + 1). */
  orig: (i: number) => number;
  /** Normalised indices whose original character was a curly quote (“ ” ‘ ’ « »). */
  open: Set<number>;
  close: Set<number>;
};

const SAME_LENGTH: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\t': ' ',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
};
const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '\u2018', '\u201a']);
const CLOSERS = new Set(['\u201d', '\u00bb', '\u2019']);

export function normalize(original: string): Doc {
  const out: string[] = [];
  const map: number[] = [];
  const open = new Set<number>();
  const close = new Set<number>();
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (OPENERS.has(ch)) open.add(out.length);
    if (CLOSERS.has(ch)) close.add(out.length);
    out.push(SAME_LENGTH[ch] ?? ch);
    map.push(i);
    // "said.The" → "said. The": a lower-case word, a full stop or ?/!, then a capital and lower-case.
    if ((ch === '.' || ch === '?' || ch === '!') && isGlued(original, i)) {
      out.push(' ');
      map.push(i + 1);
    }
  }
  map.push(original.length);
  const text = out.join('');
  return { original, text, orig: (i) => map[Math.max(0, Math.min(i, map.length - 1))]!, open, close };
}

function isGlued(s: string, i: number): boolean {
  const before = s.charCodeAt(i - 1);
  const before2 = s.charCodeAt(i - 2);
  const next = s[i + 1];
  const next2 = s[i + 2];
  if (next === undefined || next2 === undefined) return false;
  const lower = (c: number) => c >= 97 && c <= 122;
  // two lower-case letters before (not "U.S."), upper then lower after (not "e.g.", not "3.5")
  return lower(before) && lower(before2) && /[A-Z]/.test(next) && /[a-z]/.test(next2);
}
