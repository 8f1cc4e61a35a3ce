import type { Sentence } from '../02-sentences.ts';
import type { RawQuote } from '../03-quotes.ts';

/**
 * Dialogue dashes, as translated Russian, Spanish or French copy writes speech (the dashes are '-' in the
 * normalised text): the words before the attribution, and after it the words the same speaker goes on with.
 *
 *   '— We will not yield, — said Petrov. — The law will be considered today.'
 *     → 'We will not yield' and 'The law will be considered today.', one group (step 4 reads 'said Petrov')
 *   '—We are not going to retreat —affirmed the President Ernesto Palacios—. The reform goes.' → the same
 *
 * Only a line that opens with a dash and holds an attribution after another dash counts (not a bulleted list).
 */
const LINE = /^[ \t]*-[ \t]*(?=\p{Lu})([^\n]+)$/gmu;
const VERBS = 'said|says|stressed|declared|affirmed|added|noted|replied|answered|told|asked|exclaimed|insisted|emphasi[sz]ed|underlined|informed|smiled|continued|objected|explained|retorted|remarked|commented|warned|assured|admitted|concluded|specified|clarified|recalled|shouted|laughed|sighed|interrupted|declares|affirms|stresses|adds|notes';
const ATTRIBUTION = new RegExp(String.raw`[,.!?]?[ \t]*-[ \t]*(?=(?:${VERBS})\b)`);
/** The dash that takes the speech up again: ' - The', '-. The', '. - The' (not the hyphen of 'Jean-Pierre'). */
const RESUME = /(?:[ \t]+-|-[.,]|[.,][ \t]*-)[ \t]*(?=\p{Lu})/u;

export function withDialogue(t: string, sentences: Sentence[], quotes: RawQuote[]): RawQuote[] {
  if (!t.includes('-')) return quotes;
  let group = quotes.reduce((g, q) => Math.max(g, q.group), 0);
  const added: RawQuote[] = [];
  let s = 0;
  for (const m of t.matchAll(LINE)) {
    const bodyStart = m.index + m[0].length - m[1]!.length;
    const lineEnd = m.index + m[0].length;
    if (quotes.some((q) => q.start < lineEnd && bodyStart < q.end)) continue;
    const attribution = ATTRIBUTION.exec(m[1]!);
    if (!attribution || attribution.index < 2) continue;
    const firstEnd = bodyStart + attribution.index;
    const pieces: [number, number][] = [[bodyStart, firstEnd]];
    const afterVerb = firstEnd + attribution[0].length;
    const resume = RESUME.exec(t.slice(afterVerb, lineEnd));
    if (resume) {
      const from = afterVerb + resume.index + resume[0].length;
      if (lineEnd - from > 1) pieces.push([from, lineEnd]);
    }
    group++;
    for (const [start, end] of pieces) {
      while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
      added.push({ start, end, text: t.slice(start, end), kind: 'direct', sentence: s, group });
    }
  }
  return added.length ? [...quotes, ...added].sort((a, b) => a.start - b.start) : quotes;
}
