import type { Sentence } from '../02-sentences.ts';
import type { EntityIndex, Gender } from '../05-entities.ts';
import type { Found } from './frames.ts';
import { openingSubject } from './opening.ts';
import { resolveSpeaker } from './resolve.ts';

/**
 * Speakers found by patterns over a whole clause rather than a verb's neighbours.
 *
 *   possessiveClaim('fact-checked Trump\'s claim that there were ') → 'Trump'
 *   laterAccordingTo(' at 80 schools, according to the organisers.') → 'the organisers'
 *   innerPronoun('called her a disgrace after she blamed shootings on ') → 'f'
 *   groupSubject(<'Critics of the plan want changes. They wrote: "..."'>, 1) → 'Critics of the plan'
 */
const CLAIM_WORD = /'s? (?:[a-z-]+ )?(?:claim|line|assertion|statement|remark|comment|argument|contention|suggestion|promise|pledge|insistence|warning|words|tweet|description|prediction|vow|accusation|characterization|boast)/;
const CLAIM = /(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,3})'s? (?:[\p{Ll}\-]+ )?(?:claims?|lines?|assertions?|statements?|remarks?|comments?|arguments?|contention|suggestion|promises?|pledges?|insistence|warnings?|words|tweets?|descriptions?|prediction|vows?|accusations?|characterization|boast)\b/u;

/** "Trump's claim that there were ..." before a quote: the possessor speaks. */
export function possessiveClaim(before: string): string | null {
  // (a cheap test first: the full pattern backtracks over every capitalised run)
  const at = before.search(CLAIM_WORD);
  if (at < 0 || before.length - at > 120) return null;
  const from = Math.max(0, at - 60);
  const m = CLAIM.exec(before.slice(from, at + 40));
  return m && /^[^.;]{0,80}$/.test(before.slice(from + m.index + m[0].length)) ? m[1]! : null;
}

/** '"walk-in" at 2,000 schools, according to the organisers.' → 'the organisers'. */
export function laterAccordingTo(frame: string): Found | null {
  const m = /^([^.;]*?),\s+according to\s+([^,.;]{2,60})/.exec(frame);
  // (not 'New elections he considered, according to observers, the last option': a clause of its own first)
  if (!m || /\b(?:he|she|they|we|I|it)\s+\p{Ll}+/u.test(m[1]!)) return null;
  return { phrase: m[2]!.trim(), cue: 'according to' };
}


const INNER_PRONOUN = /\b(?:after|when|as|because|since|while|before|and|but) (he|she) (?:\p{Ll}+ly )?\p{Ll}+(?:ed|s)\b[^.;:"]*$/u;

/** The gender of a pronoun subject of a clause that runs up to the quote ('... after she blamed X on '). */
export function innerPronoun(frame: string): Gender | null {
  const m = INNER_PRONOUN.exec(frame);
  return m ? (m[1] === 'she' ? 'f' : 'm') : null;
}

const GROUP = /^(?:the|both|all|many|several|these|those) (?:\p{Ll}+ )?(?:couple|pair|family|duo|trio|twins|\p{Ll}+[^s'\s]s)(?= \p{Ll})/iu;
const PLURAL = /^(?:(?:the|many|some|other|several|most|\p{Lu}[\p{L}-]*) )?\p{L}+[^s'\s]s(?: (?:of|for|from|in|at) [^,]+)?$/u;

/** Who "they" are at sentence si: the subject of that sentence, else the latest plural opening subject before it. */
export function groupSubject(t: string, sentences: Sentence[], si: number, entities: EntityIndex, quoteStart = Infinity): string | null {
  for (let i = si; i >= Math.max(0, si - 3); i--) {
    const x = sentences[i]!;
    // (a sentence that opens with, or inside, the quotation has no subject of its own: '"Vantreese. All the way," they said')
    if (i === si && (t[x.start] === '"' || x.start >= quoteStart)) continue;
    const np = openingSubject(t.slice(x.start, Math.min(x.end, x.start + 120)));
    if (!np) continue;
    // 'Ruiz's campaign is seeking to contrast ... with what they call "..."': the subject of the same sentence
    if (i === si) return resolveSpeaker(np, entities, () => null);
    if (PLURAL.test(np) && entities.resolve(np)?.type !== 'person') return np;
    // ('The brothers worship at ...', 'The couple sold the farm': the group before its verb)
    const group = GROUP.exec(np)?.[0];
    if (group && entities.resolve(group)?.type !== 'person') return group;
  }
  return null;
}
