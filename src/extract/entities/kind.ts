import type { EntityType } from '../types.ts';
import { genderOf, OPENING_ROLES, ORG_WORDS, PLACE_HEADS, PLACE_TAILS, PLACES, REPORTING_VERBS, ROLE_NOUNS, TITLES } from '../lexicon.ts';
import { entityKey } from './key.ts';
import type { NameRun } from './names.ts';
import { rolesAround } from './roles-around.ts';
import { isFirstName, listedFirstNameGender } from './first-names.ts';

/**
 * What a name names, from its words and what stands around it:
 *
 *   'Bluewake Ferries' → organization;  'the town of Tarvek', 'Port Averin' → place
 *   'Finance Minister Ana Ruiz', 'Velde, the prime minister,' → person;  'the ferry Corvina Star' → other
 */
export function typeOf(r: NameRun, text: string, alone: Set<string>, around = rolesAround(text, r.start, r.end)): EntityType {
  // 'Park Ji-hoon', 'Moon Jae-in': a Korean family name and a hyphenated given name
  if (r.tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(r.tokens[1]!)) return 'person';
  const last = r.tokens[r.tokens.length - 1]!.toLowerCase();
  if (r.tokens.includes('&') || r.tokens.includes('and')) return 'organization'; // 'Morrow & Dane'; 'Immigration and Customs Enforcement' (joins.ts)
  // 'Quill Street', 'Harlow Road' are places ('Downing Street said' speaks for a government)
  if (r.tokens.length > 1 && STREET.test(last) && !saysNext(text, r.end)) return 'place';
  if (ORG_WORDS.has(last) || r.tokens.some((t) => ORG_WORDS.has(t.toLowerCase()) && t.length > 3) || /^\p{Lu}{2,}$/u.test(r.tokens[r.tokens.length - 1]!) || r.tokens[0] === 'The') return 'organization';
  if (THING_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start))) return 'other';
  // ('the group Working Majority', 'at Caswell State': a body named as one, a university)
  // (not 'the group Garrett Vollmer founded': a person's name in a relative clause)
  if ((GROUP_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start)) && !firstNamed(r)) || (r.tokens.length > 1 && /^(?:State|University|College|Institute|Academy|Polytechnic)$/.test(r.tokens[r.tokens.length - 1]!))) return 'organization';
  // 'Election Day', 'Boxing Day', 'Guy Fawkes Night', 'Christmas Eve': days, not people
  if (r.tokens.length > 1 && /^(?:day|night|eve|sunday|friday|monday|weekend)$/.test(last)) return 'other';
  // 'the Qasr al-Nour palace', 'the Ulaan Selbe dam': a name before a kind of place or building
  if (BUILDING_AFTER.test(text.slice(r.end, r.end + 14))) return 'place';
  if (r.tokens.every((t) => PLACES.has(t.toLowerCase()))) return 'place';
  if (r.tokens.length > 1 && !r.roles.length && (PLACE_HEADS.has(r.tokens[0]!.toLowerCase()) || PLACE_TAILS.has(last))) return 'place';
  const before = text.slice(Math.max(0, r.start - 30), r.start);
  // ('in Veldra on Sunday', but not 'in Taliban raid', 'the Clinton campaign': a name used as a modifier)
  const modifier = MODIFIER_AFTER.test(text.slice(r.end, r.end + 20));
  if (PLACE_BEFORE.test(before) && !modifier) return 'place';
  // ('a caller who identified herself as Darlene', 'a woman who gave her name as Denise': a person by the name given)
  if (/\b(?:identified\s+(?:her|him)self|gave\s+(?:her|his)\s+(?:first\s+)?name|asked\s+to\s+be\s+identified)\s+(?:only\s+)?as\s+$/i.test(before)) return 'person';
  // ('Darlene from Pell City', 'a steelworker from nearby Carver': where someone is from)
  const from = /\b(\p{Lu}\p{Ll}+) from $/u.exec(before)?.[1];
  if (!modifier && ((from && isFirstName(from)) || /\bfrom (?:nearby|neighbou?ring) $/i.test(before))) return 'place';
  // 'Haverford Springs, Lakeshire' alone on a line (a letter's sign-off, a dateline): a town and its region;
  // 'mayor of Fennick, North Wendell,', 'a rally in Cedar Fork, Vessey,': a region after a town (not 'in Carrow Falls, Stanley Voorhees,')
  if (TOWN_REGION_LINE.test(lineAround(text, r.start, r.end)) || (/\b(?:of|in|at|near|from|outside) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?, $/u.test(before) && !firstNamed(r))) return 'place';
  // 'the Civil Protection said': people's names take no article
  if (/\bthe\s+$/i.test(before) && !modifier && !r.roles.length && !genderOf(r.tokens[0]!)) return 'organization';
  // ('Nikhil Basra': a first name before a place-like surname still makes a person)
  if (r.tokens.some((t) => PLACES.has(t.toLowerCase())) && !genderOf(r.tokens[0]!) && !(r.tokens.length > 1 && listedFirstNameGender(r.tokens[0]!))) return r.roles.length ? 'person' : 'other';
  if (r.roles.length || (r.tokens.length > 1 && genderOf(r.tokens[0]!))) return 'person';
  // 'A reader named Hector,', 'Marcus, a junior majoring in engineering,': a first name alone, described or named so
  if (r.tokens.length === 1 && isFirstName(r.tokens[0]!) && (/\b(?:named|called|gave (?:her|his|their) (?:first )?name as|identified (?:only )?as|goes by)\s+$/.test(before) || /^,\s+(?:a|an)\s+\p{Ll}/u.test(text.slice(r.end, r.end + 8)))) return 'person';
  // "Brill's mother, Irene,", 'her daughter, Ava,': a relative named by a first name alone
  if (/\b(?:mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|widow|partner|fiancée?|girlfriend|boyfriend),\s+$/.test(before)) return 'person';
  if (around.length || /^,\s*\d{1,3},/.test(text.slice(r.end, r.end + 8))) return 'person'; // 'Velde, the prime minister, met ...', 'Akintade, 19,'
  // two to four capitalised words are a person unless a word is common; a surname used alone confirms it
  const personLike = !r.common || alone.has(entityKey(r.tokens[r.tokens.length - 1]!));
  if (r.tokens.length >= 2 && r.tokens.length <= 4 && personLike) return 'person';
  if (saysNext(text, r.end)) return 'person';
  return 'other';
}

/** 'Analysts said', 'Witnesses told': a capitalised group noun opening a sentence is nobody's name. */
export const commonNoun = (w: string) => ROLE_NOUNS.has(w.toLowerCase()) || OPENING_ROLES.has(w.toLowerCase()) || TITLES.has(w.toLowerCase().replace(/\.$/, ''));
/** A lower-case noun right after a name: 'Taliban raid', 'Clinton campaign' (not 'said', 'reports', 'on'). */
const MODIFIER_AFTER = /^['’]?\s+(?!(?:and|or|of|in|on|at|to|for|from|with|by|has|had|have|is|was|are|were|will|would|could|can|may|which|that|who|where|when|as|after|before|since|said|says|told)\b)[a-z]+(?<!ed|s)\b/;

const GROUP_BEFORE = /\b(?:group|organi[sz]ation|nonprofit|non-profit|coalition|think tank|PAC)\s+$/;
const STREET = /^(?:street|road|avenue|lane|boulevard|square|drive|terrace|crescent)$/;
const BUILDING_AFTER = /^\s+(?:palace|hotel|square|stadium|bridge|airport|dam|lighthouse|tower|prison|camp|mosque|church|cathedral|temple|base|plant|mine|reservoir|valley|river|lake|estate|district|neighbourhood|neighborhood)\b/;

/** A run opening with a first name ('Stanley Voorhees'), not a compass word or a place word ('North Wendell'). */
const firstNamed = (r: NameRun) => !!genderOf(r.tokens[0]!) || (r.tokens.length > 1 && !/^(?:North|South|East|West|New|Upper|Lower|Port|Fort|Mount|Saint|St|Lake|Glen)$/.test(r.tokens[0]!) && !!listedFirstNameGender(r.tokens[0]!));

/** 'the town of Tarvek', 'fled to Orlen', 'in Orlen': a place by what stands before it. */
const PLACE_BEFORE = /\b(?:(?:town|city|village|port|region|province|capital|island|district|county|(?:county|state) seat|suburb|borough|township|hamlet|republic|kingdom|residents|inhabitants|citizens|streets|outskirts|suburbs|government|people)\s+of|(?:fled|flew|travell?ed|moved|returned|went|sailed|drove|headed|arrived|evacuated|deployed)\s+(?:to|from|in|into)|(?:in|near|outside)(?:\s+the\s+(?:town|city|village|port)\s+of)?|\d{1,3},\s+of|off the coast of|(?:near|along|across|on) the border with|the capital,?|(?:northern|southern|eastern|western|central)|\b(?:an?|the)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+from(?:\s+outside|\s+near)?|(?:teacher|schoolteacher|nurse|farmer|resident|voter|woman|man|mother|father|student|retiree|worker|veteran|native|mechanic|pensioner|businessman|businesswoman|grandmother|grandfather|contractor|engineer|electrician|plumber|driver|activist|supporter|supporters|protester|protesters|volunteer|couple|family|teenager|girl|boy|lawmaker|delegate|elector|organizer|organiser|doctor|lawyer|farmers|workers|residents|voters)\s+from)\s+$/i;

const TOWN_REGION_LINE = /^[ \t]*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}, \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}[ \t]*$/u;
/** The line a name stands on, when it is short (the search is bounded: a text without line breaks stays linear). */
const lineAround = (text: string, start: number, end: number) => {
  const lo = Math.max(0, start - 81);
  const from = lo + text.slice(lo, start).lastIndexOf('\n') + 1;
  if (from === lo && lo > 0) return '';
  const after = text.slice(end, end + 81);
  const nl = after.indexOf('\n');
  const to = nl < 0 ? (end + 81 >= text.length ? text.length : -1) : end + nl;
  return to < 0 || to - from > 80 ? '' : text.slice(from, to);
};

/** 'the ferry Corvina Star', 'Storm Ilse', 'Operation Tidewater': a thing's name, not a person's. */
const THING_BEFORE = /\b(?:ship|ferry|vessel|tanker|boat|freighter|trawler|yacht|aircraft|plane|jet|satellite|rocket|spacecraft|hurricane|storm|typhoon|cyclone|operation|album|film|novel|song|game|app)\s+$/i;

const NEXT_WORD = /[\s,]*(\p{L}+)/uy;
/** Whether a reporting verb follows ("Ruiz said"). */
export function saysNext(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  const w = m?.[1]!.toLowerCase();
  // ('Transition call', 'Democrats say': a verb's bare form follows no one person's name)
  return !!w && REPORTING_VERBS.has(w) && !REPORTING_VERBS.has(`${w}s`);
}
