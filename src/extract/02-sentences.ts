import type { Doc } from './01-normalize.ts';

/**
 * Step 2 — split the normalised text into sentences and paragraphs.
 *
 *   'Mr. Ruiz spoke. "We will act," he said.\n\nNext.'
 *   → [{start: 0, end: 15, para: 0}, {start: 16, end: 40, para: 0}, {start: 42, end: 47, para: 1}]
 *
 * Offsets are into doc.text. Abbreviations (Mr., Gen., U.S., Jan.) and initials do not end a sentence.
 */
export type Sentence = { start: number; end: number; para: number };

const ABBREV = new Set(
  ('mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev st jr sr inc corp ltd co no vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept univ est approx fig al pres').split(' '),
);

export function splitSentences(doc: Doc): Sentence[] {
  const t = doc.text;
  const out: Sentence[] = [];
  let para = 0;
  let start = skipSpace(t, 0);
  for (let i = start; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '\n') {
      if (i > start) out.push({ start, end: trimEnd(t, start, i), para });
      let j = i;
      let breaks = 0;
      while (j < t.length && /\s/.test(t[j]!)) breaks += t[j++] === '\n' ? 1 : 0;
      if (breaks >= 1) para++;
      start = j;
      i = j - 1;
      continue;
    }
    if ((ch === '.' || ch === '?' || ch === '!') && endsSentence(t, i)) {
      let end = i + 1;
      while (end < t.length && (t[end] === '"' || t[end] === "'" || t[end] === ')')) end++;
      if (end >= t.length || t[end] === ' ' || t[end] === '\n') {
        out.push({ start, end, para });
        start = skipSpaceSameLine(t, end);
        i = start - 1;
      }
    }
  }
  if (start < t.length) {
    const end = trimEnd(t, start, t.length);
    if (end > start) out.push({ start, end, para });
  }
  return out;
}

function endsSentence(t: string, i: number): boolean {
  if (t[i] !== '.') return !nextIsLower(t, i); // '"Why?" she asked.' is one sentence
  let w = i;
  while (w > 0 && /[A-Za-z]/.test(t[w - 1]!)) w--;
  const word = t.slice(w, i);
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // initial: "J. Smith", "U.S."
  if (ABBREV.has(word.toLowerCase()) && /^[A-Z]/.test(word)) return false;
  if (t[w - 1] === '.') {
    // "U.S." inner dot, "a.m." (but 'until 7 p.m. "Anybody in line votes."': a time ends the sentence before a quotation)
    const time = word.toLowerCase() === 'm' && /^[ap]$/i.test(t[w - 2] ?? '') && !/[A-Za-z.]/.test(t[w - 3] ?? ' ');
    // ('The doors opened at 7 a.m. Marjorie Fenn, 79, brought a chair.': a name after a time, not 'a.m. Tuesday' or 'p.m. ET')
    // (not 'At 9 a.m. Senator Ruiz spoke.': the time opens the sentence)
    return time && (/^\s+["“]\p{Lu}/u.test(t.slice(i + 1, i + 5)) || (NAME_AFTER_TIME.test(t.slice(i + 1, i + 40)) && !TIME_OPENING.test(t.slice(Math.max(0, i - 30), i))));
  }
  // A full stop followed by a lower-case word does not end a sentence ("approx. five").
  return !nextIsLower(t, i);
}

const TIME_OPENING = /(?:^|[.!?"”]\s+|\n\s*)(?:[A-Z][a-z]+\s+){1,2}\d{1,2}(?::\d\d)?\s*[ap]\.m$/;
const NAME_AFTER_TIME = /^ (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Local|GMT|UTC|[A-Z]{1,2}[SD]?T)\b)(?!\p{Lu}\p{Ll}+ time\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*(?:,| \p{Ll}{3,})/u;

function nextIsLower(t: string, i: number): boolean {
  NEXT_CHAR.lastIndex = i + 1;
  const next = NEXT_CHAR.exec(t);
  return !!next && /[a-z]/.test(next[1]!);
}

const NEXT_CHAR = /["')]*[ \t]*(\S)/y;
const skipSpace = (t: string, i: number) => { while (i < t.length && /\s/.test(t[i]!)) i++; return i; };
const skipSpaceSameLine = (t: string, i: number) => { while (i < t.length && t[i] === ' ') i++; return i; };
const trimEnd = (t: string, s: number, e: number) => { while (e > s && /\s/.test(t[e - 1]!)) e--; return e; };
