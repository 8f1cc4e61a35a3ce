import { TITLES } from '../lexicon.ts';

/**
 * Roles written in lower case around a name, which the capitalised run does not carry (kept in
 * lower case, so story role checks, which want written titles, can tell them apart):
 *
 *   'deputy mayor Hanne Sorvik', 'Deputy mayor Hanne Sorvik' → ['deputy mayor']
 *   'Oskar Velde, the ministry's spokesman,' → ['spokesman']
 *   'Oskar Velde, who chairs the board'      → []
 */
const BEFORE = /((?:[A-Za-z]+\s+){0,2}[a-z]+)\s+$/;
const AFTER = /^,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?([a-z]+)(?=\s*[,.;]|\s+(?:of|for|at|to|in|with)\b)/u;

export function rolesAround(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.split(/\s+/) ?? [];
  let k = before.length;
  while (k > 0 && TITLES.has(before[k - 1]!.toLowerCase())) k--;
  if (k > 0 && k < before.length && /^\p{Lu}\p{Ll}+$/u.test(before[k - 1]!)) k--; // 'Harbour chief Lene Aastrup'
  if (k < before.length && !/^(?:former|then|late|first|acting|us|u\.s\.|state|federal|national|party|campaign)$/.test(before[before.length - 1]!)) out.push(before.slice(k).join(' ').toLowerCase());
  const after = AFTER.exec(text.slice(end, end + 80))?.[1];
  if (after && TITLES.has(after)) out.push(after);
  return out;
}
