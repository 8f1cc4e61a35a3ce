import type { Sentence } from '../02-sentences.ts';
import { NOT_NAMES, TITLES } from '../lexicon.ts';

/**
 * Whether a sentence is a title-case line ('Lawmakers Rip Donald Trump As A Fraud'), whose name runs have unreliable
 * edges: mostly capitalised words with a capitalised function word, or a title line opening the text.
 */
const headlines = new WeakMap<Sentence, boolean>();
export function isHeadline(text: string, s: Sentence): boolean {
  let h = headlines.get(s);
  if (h === undefined && s.end - s.start > 120) {
    // (a long sentence whose opening words are mostly lower-case is no headline: decided without reading it all)
    const head = text.slice(s.start, s.start + 100).match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
    let lower = 0;
    for (const w of head) if (w.charCodeAt(0) > 96) lower++;
    if (lower > head.length * 0.6) headlines.set(s, (h = false));
  }
  if (h === undefined) {
    const words = text.slice(s.start, s.end).match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
    let caps = 0;
    for (const w of words) if (w.charCodeAt(0) < 91) caps++;
    // ('Oskar Velde met Ms Marlow.': honorifics are capitalised anywhere; a full stop ends sentences, rarely headlines)
    const cappedFunctionWord = words.slice(1).some((w) => w.charCodeAt(0) < 91 && NOT_NAMES.has(w.toLowerCase()) && !TITLES.has(w.toLowerCase()));
    const stop = /\.["'”’]?\s*$/.test(text.slice(s.start, s.end));
    // ('Q. Has Graham Pellew called?' is an interviewer's question, not a headline)
    // ('Federal Judge Strikes Down Marrowick Voter ID Law' opening the text on a line of its own: a title, function word or not)
    const title = () => s.start < 200 && !stop && caps / words.length >= 0.8 && !/\S/.test(text.slice(0, s.start)) && /^\s*\n/.test(text.slice(s.end, s.end + 3));
    h = words.length >= 4 && caps / words.length >= (stop ? 0.85 : 0.6) && (cappedFunctionWord || title()) && !/^Q[.:]\s/.test(text.slice(s.start, s.start + 3));
    headlines.set(s, h);
  }
  return h;
}
