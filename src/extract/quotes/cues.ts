import type { Sentence } from '../02-sentences.ts';
import { REPORTING_VERBS } from '../lexicon.ts';

/**
 * Whether the sentence around a quoted span has an attribution cue outside the span.
 *
 *   'He called it a "witch hunt."'  → true ("called");  'A "historic reset" is due.' → false
 */
const WORDS = /\p{L}+/gu;

export function hasCueOutside(t: string, s: Sentence, span: { start: number; end: number }): boolean {
  // windows are capped so that a huge unpunctuated "sentence" full of quotes stays linear
  const from = Math.max(s.start, span.start - WINDOW);
  const to = Math.min(s.end, span.end + WINDOW);
  return hasCue(t.slice(from, Math.max(from, span.start - 1))) || hasCue(t.slice(Math.min(to, span.end + 1), to));
}

const WINDOW = 300;

export function hasCue(fragment: string): boolean {
  if (/according to|\bin an? (?:interview|statement|tweet|post|letter|speech)/i.test(fragment)) return true;
  for (const m of fragment.matchAll(WORDS)) if (REPORTING_VERBS.has(m[0].toLowerCase())) return true;
  return /:\s*$/.test(fragment);
}
