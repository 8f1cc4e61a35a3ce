import { NOT_NAMES, TITLES } from '../lexicon.ts';
import { isFirstName } from './first-names.ts';
import type { NameRun } from './names.ts';

/**
 * 'Minister of Ports and Transport Karim Fayad': the run after 'and' starts with the end of a
 * title ('Transport'), not with the name. The word moves to the run's roles.
 */
export function joinedTitle(text: string, r: NameRun): NameRun {
  if (r.tokens.length < 3) return r;
  const before = TITLE_OF_AND.exec(text.slice(Math.max(0, r.start - 80), r.start));
  if (!before || !TITLES.has(before[1]!.toLowerCase())) return r;
  const [head, ...tokens] = r.tokens;
  const start = text.indexOf(tokens[0]!, r.start + head!.length);
  return { ...r, name: tokens.join(' '), tokens, start, roles: [...r.roles, `${before[0].trim()} ${head}`.replace(/^.*?\b(?=\p{Lu})/u, '')] };
}
const TITLE_OF_AND = /\b(\p{L}+) (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?:,? \p{Lu}[\p{L}-]*)*,? and $/u;

/** 'Darren "Dazza" Pelham': the names around a quoted nickname are one name (the nickname stays a run of its own). */
export function joinNicknamed(text: string, runs: NameRun[]): void {
  for (let k = 0; k + 2 < runs.length; k++) {
    const [a, nick, b] = [runs[k]!, runs[k + 1]!, runs[k + 2]!];
    if (a.tokens.length !== 1 || nick.tokens.length !== 1 || b.tokens.length !== 1) continue;
    if (!/^ ["']$/.test(text.slice(a.end, nick.start)) || !/^["'] $/.test(text.slice(nick.end, b.start))) continue;
    runs[k] = { ...a, name: `${a.name} ${b.name}`, tokens: [a.tokens[0]!, b.tokens[0]!], end: b.end, roles: [...a.roles, ...b.roles] };
    runs.splice(k + 2, 1);
  }
}

/** 'Rick and Dana Sorensen', 'Tom and Ann Bell': the first of a couple takes the surname they share. */
export function sharedSurnames(text: string, runs: NameRun[]): void {
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i]!, b = runs[i + 1]!;
    if (a.tokens.length !== 1 || b.tokens.length !== 2 || text.slice(a.end, b.start) !== ' and ') continue;
    if (!isFirstName(a.tokens[0]!) || !isFirstName(b.tokens[0]!)) continue;
    // ('Obama and Hillary Clinton': a surname somewhere else after a first name is no first name here)
    // ('President Obama', 'Barack Obama' elsewhere: a title or a first name before it makes it a surname)
    const after = [...text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)\.? ${a.tokens[0]}\b`, 'gu'))];
    if (after.some((m) => !NOT_NAMES.has(m[1]!.toLowerCase()) || TITLES.has(m[1]!.toLowerCase()))) continue;
    a.tokens = [a.tokens[0]!, b.tokens[1]!];
    a.name = a.tokens.join(' ');
  }
}

/**
 * 'U.S. Immigration and Customs Enforcement', 'Bureau of Alcohol and Firearms': an agency's name goes on past 'and'
 * when the second half ends in an agency's word (not 'Ruiz and Customs', where a person comes first).
 */
export function joinAgencies(text: string, runs: NameRun[]): void {
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i]!, b = runs[i + 1]!;
    if (text.slice(a.end, b.start) !== ' and ' || !AGENCY_TAIL.test(b.tokens[b.tokens.length - 1]!) || b.tokens.length > 3) continue;
    if (isFirstName(a.tokens[0]!) || a.tokens.length > 4 || a.roles.length || b.roles.length) continue;
    runs[i] = { ...a, name: `${a.name} and ${b.name}`, tokens: [...a.tokens, 'and', ...b.tokens], end: b.end };
    runs.splice(i + 1, 1);
  }
}
export const AGENCY_TAIL = /^(?:Enforcement|Services|Prevention|Explosives|Firearms|Protection|Control|Research|Development|Technology|Commerce|Industry|Trade|Welfare|Resources|Affairs|Security|Statistics|Standards|Safety)$/;
