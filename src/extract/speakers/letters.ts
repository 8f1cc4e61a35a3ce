import type { Doc } from '../01-normalize.ts';
import type { Sentence } from '../02-sentences.ts';
import { SIGNATURE } from './patterns.ts';

/**
 * Who "I" is on a letters page or in a column: the writer whose signature line follows, else the byline.
 *
 *   'I told her, "No, honey."⏎⏎Renata Guzmán-Kell; Fairhope, Ala.' → after(<the quote>) is 'Renata Guzmán-Kell'
 *   'By Cassandra Mott-Eberly⏎⏎… "A little," I said.'              → 'Cassandra Mott-Eberly'
 *
 * `signatureStarts`: the signature lines, which are no subject of what follows them.
 */
export type Writers = { after: (at: number) => string | null; signatureStarts: ReadonlySet<number> };

/** 'I', "I've", 'I kept', 'I sent him a text': the writer, when the frame's subject is the first person. */
export const FIRST_PERSON = /^(?:I|me|my|mine|I['’](?:ve|d|m|ll))$|^I\s+\p{Ll}/iu;
const BYLINE = /(?:^|\n)[ \t]*By ((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){1,3})[ \t]*(?:\n|$|,|\|)/u;
/** 'Dwayne Porter | Columnist, USA TODAY' */
const COLUMNIST = /(?:^|\n)[ \t]*((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){1,3})[ \t]*\|[ \t]*(?:[Cc]olumnist|[Cc]ontributor|[Cc]ontributing|[Ss]taff|[Oo]pinion|[Ss]pecial)/u;
/** How far after the first person its signature may stand. */
const LETTER = 3000;

export function writersOf(doc: Doc, sentences: Sentence[]): Writers {
  const signatures = signatureLines(doc.text, sentences);
  const head = doc.original.slice(0, 700); // (the normalised text blanks bylines)
  const byline = BYLINE.exec(head)?.[1] ?? COLUMNIST.exec(head)?.[1] ?? null;
  return {
    after: (at) => {
      const sig = signatures.find((x) => x.start > at);
      return (sig && sig.start - at < LETTER ? sig.name : null) ?? byline;
    },
    signatureStarts: new Set(signatures.map((x) => x.start)),
  };
}

/** Paragraphs that are a letter's signature ('Renata Guzmán-Kell; Fairhope, Ala.'), after a paragraph in the first person. */
function signatureLines(t: string, sentences: Sentence[]): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.para === sentences[i - 1]!.para || sentences[i + 1]?.para === s.para || s.end - s.start > 80) continue;
    const m = SIGNATURE.exec(t.slice(s.start, s.end));
    // (a letter in the first person signed by its writer: not a subheading such as 'Oakley Spoke for Us')
    // (nor a heading in capitals: 'LETTERS TO THE EDITOR')
    if (m && !/\b(?:TO|THE|OF|AND|FOR|IN|ON)\b/.test(m[1]!) && (/[;,]/.test(t.slice(s.start, s.end)) || /\b(?:I|my|me)\b/.test(t.slice(Math.max(0, s.start - 600), s.start)))) out.push({ start: s.start, name: m[1]!.replace(/[.]$/, '') });
  }
  return out;
}
