import type { Sentence } from '../02-sentences.ts';
import type { EntityIndex, Gender } from '../05-entities.ts';
import type { Entity } from '../types.ts';

/**
 * Who the article is talking about at a point: the people who were subjects of recent sentences
 * ("Ruiz met Bell." → Ruiz) or speakers of recent quotes. "He"/"she" resolve to the latest of them.
 *
 *   'Ana Ruiz met Tom Bell on Monday. She said ...' → salient(<she>, 'f') is Ana Ruiz
 */
type Mark = { at: number; entity: Entity };
const SAYS_AFTER = /^(?:'s?)?,? (?:said|says|told|added|wrote|noted|explained|argued|asked|tweeted)\b/;
const SAYS_BEFORE = /\b(?:said|says|noted|added|wrote|according to)\s(?:\S+'s\s)?$/;

export type Salience = {
  add: (at: number, entity: Entity) => void;
  latest: (at: number, gender: Gender | undefined) => Entity | undefined;
  genderOf: (e: Entity) => Gender | undefined;
  subjectOf: (s: Sentence) => Entity | undefined;
};

export function salience(text: string, entities: EntityIndex, sentences: Sentence[], quoteSpans: { start: number; end: number }[]): Salience {
  const subjects: Mark[] = [];
  const bySentence = new Map<number, Entity>();
  let m = 0;
  let q = 0;
  const ms = entities.mentions;
  for (const s of sentences) {
    while (m < ms.length && ms[m]!.start < s.start) m++;
    while (q < quoteSpans.length && quoteSpans[q]!.end <= s.start) q++;
    // the first person named in the sentence's opening words, outside quotes
    for (let k = m; k < ms.length && ms[k]!.start < Math.min(s.end, s.start + 60); k++) {
      const mention = ms[k]!;
      const quoted = quoteSpans.slice(q, q + 4).some((x) => x.start <= mention.start && mention.start < x.end);
      if (quoted) continue;
      if (mention.entity.type === 'person' || mention.entity.type === 'organization') {
        if (mention.entity.type === 'person') subjects.push({ at: mention.start, entity: mention.entity });
        bySentence.set(s.start, mention.entity);
      }
      break;
    }
    // people just before or after a reporting verb are speakers too ('noted NBC's Dante Chinni')
    for (let k = m; k < ms.length && ms[k]!.start < s.end; k++) {
      const x = ms[k]!;
      if (x.entity.type !== 'person' || bySentence.get(s.start) === x.entity) continue;
      const possessive = text[x.end] === "'"; // 'said Ivanka Trump's statement ...' is not Ivanka speaking
      if (SAYS_AFTER.test(text.slice(x.end, x.end + 14)) || (!possessive && SAYS_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)))) {
        subjects.push({ at: x.start, entity: x.entity });
      }
    }
  }
  subjects.sort((a, b) => a.at - b.at);
  const speakers: Mark[] = [];
  const genderOf = (e: Entity) => entities.genderOf(e);
  // the latest whose gender is the pronoun's or unknown
  const lastBefore = (xs: Mark[], at: number, g: Gender | undefined): Mark | undefined => {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.at < at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0 && lo - i < 30; i--) {
      const eg = genderOf(xs[i]!.entity);
      if (!g || !eg || eg === g) return xs[i];
    }
    return undefined;
  };
  return {
    add: (at, entity) => { if (entity.type === 'person') speakers.push({ at, entity }); },
    latest: (at, g) => {
      const a = lastBefore(subjects, at, g);
      const b = lastBefore(speakers, at, g);
      return (a && b ? (a.at > b.at ? a : b) : a ?? b)?.entity;
    },
    subjectOf: (s) => bySentence.get(s.start),
    genderOf,
  };
}
