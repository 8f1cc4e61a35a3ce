import type { EntityIndex } from '../05-entities.ts';
import type { Salience } from './subjects.ts';

/** Between two quotations of one sentence: the second goes on with the first one's speaker. */
export const CONTINUES = /^["”’']?\s*,?\s*(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?(?:said|says|added|adds|insisted|warned|noted|argued|called|described|told)\b[^"“]*$/u;
/** A singular unnamed speaker: 'One county chairwoman', 'a senior aide', 'the Marchbanks campaign' (not 'officials'). */
export const DESCRIBED = /^(?:[Oo]ne of the [^,]{3,70}|(?:[Aa]n?|[Oo]ne|[Tt]he)\s(?!.*\b(?:people|officials|sources|aides|advisers|members|residents|experts|analysts|critics|voters)\b)[^,]{3,60})$/;
const ORG_DESCRIPTION = /\b(?:campaign|company|ministry|agency|department|committee|party|group|office|government|administration|firm|council|board|union|bank|court|commission|team)$/i;
export const INNER_REPORT = /^(?:said|says|told|tells|added|wrote|conceded|admitted|acknowledged|insisted|claimed|argued|warned|noted|explained|boasted|complained|promised|vowed)$/;
/** What may follow the verb of a sentence that is only an attribution: 'asked.', 'told reporters on Monday.', 'said, looking ...' */
export const ONLY_ATTRIBUTION_REST = /^(?:\s+(?!(?:that|he|she|it|they|we|I|there|this)\b)[\p{L}\p{N}.'’-]+){0,6}(?:[.!?]?\s*$|,)/u;
const FIRST_OR_SECOND_PERSON = /\b(?:I|I'm|I've|I'd|me|my|we|We|our|Our|us|you|You|your|Your)\b/;
/** A whole paragraph in quotation marks, two sentences or more, with no I/we/you: a passage quoted from another writer. */
export function narrativeBlock(t: string, q: { start: number; end: number }): boolean {
  if (q.end - q.start < 120) return false;
  const lo = Math.max(0, q.start - 400); // (bounded: a quote opening its paragraph has its line break just before it)
  const paraStart = lo + t.slice(lo, q.start).lastIndexOf('\n') + 1;
  if (!/^\s*["“']?$/.test(t.slice(paraStart, q.start))) return false;
  const tail = t.slice(q.end, q.end + 400); // (bounded, as above)
  const nl = tail.indexOf('\n');
  if (nl < 0 ? q.end + 400 < t.length || !/^["”']?\s*$/.test(tail) : !/^["”']?\s*$/.test(tail.slice(0, nl))) return false;
  const body = t.slice(q.start, q.end);
  return (body.match(/[.!?]["”]?\s+\p{Lu}/gu)?.length ?? 0) >= 1 && !FIRST_OR_SECOND_PERSON.test(body.replace(/["“][^"”]*["”]/g, ''));
}

/**
 * The unnamed speaker just quoted that a pronoun stands for, when nobody of that kind was named since:
 *
 *   'One county chairwoman ... said turnout had been "a mess."⏎⏎"We started late," she said.' → 'One county chairwoman'
 *   'The Marchbanks campaign said ... It added: "..."'                                      → 'The Marchbanks campaign'
 */
export function describedFor(pronoun: string, d: { name: string; at: number }, at: number, entities: EntityIndex, salient: Salience): string | null {
  const p = pronoun.toLowerCase();
  const org = ORG_DESCRIPTION.test(d.name);
  if (p === 'it') return org && !entities.mentions.some((m) => m.entity.type === 'organization' && m.start > d.at && m.start < at) ? d.name : null;
  // (only an indefinite description whose noun says the gender: 'a spokeswoman', not 'one questioner' or 'the nominee')
  if ((p !== 'he' && p !== 'she') || org || !/^(?:an?|one)\s/i.test(d.name)) return null;
  const g = /\b(?:\w*woman|mother|daughter|wife|sister|girl|grandmother|widow|mum)\b/.test(d.name) ? 'f' : /\b(?:\w*man|father|son|husband|brother|boy|grandfather|widower|dad)\b/.test(d.name) ? 'm' : undefined;
  if (g !== (p === 'she' ? 'f' : 'm')) return null;
  return salient.latest(at, p === 'she' ? 'f' : 'm', at - d.at) ? null : d.name;
}

/** The sentence of a reporter's, moderator's or host's question: 'Reporter Ann Vogt asked one more question:'. */
export const ASKER = /\b(?:[Rr]eporters?|[Mm]oderators?|[Hh]osts?|[Ii]nterviewers?|[Aa]nchors?|[Jj]ournalists?|[Cc]orrespondents?|[Qq]uestioners?)\b/;

/**
 * An answer right after an asker's question: "he"/"she" is not the asker, but the one asked, the person of that
 * gender written about before the question ('Gov. Jo Pell gathered her papers. Reporter Ann Vogt asked: "Would
 * you?"⏎⏎"He hasn't asked," she said.' → Jo Pell).
 */
export function answerer(name: string | null, question: { name: string; at: number; para: number } | null, para: number, salient: Salience, g: 'm' | 'f'): string | null {
  if (!name || !question || name !== question.name || para - question.para > 1) return name;
  return salient.latest(question.at, g)?.name ?? name;
}

/** 'Dispatch correspondent Miriam Solberg', 'Solberg, a reporter for the Ledger,': the first mention says they ask. */
export function introducedAsAsker(t: string, entities: EntityIndex, name: string): boolean {
  const e = entities.resolve(name);
  const first = e && entities.mentions.find((m) => m.entity === e);
  return !!first && (ASKER.test(t.slice(Math.max(0, first.start - 30), first.start)) || ASKER.test(t.slice(first.end, first.end + 30)));
}

/** 'asked Shawna Pike how', 'questioned Colm Brady about': the one asked, by name. */
const ASKED_OBJECT = /\b(?:asked|asks|pressed|questioned|quizzed)\s+(?:(?:Rep|Sen|Gov|Mr|Ms|Mrs|Dr|Judge|Director|Secretary|Chairman|Chairwoman)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:\p{Ll}+ly\s+)?(?:whether|if|how|why|what|when|where|who|about)\s/gu;

/**
 * The one asked in the sentence before answers: "he"/"she" right after 'Maya Tran asked Shawna Pike how the figures
 * squared with polling.' is Shawna Pike ("Polls are a snapshot," she said.), when the pronoun may be Pike's.
 */
export function askedOne(question: string, entities: EntityIndex, salient: Salience, g: 'm' | 'f'): string | null {
  return lastPersonAfter(ASKED_OBJECT, question, entities, salient, g);
}

/** The person the last match of `re` names in `text` (group 1), when they can be the pronoun's (gender `g`). */
function lastPersonAfter(re: RegExp, text: string, entities: EntityIndex, salient: Salience, g: 'm' | 'f'): string | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  const e = last ? entities.resolve(last[1]!) : undefined;
  if (!e || e.type !== 'person') return null;
  const eg = salient.genderOf(e);
  return !eg || eg === g || entities.genderGuessed?.(e) ? e.name : null;
}

const FAMILIAR = /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|\d+) ((?:people|sources|officials|aides) (?:familiar with|close to|briefed on|involved in|with knowledge of) (?:(?!(?:said|says|say|told|tells|and|who|that)\b)[\p{L}'’-]+ ?){1,5})/gu;
/** 'according to two people familiar with the talks' in the 400 characters before `at`: who "one of them" is one of. */
export function familiarGroup(t: string, at: number): string | undefined {
  const window = t.slice(Math.max(0, at - 400), at);
  let last: string | undefined;
  FAMILIAR.lastIndex = 0;
  for (let m = FAMILIAR.exec(window); m; m = FAMILIAR.exec(window)) last = m[1]!.trim();
  return last;
}

/** The last 'a/an/one ... <noun>' written in the 400 characters before `at`: what 'that official' points back to. */
export function lastDescribed(t: string, noun: string, at: number): string | null {
  const window = t.slice(Math.max(0, at - 400), at);
  const re = new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}?${noun}\b`, 'gu');
  let last: string | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m[0];
  return last;
}

const VOCATIVE = /^["“']?\s*(?:(?:Mr|Ms|Mrs|Dr|Senator|Sen|Congressman|Congresswoman|Governor|Gov|Director|Judge|Secretary|General|Professor)\.?\s+)(\p{Lu}[\p{L}'’-]+),/u;
/** The person a quoted question is put to by name: '"Mr. Brady, were you aware of that finding?"' → Colm Brady. */
export function addressee(text: string, entities: EntityIndex): string | null {
  const m = VOCATIVE.exec(text);
  const e = m ? entities.resolve(m[1]!) : undefined;
  return e?.type === 'person' ? e.name : null;
}

/** 'Tessa Garland sent Maribel Quon a draft statement.' → Maribel Quon, who is the one to reply. */
const SENT_TO = /\b(?:sent|emailed|e-mailed|texted|messaged|forwarded|wrote to)\s+(?:(?:Rep|Sen|Gov|Mr|Ms|Mrs|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\b/gu;
export function repliedOne(previous: string, entities: EntityIndex, salient: Salience, g: 'm' | 'f'): string | null {
  return lastPersonAfter(SENT_TO, previous, entities, salient, g);
}

/** 'the couple', 'both men', 'the two women': two people spoken of together. */
export const PAIR = /^(?:the couple|both men|both women|the two men|the two women|the pair|both of them|the two)$/i;
// ('Marvin and Ellen Castellane', 'Yolanda, 45, and her husband, Pete, 47,')
const TWO_NAMES = /\b(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:,\s\d{1,3},)? and (?:(?:her|his) (?:husband|wife|partner),\s)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\b/gu;
/** The last 'Marvin and Ellen Castellane' / 'Dustin Roark and Trent Oyler' (both people) written in the 1,500 characters before `at`. */
export function pairBefore(t: string, at: number, entities: EntityIndex, reach = 1500): string | null {
  const window = t.slice(Math.max(0, at - reach), at);
  let last: string | null = null;
  TWO_NAMES.lastIndex = 0;
  for (let m = TWO_NAMES.exec(window); m; m = TWO_NAMES.exec(window)) {
    const a = entities.resolve(m[1]!), b = entities.resolve(m[2]!);
    if (a?.type === 'person' && b?.type === 'person' && a !== b) last = m[0].includes(',') ? `${m[1]} and ${m[2]}` : m[0];
  }
  return last;
}
