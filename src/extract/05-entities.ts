import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { Entity } from './types.ts';
import { findNameRuns } from './entities/names.ts';
import { listedFirstNameGender } from './entities/first-names.ts';
import { rolesAround } from './entities/roles-around.ts';
import { entityKey } from './entities/key.ts';
import { ORG_WORDS, TITLES } from './lexicon.ts';
import { commonNoun, saysNext, typeOf } from './entities/kind.ts';
import { acronymAfter, pickNamesake, placeAlone, placeName, type Namesake } from './entities/namesakes.ts';
import { addMention, type Draft, upperBound } from './entities/mentions.ts';

export { entityKey };

/**
 * Step 5 — people and organisations, with aliases merged within the article.
 *
 *   'Finance Minister Ana Ruiz ... Ruiz said' → {name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'], roles: ['Finance Minister'], mentions: 2}
 *
 * The index also answers questions later steps ask (offsets index doc.text, not the original):
 *   index.resolve('Ruiz')              → the Ana Ruiz entity (surname, full name, either order, with a title)
 *   index.lastPersonBefore(900, 'f')   → the last woman (or person of unknown gender) mentioned before offset 900
 *   index.mentions                     → [{start, end, entity}] in text order
 */
export type Mention = { start: number; end: number; entity: Entity };
export type Gender = 'm' | 'f';
export type EntityIndex = {
  list: Entity[];
  mentions: Mention[];
  /** near: an offset where the name is written, to tell namesakes apart ('Mr. Ruiz' after 'Carmen Ruiz' and 'Diego Ruiz'). */
  resolve: (name: string, near?: number) => Entity | undefined;
  lastPersonBefore: (offset: number, gender?: Gender) => Entity | undefined;
  genderOf: (e: Entity) => Gender | undefined;
  /** Whether that gender is only what a first-name list usually gives ('Terry'): the text may overrule it. */
  genderGuessed: (e: Entity) => boolean;
};

const QUALIFIER = /^(?:National|Federal|State|Royal|Central|International|European|American|British|Regional|Municipal|Metropolitan|General|Supreme|Provincial)$/;
const NICKNAME = /\b(\p{Lu}[\p{Ll}'-]+) ["'](\p{Lu}[\p{L}'-]+)["'] (\p{Lu}[\p{Ll}'-]+)/gu;
/** 'Akintade, 19, scored twice': a name with an age is a person's. */
const AGED = /^,\s*\d{1,3},/;
const KIN_BEFORE = /\b(mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle|nephew|niece|widow|widower|boyfriend|girlfriend|fiancé|fiancée),\s+$/;
const AGE_AFTER = /^,\s*(\d{1,3}),/;

export function findEntities(doc: Doc, sentences: Sentence[]): EntityIndex {
  const runs = findNameRuns(doc.text, sentences);
  const keys = new Map<string, string>();
  const keyFor = (name: string) => { let k = keys.get(name); if (k === undefined) keys.set(name, (k = entityKey(name))); return k; };
  // surnames used alone somewhere ('Burman said') make 'Leonard Burman' a person
  const alone = new Set(runs.filter((r) => r.tokens.length === 1 && !r.initial).map((r) => keyFor(r.name)));
  const byKey = new Map<string, Draft>();
  // 'Darren "Dazza" Pelham': the nickname stands for him ('Dazza said')
  const nicknames = new Map([...doc.text.matchAll(NICKNAME)].map((m) => [keyFor(m[2]!), keyFor(`${m[1]} ${m[3]}`)]));
  const byWord = new Map<string, Namesake<Draft>[]>(); // a word of people's names → the people
  const orgBase = new Map<string, Draft>();
  const drafts: Draft[] = [];
  // longest names first, so "Ruiz" finds "Ana Ruiz" whichever comes first in the text
  // longest names first (headline runs last: they only count as mentions of names seen elsewhere)
  const ordered = runs.map((r, i) => ({ r, i })).sort((a, b) => Number(!!a.r.headline) - Number(!!b.r.headline) || b.r.tokens.length - a.r.tokens.length || a.i - b.i);
  const draftOf: (Draft | undefined)[] = new Array(runs.length);
  for (const { r, i } of ordered) {
    const key = keyFor(r.name);
    if (!key) continue;
    const around = rolesAround(doc.text, r.start, r.end);
    // ('Vice President-elect Dale Brisbane ... Brisbane brushed off the criticism': a person's surname opening a sentence
    // and acting, not the city; 'Officials from Jordan attended' stays the country)
    const acts = byWord.has(key) && /^\s+(?:\p{Ll}+ed|\p{Ll}+s)\b/u.test(doc.text.slice(r.end, r.end + 20)) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(doc.text.slice(Math.max(0, r.start - 4), r.start));
    const alonePlace = r.tokens.length === 1 && !byKey.has(key) && placeName(r) && !saysNext(doc.text, r.end) && !acts && placeAlone(r, typeOf(r, doc.text, alone, around));
    const namesake = r.tokens.length === 1 && !alonePlace ? pickNamesake(byWord.get(key) ?? [], r) : undefined;
    // 'Loretta E. Lynch' and 'Loretta Lynch': one middle initial more or less is the same person (not 'George H. W. Bush')
    const initials = r.tokens.filter((t) => /^\p{Lu}\.?$/u.test(t)).length;
    const bare = initials === 1 && r.tokens.length >= 3 ? keyFor(r.tokens.filter((t) => !/^\p{Lu}\.?$/u.test(t)).join(' ')) : '';
    let d = byKey.get(key) ?? (bare ? byKey.get(bare) : undefined) ?? (r.tokens.length === 1 ? namesake ?? byKey.get(nicknames.get(key) ?? '') : undefined) ?? orgBase.get(key);
    if (!d && r.headline) {
      for (let k = 1; k < r.tokens.length && !d; k++) d = byKey.get(keyFor(r.tokens.slice(k).join(' ')));
      if (!d) continue;
    }
    if (!d) {
      // ('Marcus, a junior majoring in engineering,': a first name with an appositive opening its sentence)
      const described = r.tokens.length === 1 && (around.length > 0 || AGED.test(doc.text.slice(r.end, r.end + 8))
        || (/^,\s+(?:a|an)\s+\p{Ll}/u.test(doc.text.slice(r.end, r.end + 8)) && !!listedFirstNameGender(r.tokens[0]!)));
      if (r.initial && r.tokens.length === 1 && r.roles.length === 0 && !described && (!saysNext(doc.text, r.end) || commonNoun(r.tokens[0]!))) continue;
      if (r.tokens.length === 1 && TITLES.has(r.tokens[0]!.toLowerCase().replace(/\.$/, ''))) continue; // 'the Minister said'
      d = { entity: { name: r.name, type: typeOf(r, doc.text, alone, around), aliases: [], mentions: 0 }, key, tokens: r.tokens };
      drafts.push(d);
      byKey.set(key, d);
      if (bare && !byKey.has(bare)) byKey.set(bare, d);
      if (d.entity.type === 'person' && r.tokens.length > 1) for (const t of r.tokens) byWord.set(keyFor(t), [...(byWord.get(keyFor(t)) ?? []), { draft: d, seen: [] }]);
      const acronym = d.entity.type === 'organization' ? acronymAfter(doc.text, r) : undefined;
      if (acronym && !orgBase.has(keyFor(acronym))) orgBase.set(keyFor(acronym), d);
      // 'Bluewake' and 'Civil Protection' after 'Bluewake Ferries' and 'Civil Protection Corps': the name without its org words
      if (d.entity.type === 'organization') {
        let n = r.tokens.length;
        while (n > 1 && ORG_WORDS.has(r.tokens[n - 1]!.toLowerCase())) n--;
        const base = keyFor(r.tokens.slice(0, n).join(' '));
        if (n < r.tokens.length && base && !orgBase.has(base)) orgBase.set(base, d);
        // 'the Hydrology Service' after 'the National Hydrology Service': without its leading qualifier
        const rest = keyFor(r.tokens.slice(1).join(' '));
        if (r.tokens.length >= 3 && QUALIFIER.test(r.tokens[0]!) && rest && !orgBase.has(rest)) orgBase.set(rest, d);
      }
    }
    addMention(d, r, keyFor);
    // ('Her son, Jamal, is voting': a relative's gender, when the name does not tell it)
    const kin = d.entity.type === 'person' && !d.gender ? KIN_BEFORE.exec(doc.text.slice(Math.max(0, r.start - 16), r.start))?.[1] : undefined;
    if (kin) d.gender = /^(?:mother|wife|daughter|sister|grandmother|aunt|niece|widow|girlfriend|fiancée)$/.test(kin) ? 'f' : 'm';
    // ('Dale, 61, handles the books. Wade, 56, ...': an age, for 'the younger Pruitt')
    const age = d.entity.type === 'person' ? AGE_AFTER.exec(doc.text.slice(r.end, r.end + 8))?.[1] : undefined;
    if (age && !(d.entity.roles ??= []).includes(`${age}-year-old`)) d.entity.roles.push(`${age}-year-old`);
    if (r.tokens.length > 1) for (const n of byWord.get(keyFor(r.tokens[r.tokens.length - 1]!)) ?? []) if (n.draft === d) { n.seen.push(r.start); n.gender = d.gender ?? listedFirstNameGender(d.tokens[0]!); }
    if (d.entity.type === 'person') for (const role of around) if (!(d.entity.roles ??= []).includes(role)) d.entity.roles.push(role);
    // 'Clinton' alone, first seen in 'On Monday, Clinton leaned in', then 'Clinton said': a person after all
    // ('Walt and Dennis, retired machinists, ... Dennis, 68, said': an age makes one too)
    if (d.entity.type === 'other' && r.tokens.length === 1 && (saysNext(doc.text, r.end) || AGED.test(doc.text.slice(r.end, r.end + 8)))) d.entity.type = 'person';
    draftOf[i] = d;
  }
  const mentions: Mention[] = [];
  runs.forEach((r, i) => { const d = draftOf[i]; if (d) mentions.push({ start: r.start, end: r.end, entity: d.entity }); });
  const list = drafts.map((d) => d.entity).filter((e) => e.type !== 'other' || (e.mentions ?? 0) > 1);
  const genders = new Map(drafts.map((d) => [d.entity, d.gender]));
  const guessed = new Set<Entity>();
  for (const d of drafts) {
    if (d.gender || d.entity.type !== 'person' || d.tokens.length < 2 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(d.tokens[1]!)) continue;
    const g = listedFirstNameGender(d.tokens[0]!);
    if (g) { genders.set(d.entity, g); guessed.add(d.entity); }
  }
  const people = mentions.filter((m) => m.entity.type === 'person');
  return {
    list,
    mentions,
    genderOf: (e) => genders.get(e),
    genderGuessed: (e) => guessed.has(e),
    resolve: (name, near) => {
      const key = keyFor(name.replace(/^(?:\S+\.\s)+/, '')); // (memoised: resolve runs for every speaker phrase)
      const namesakes = byWord.get(key);
      if (near !== undefined && !byKey.has(key) && namesakes && namesakes.length > 1) {
        for (let i = upperBound(mentions, near - 5); i < mentions.length && mentions[i]!.start < near + 450; i++) {
          const m = mentions[i]!;
          if (namesakes.some((n) => n.draft.entity === m.entity) && keyFor(doc.text.slice(m.start, m.end)) === key) return m.entity;
        }
      }
      return (byKey.get(key) ?? namesakes?.[0]?.draft ?? byKey.get(nicknames.get(key) ?? '') ?? orgBase.get(key))?.entity;
    },
    lastPersonBefore: (offset, gender) => {
      for (let i = upperBound(people, offset) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
        const e = people[i]!.entity;
        const g = genders.get(e);
        if (!gender || !g || g === gender) return e;
      }
      return undefined;
    },
  };
}
