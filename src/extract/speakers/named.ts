import type { EntityIndex } from '../05-entities.ts';
import type { Entity } from '../types.ts';
import { openingSubject } from './opening.ts';

/**
 * In a Q&A, the one who answers: the person who 'sat down with' or 'spoke to' the interviewer, else the
 * first person the introduction names.
 *
 *   'Margaret Dunleavy, chief of staff to Elena Marchbanks, sat down with The Times' → 'Margaret Dunleavy'
 */
export function interviewee(entities: EntityIndex, text: string): string | undefined {
  const cue = INTERVIEW_CUE.exec(text);
  if (cue) {
    const people = entities.mentions.filter((m) => m.entity.type === 'person' && m.start < cue.index && cue.index - m.start < 200);
    const sentenceStart = Math.max(text.lastIndexOf('. ', cue.index), text.lastIndexOf('\n', cue.index));
    const subject = people.find((m) => m.start > sentenceStart);
    if (subject) return subject.entity.name;
    // ('A spokesman of the Foreign Ministry answered questions from the agency:': someone described, not the first name in the text)
    const described = openingSubject(text.slice(sentenceStart + 1, cue.index).trimStart().replace(/^(?:Meanwhile|However|Separately|Later|Earlier|Also|Then),?\s+/, ''));
    if (described && /^(?:an?|the|one)\s/i.test(described)) return described.replace(/^A\b/, 'a').replace(/^The\b/, 'the');
  }
  return entities.mentions.find((m) => m.entity.type === 'person')?.entity.name;
}
const INTERVIEW_CUE = /\b(?:sat down with|spoke (?:to|with)|talked (?:to|with)|in an interview with|agreed to an interview|to answer (?:readers'|your|our) questions|answered (?:a |the )?questions?|gave an interview)\b/;

const CORPORATE = /\b(?:Inc|Ltd|Corp|Co|LLC|PLC|Group|Holdings|Partners|Shipping|Lines|Systems|Technologies|Industries|Motors|Airlines|Energy|Bank|Company)\b/;

/** 'the paper said' after 'The Harbor Courier reported': a newspaper by its name */
const PAPER_NOUN = /^(?:paper|newspaper|daily|outlet|publication|magazine)$/;
const PAPER = /\b(?:Times|Post|Herald|Journal|Gazette|Tribune|Courier|Ledger|Chronicle|Dispatch|Observer|Guardian|Telegraph|Mail|News|Star|Sun|Express|Register|Record|Inquirer|Examiner|Bulletin|Sentinel|Review|Standard|Independent|Mirror|Globe|Press)\b/;

/** The organisation 'the company' / 'the ministry' stands for: the latest one named before, whose name says so. */
export function orgNamed(entities: EntityIndex, noun: string, before: number): string | null {
  const ms = entities.mentions;
  // (from the last mention before the offset: a binary search keeps it logarithmic per call)
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < before) lo = mid + 1; else hi = mid; }
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  for (let i = lo - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (before - m.start > 2000) break;
    if (m.entity.type !== 'organization') continue;
    const name = m.entity.name;
    if (word.test(name) || ((noun === 'company' || noun === 'firm') && CORPORATE.test(name)) || (PAPER_NOUN.test(noun) && PAPER.test(name))) return name;
  }
  return null;
}

/** 'Her name was Dolores Finch.', 'He later identified himself as Russell Kemp.': a described speaker named in the next sentence. */
export function namedAfter(text: string, sentence: { end: number } | undefined): string | null {
  if (!sentence) return null;
  const m = NAMED_NEXT.exec(text.slice(sentence.end, sentence.end + 90));
  return m ? m[1]! : null;
}
const NAMED_NEXT = /^["”’']?\s*(?:(?:Her|His|Their) name (?:was|is)|(?:She|He) (?:later )?(?:identified (?:herself|himself)|gave (?:her|his) name) as|(?:The|That) (?:woman|man|voter|congressman|congresswoman|speaker) was)\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}?)(?=[.,]|\s+(?:of|from)\b)/u;

/** A court or investigation's officer described before being named: 'A federal judge', 'a county prosecutor'. */
const LATER_NAMED = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(judge|prosecutor|coroner|sheriff|magistrate)$/iu;

/**
 * 'A federal judge on Thursday blocked the law, ruling that ...' then 'U.S. District Judge Theodora Blaine wrote':
 * the one introduced with that role by `until`, when nobody (or only a headline's stray name) held it at `at`.
 */
export function namedLater(name: string, byRole: (role: string, before: number) => Entity | undefined, at: number, until: number): string | null {
  const role = LATER_NAMED.exec(name)?.[1]?.toLowerCase();
  if (!role) return null;
  const earlier = byRole(role, at);
  const later = byRole(role, until);
  return later && later !== earlier && (earlier?.mentions ?? 0) <= 1 ? later.name : null;
}

/** 'Mayor', 'mayor', 'Tamarack governor', 'the senator': a role alone, perhaps with one capitalised qualifier. */
const BARE_ROLE = /^(?:(?:the|a|an)\s+)?(?:(\p{Lu}[\p{L}-]*)\s+)?(\p{L}+)$/u;

/**
 * "'We will not be bullied': Mayor vows to fight takeover" over 'Mayor Dana Orrin on Tuesday promised ...': a
 * headline's speaker given only as a role is the one the body introduces with it.
 */
export function headlineRole(phrase: string, byRole: (role: string, before: number) => Entity | undefined, until: number): string | null {
  const m = BARE_ROLE.exec(phrase.trim());
  if (!m) return null;
  const role = m[2]!.toLowerCase();
  const holder = (m[1] ? byRole(`${m[1].toLowerCase()} ${role}`, until) : undefined) ?? byRole(role, until);
  return holder?.type === 'person' ? holder.name : null;
}

/** A headline: the text's short first paragraph, on one line, with no full stop of its own at the end. */
export function isHeadlinePara(text: string, paraEnd: number): boolean {
  const head = text.slice(0, paraEnd).trim();
  return head.length > 0 && head.length <= 160 && !head.includes('\n') && !/[^.]\.\s*$/.test(head);
}
