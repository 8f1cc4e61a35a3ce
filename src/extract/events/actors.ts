import type { EntityIndex, Gender } from '../05-entities.ts';
import { ORG_WORDS, ROLE_NOUNS } from '../lexicon.ts';
import { openingSubject } from '../speakers/opening.ts';
import { orgNamed } from '../speakers/named.ts';

/**
 * Who acts in a sentence: the people and organisations the entity index saw in it, full names,
 * subject first; a sentence led by a pronoun gets the last person of that gender before it.
 *
 *   'Ruiz resigned after Porto Telecom sued.' (Ana Ruiz named earlier) → ['Ana Ruiz', 'Porto Telecom']
 *   'She resigned on Monday.'                                          → ['Ana Ruiz']
 *
 * Offsets index doc.text. The cursor walks the mention list once across sentences (keeps it linear).
 */
export type ActorCursor = { i: number };

const LEADING_PRONOUN = /^\s*(?:["']\s*)?(?:(He|His|Him)|(She|Her))\b/;

export function actorsIn(text: string, start: number, end: number, entities: EntityIndex, cursor: ActorCursor): string[] {
  const mentions = entities.mentions ?? [];
  while (cursor.i < mentions.length && mentions[cursor.i]!.start < start) cursor.i++;
  const names: string[] = [];
  for (let i = cursor.i; i < mentions.length && mentions[i]!.start < end; i++) {
    const e = mentions[i]!.entity;
    if (e.type === 'place' || names.includes(e.name) || DEMONYMS.has(e.name)) continue;
    if (e.type === 'other' && (e.mentions ?? 0) < 2) continue; // the index's list drops these too
    names.push(e.name);
  }
  const pronoun = LEADING_PRONOUN.exec(text.slice(start, Math.min(end, start + 12)));
  if (pronoun && typeof entities.lastPersonBefore === 'function') {
    const gender: Gender = pronoun[1] ? 'm' : 'f';
    const who = entities.lastPersonBefore(start, gender);
    if (who && !names.includes(who.name)) names.unshift(who.name);
  }
  const subject = subjectOf(text, start, end);
  // 'Syrian troops shelled ...', 'Kessanian warplanes struck ...': a nation's forces or officials act
  const force = subject && !subject.includes(' ') && (DEMONYMS.has(subject) || /[a-z](?:ian|ese|ish|i|an)$/.test(subject)) ? FORCES.exec(text.slice(start, Math.min(end, start + 80))) : null;
  if (force && !names.includes(force[1]!)) names.unshift(force[1]!);
  // 'Ostravians have approved ...', 'Kaldorans voted Sunday': a people acts
  else if (subject && /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u.test(subject) && !names.includes(subject)) names.unshift(subject);
  else if (subject && !names.some((n) => n.includes(subject) || subject.includes(n))) { // not "Finance Minister Ana Ruiz" beside "Ana Ruiz"
    const known = typeof entities.resolve === 'function' ? entities.resolve(subject) : undefined;
    // 'Fuel subsidies will…', 'Rating agencies warned…': one capitalised word the article never
    // capitalises mid-sentence is an ordinary noun opening the sentence, not a name.
    const plausible = known || subject.includes(' ') || capitalisedMidSentence(text).has(subject);
    if (plausible && known?.type !== 'place' && !names.includes(known?.name ?? subject)) names.unshift(known?.name ?? subject);
  }
  // 'The central bank raised rates on Tuesday': no name, but a described actor
  if (!names.length && !pronoun) {
    const np = openingSubject(text.slice(start, Math.min(end, start + 120)));
    const head = np?.split(' ').pop()?.toLowerCase() ?? '';
    // ('The agency announced ...' after 'the Vestra Space Agency': the organisation the noun stands for)
    const org = np && /^the\s/i.test(np) && np.split(' ').length <= 3 ? orgNamed(entities, COLLECTIVE[head] ?? head, start) : null;
    if (org) names.push(org);
    else if (np && /^(?:the|a|an)\s/i.test(np) && (ORG_WORDS.has(head) || ROLE_NOUNS.has(head) || GROUPS.has(head))) names.push(np.replace(/^The\b/, 'the'));
  }
  return names.slice(0, 6);
}

const FORCES = /^\s*["']?(\p{Lu}\p{Ll}+ (?:troops|forces|soldiers|police|officials|authorities|warplanes|jets|aircraft|drones|navy|army|military|militants|rebels|diplomats|investigators|prosecutors|lawmakers|ministers|leaders|negotiators|protesters|fans|voters))\b/u;
/** 'councillors voted' is the council's act. */
const COLLECTIVE: Record<string, string> = { councillors: 'council', councilors: 'council', directors: 'board', judges: 'court', lawmakers: 'parliament', mps: 'parliament' };
const GROUPS = new Set('regulator regulators authorities rebels protesters opposition bank parliament court army troops military insurgents militants workers unions'.split(' '));

let memo: { text: string; words: Set<string> } | undefined;

/** Capitalised words standing after a lower-case word or a comma: names, not sentence openers. Once per text. */
function capitalisedMidSentence(text: string): Set<string> {
  if (memo?.text === text) return memo.words;
  const words = new Set<string>();
  for (const m of text.matchAll(/[A-Z](?<=[a-z,;] [A-Z])[\p{L}'’-]+/gu)) words.add(m[0].replace(/['’]s$/, ''));
  memo = { text, words };
  return words;
}

/**
 * The capitalised words a sentence or headline opens with, when a lower-case word follows
 * (the grammatical subject): 'Croydon tram crash: Police identify victims' → 'Police';
 * 'Toblerone fans outraged' → 'Toblerone'. Not pronouns, determiners or one-letter words.
 */
export function subjectOf(text: string, start: number, end: number): string | undefined {
  let head = text.slice(start, Math.min(end, start + 120));
  const colon = head.indexOf(': ');
  if (colon > 0 && colon < 60) head = head.slice(colon + 2);
  const m = SUBJECT.exec(head);
  if (!m || NOT_SUBJECT.test(m[1]!)) return undefined;
  return m[1];
}

const SUBJECT = /^\s*["']?((?:[A-Z][\p{L}'’.-]+)(?:\s+[A-Z][\p{L}'’.-]+){0,3})(?:'s)?\s+[a-z]/u;
const NOT_SUBJECT = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|In|On|At|As|After|But|And|When|While|If|For|With|Some|Many|One|Two|Three|Several|Dozens|Hundreds|At least|More|Mr|Mrs|Ms|Dr|What|Why|How|Where|Who|Here|There|Please|Today|Yesterday|Now|Breaking|Watch|Video|Read|Live|Update|Exclusive|Opinion|Analysis|Last|First|New|Latest|Top|Former|Big)\b/;

/** The first place named in the sentence, by the entity index or by 'in/at/near Capitalised'. */
export function placeIn(text: string, start: number, end: number, entities: EntityIndex, cursor: ActorCursor): string | undefined {
  const mentions = entities.mentions ?? [];
  for (let i = cursor.i; i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.start >= start && mentions[i]!.entity.type === 'place') return mentions[i]!.entity.name;
  }
  const m = PLACE_AFTER_PREPOSITION.exec(text.slice(start, end));
  return m && !NOT_PLACE.test(m[1]!) ? m[1]!.replace(/'s$/, '') : undefined;
}

const PLACE_AFTER_PREPOSITION = /\b(?:in|at|near|outside|across|off the coast of|(?:near|along|across|on) the border with|in the capital,?|(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)|(?:fled|flew|travell?ed|headed|returned|moved) to)\s+((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+){0,2})/u;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their|Its|Our)\b/;

/** Nationality adjectives the name finder may take for names ("the German consulate"). */
const DEMONYMS = new Set(('American British English French German Italian Spanish Russian Chinese Japanese Korean Indian ' +
  'Afghan Pakistani Iranian Iraqi Syrian Israeli Palestinian Turkish Greek Polish Ukrainian Dutch Swedish Norwegian Danish ' +
  'Brazilian Mexican Canadian Australian Irish Scottish Welsh European African Asian Arab Muslim Christian Jewish ' +
  'Egyptian Nigerian Saudi Kurdish Swiss Austrian Belgian Portuguese Finnish Czech Hungarian Romanian Serbian').split(' '));
