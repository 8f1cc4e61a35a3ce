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
  return hasCue(t.slice(from, Math.max(from, span.start - 1))) || hasCue(t.slice(Math.min(to, span.end + 1), to), true);
}

const WINDOW = 300;
const THAT_CUES = new Set('ruling finding concluding holding determining alleging testifying statement letter memo resolution'.split(' '));
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const DETERMINER = new Set('the a an this that these those his her its their our my your every each no any some'.split(' '));
const NOUN_TOO = new Set('state states call calls note notes report reports comment comments question questions rules answer answers read reads counter demand demands charge charges claim claims promise promises praise chant chants tweet tweets post posted lament joke jokes quip remark remarks vow vows pledge pledge pledges comment'.split(' '));

/** after: the fragment follows the quote, where a cue in a relative clause ('the people who wrote the budget') governs something else. */
export function hasCue(fragment: string, after = false): boolean {
  if (/according to|\bin an? (?:interview|statement|tweet|post|letter|speech)|\b[Ii]n (?:his|her|their|[^,]{2,30}['’]s) (?:own )?words\b/i.test(fragment)) return true;
  let before = '';
  for (const m of fragment.matchAll(WORDS)) {
    const w = m[0].toLowerCase();
    // ('every corner of the state', 'a report', 'the comments': a noun spelled like a cue)
    if (REPORTING_VERBS.has(w) && !(NOUN_TOO.has(w) && DETERMINER.has(before))) return !(after && RELATIVE.has(before));
    // ('blocked the law, ruling that the legislature acted "with discriminatory intent"')
    if (THAT_CUES.has(w) && /^\s+that\b/.test(fragment.slice(m.index + w.length, m.index + w.length + 6))) return true;
    before = w;
  }
  return /:\s*$/.test(fragment);
}
