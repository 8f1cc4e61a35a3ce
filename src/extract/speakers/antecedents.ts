import type { Sentence } from '../02-sentences.ts';
import type { EntityIndex, Gender, Mention } from '../05-entities.ts';
import type { Entity } from '../types.ts';
import { upperBound } from '../entities/mentions.ts';
import { openingSubject } from './opening.ts';
import { insideQuotes } from '../quotes/marks.ts';
import type { Salience } from './subjects.ts';

/**
 * People named outside quotation marks, for resolving "he"/"she" to the last one before a quote.
 *
 *   'Ana Ruiz met Tom Bell. "Go," Bell said. "We won," she said.' → before(<2nd quote>, 'f') is Ana Ruiz
 *
 * Names inside quotes are skipped: a speaker rarely refers to themself by name.
 */
export type People = { before: (offset: number, gender?: Gender) => Entity | undefined };

export function personsOutside(entities: EntityIndex, quotes: { start: number; end: number }[], genderOf = entities.genderOf): People {
  const kept: Mention[] = [];
  let q = 0;
  for (const m of entities.mentions) {
    if (m.entity.type !== 'person') continue;
    while (q < quotes.length && quotes[q]!.end <= m.start) q++;
    const inside = q < quotes.length && quotes[q]!.start <= m.start && m.end <= quotes[q]!.end;
    if (!inside) kept.push(m);
  }
  return {
    before: (offset, gender) => {
      let lo = 0, hi = kept.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (kept[mid]!.start < offset) lo = mid + 1; else hi = mid; }
      let unknown: Entity | undefined;
      for (let i = lo - 1, n = 0; i >= 0 && n < 40; i--, n++) {
        const e = kept[i]!.entity;
        const g = genderOf(e);
        if (!gender || g === gender) return e;
        if (!g) unknown ??= e;
      }
      return unknown;
    },
  };
}

const SUBORDINATE_END = /\b(?:when|after|as|because|while|before|since|that|until|although|though|where)\s+$/;
/** The one person of gender g named earlier in the sentence, when the sentence's subject is of the other gender. */
export function otherThanSubject(t: string, s: Sentence | undefined, at: number, g: 'm' | 'f', entities: EntityIndex, salient: Salience): string | null {
  // (only a pronoun opening a subordinate clause: not 'Asked whether Vance would run, she said', the main clause's subject)
  if (!s) return null;
  const window = t.slice(Math.max(s.start, at - 40), at + 4);
  const p = window.search(g === 'm' ? /\bhe\b(?![\s\S]*\bhe\b)/ : /\bshe\b(?![\s\S]*\bshe\b)/);
  if (p < 0 || !SUBORDINATE_END.test(window.slice(Math.max(0, p - 12), p))) return null;
  return onlyOther(t, s, at, g, entities, salient);
}

/**
 * The one man (or woman) the sentence before names when its subject is not one ('Reporters reached Gary Ostrowski on
 * Friday. He said ...'), past a sentence of the pronoun's own ('... to Rich Kowalczyk. He laughed. "...," he said.').
 */
export function objectAntecedent(t: string, sentences: Sentence[], si: number, g: 'm' | 'f', entities: EntityIndex, salient: Salience): string | null {
  const lead = g === 'm' ? /^He\b/ : /^She\b/;
  const own = sentences[si];
  if (!own || !(lead.test(t.slice(own.start, own.start + 4)) || /^["“]/.test(t[own.start] ?? ''))) return null;
  let k = si - 1;
  if (sentences[k] && lead.test(t.slice(sentences[k]!.start, sentences[k]!.start + 4)) && sentences[k]!.end - sentences[k]!.start < 40) k--;
  const s = sentences[k];
  if (!s || own.para - s.para > 1 || /\b(?:he|she|his|her|him)\b/i.test(t.slice(s.start, s.end))) return null;
  const named = onlyOther(t, s, s.end, g, entities, salient); // (the cheap test first)
  if (!named) return null;
  // (the subject must be no single person: 'Reporters reached', 'Police arrested', 'The court ordered', not 'the Vermont senator laughed')
  const subject = openingSubject(t.slice(s.start, Math.min(s.end, s.start + 120)));
  const head = subject?.split(/\s+/).pop() ?? '';
  // (or a person of the other gender: 'Margaret Calloway handed the bottle to Rich Kowalczyk. He laughed.')
  const person = subject ? entities.resolve(subject) : undefined;
  const other = person?.type === 'person' && !!salient.genderOf(person) && salient.genderOf(person) !== g;
  if (!other && (!subject || !/^\p{Lu}?\p{Ll}+$/u.test(head) || !(/[^s]s$/.test(head) || THING.test(head)) || person?.type === 'person')) return null;
  return named;
}
const THING = /^(?:court|jury|panel|committee|board|council|crowd|audience|report|indictment|filing|memo|letter|statement|ruling|order|complaint|lawsuit|video|footage|photo|campaign|party|government|ministry|agency|company|firm)$/i;

/** The one person of gender g named in s before `at` (outside quotations), when the subject of s is not of gender g. */
function onlyOther(t: string, s: Sentence, at: number, g: 'm' | 'f', entities: EntityIndex, salient: Salience): string | null {
  // (or when nobody is the subject: 'The indictment says Vail used the charity for a trip that he described as "..."')
  const lead = /^(He|She|They|It|I|We)\b/.exec(t.slice(s.start, s.start + 5))?.[1];
  const e = lead ? undefined : salient.subjectOf(s);
  const subject = lead ? (lead === 'He' ? 'm' : lead === 'She' ? 'f' : 'x') : e?.type === 'person' ? salient.genderOf(e) ?? 'x' : 'none';
  if (subject === g || subject === 'x' || (subject === 'none' && /^["“'‘]/.test(t[s.start] ?? ''))) return null;
  // (not a name inside a quotation: '"My adviser, John Holdren, issues charts," he said')
  const marks = /["“”]/.test(t.slice(s.start, at)); // (most sentences have none: no quotation test then)
  const named = new Set<Entity>();
  for (let k = upperBound(entities.mentions, s.start); k < entities.mentions.length && entities.mentions[k]!.end <= at; k++) {
    const m = entities.mentions[k]!;
    if (m.entity.type === 'person' && salient.genderOf(m.entity) === g && !(marks && insideQuotes(t, s.start, m.start))) named.add(m.entity);
  }
  return named.size === 1 ? [...named][0]!.name : null;
}
