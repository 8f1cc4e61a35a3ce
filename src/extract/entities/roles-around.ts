import { TITLES } from '../lexicon.ts';

/**
 * Roles written in lower case around a name, which the capitalised run does not carry (kept in
 * lower case, so story role checks, which want written titles, can tell them apart):
 *
 *   'deputy mayor Hanne Sorvik', 'Deputy mayor Hanne Sorvik' → ['deputy mayor']
 *   'Oskar Velde, the ministry's spokesman,' → ['spokesman']
 *   'Oskar Velde, who chairs the board'      → []
 */
/** The last one to three words before a name, the last in lower case: 'deputy mayor ' → ['deputy', 'mayor'] (a scan, not an end-anchored regex). */
function wordsBefore(s: string): string[] {
  // (the last word must be in lower case: most names stand after a comma, a quote or a capital)
  const c = s.charCodeAt(s.length - 2);
  if (!/\s$/.test(s) || !(c >= 97 && c <= 122)) return [];
  const ws = s.split(/\s+/);
  ws.pop(); // the empty string after the trailing space
  const out: string[] = [];
  for (let k = ws.length - 1; k >= 0 && out.length < 3; k--) {
    if (!/^[A-Za-z]+$/.test(ws[k]!)) break;
    out.unshift(ws[k]!);
  }
  // the first word may be cut by the 40-character window
  if (out.length && out.length === ws.length && s.length >= 40 && !/^\s/.test(s)) out.shift();
  return out.length && /^[a-z]+$/.test(out[out.length - 1]!) ? out : [];
}
const AFTER = /^,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?([a-z]+)(?=\s*[,.;]|\s+(?:of|for|at|to|in|with)\b)/u;

/** 'the deputy mayor ' → 'mayor': the lower-case word before the trailing spaces, read backwards (no end-anchored regex). */
function lastLowerWord(s: string): string | undefined {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 10 || s.charCodeAt(e - 1) === 9)) e--;
  if (e === s.length) return undefined;
  let b = e;
  while (b > 0 && s.charCodeAt(b - 1) >= 97 && s.charCodeAt(b - 1) <= 122) b--;
  return b < e ? s.slice(b, e) : undefined;
}

export function rolesAround(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const window = text.slice(Math.max(0, start - 40), start);
  // (only a title as the last word makes a role: most names have none before them)
  const last = lastLowerWord(window);
  const before = last && TITLES.has(last) ? wordsBefore(window) : [];
  let k = before.length;
  while (k > 0 && TITLES.has(before[k - 1]!.toLowerCase())) k--;
  if (k > 0 && k < before.length && /^\p{Lu}\p{Ll}+$/u.test(before[k - 1]!)) k--; // 'Harbour chief Lene Aastrup'
  if (k < before.length && !/^(?:former|then|late|first|acting|us|u\.s\.|state|federal|national|party|campaign)$/.test(before[before.length - 1]!)) out.push(before.slice(k).join(' ').toLowerCase());
  const after = AFTER.exec(text.slice(end, end + 80))?.[1];
  if (after && TITLES.has(after)) out.push(after);
  return out;
}
