import type { Sentence } from '../02-sentences.ts';
import { genderOf, MONTHS, NOT_NAMES, OPENING_ROLES, ORG_WORDS, PLACE_HEADS, PLACES, TITLES, WEEKDAYS } from '../lexicon.ts';
import { joinAgencies, joinedTitle, joinNicknamed, sharedSurnames } from './joins.ts';
import { isHeadline } from './headline.ts';
import { isFirstName } from './first-names.ts';

/**
 * Runs of capitalised words in the text, titles split off.
 *
 *   'Finance Minister Ana Ruiz said.' → [{name: 'Ana Ruiz', roles: ['Finance Minister'], start: 17, end: 25}]
 *
 * Skips months, weekdays and sentence-initial words that the article also writes in lower case
 * ("Officials said" when "officials" appears elsewhere). One regex pass over the text.
 */
export type NameRun = { name: string; roles: string[]; start: number; end: number; tokens: string[]; initial: boolean; common: boolean; headline?: boolean };

const CONNECTORS = 'of|for|de|da|del|della|van|von|der|den|bin|ibn|al|el|la|le|du|di|dos|y|&'; // ('Morrow & Dane': a firm)
const TOKEN = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}'\-]*\.?)`;
const RUN = new RegExp(String.raw`${TOKEN}(?: (?:(?:${CONNECTORS})[ \-]){0,2}${TOKEN})*`, 'gu'); // 'van der Berg', 'de la Roche'
const INITIAL = /^\p{Lu}\.$/u;
/** 'Citizens for Civilian Command', 'Friends of the Earth', 'Veterans of Foreign Wars': a group's name goes on past 'for'/'of'. */
const GROUP_HEADS = new Set('citizens americans friends families parents veterans mothers fathers students doctors lawyers scientists women taxpayers voters patriots neighbors neighbours'.split(' '));
const MONTH_NAMES = new Set(['Jan', 'June', 'April', 'May', 'August']);
const DOTTED_OK = /^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|(?:Jr|Sr|St|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof|Pres|Sec|Atty|Supt|Cmdr|Maj|Insp|Det)\.)$/u;

export function findNameRuns(text: string, sentences: Sentence[]): NameRun[] {
  const lowerSeen = lowerCaseWords(text);
  const starts = new Set<number>();
  for (const s of sentences) starts.add(s.start);
  const out: NameRun[] = [];
  for (const m of text.matchAll(RUN)) {
    // ('The', 'But', 'He' opening a sentence: a lone function word is no name)
    if (!m[0].includes(' ') && NOT_NAMES.has(m[0].toLowerCase())) continue;
    for (const r of toRuns(m[0], m.index, text, starts, lowerSeen)) out.push(joinedTitle(text, r));
  }
  joinNicknamed(text, out);
  sharedSurnames(text, out);
  joinAgencies(text, out);
  // runs in title-case lines ('Lawmakers Rip Donald Trump As A Fraud') are marked: their edges are unreliable
  let s = 0;
  for (const r of out) {
    while (s < sentences.length - 1 && sentences[s]!.end <= r.start) s++;
    if (sentences[s] && isHeadline(text, sentences[s]!)) r.headline = true;
  }
  return out;
}


const DEPARTMENT = /^(?:Affairs|Resources|Administration|Defen[cs]e|Finance|Health|Justice|Interior|Trade|Industry|Transport|Energy|Education|Agriculture|Development|Security|Planning|Communications?|Works|Labou?r|Tourism|Culture|Environment|Economy|Commerce|Expatriates|Relations|Cooperation|Integration|Welfare|Infrastructure|Fisheries|Mines|Petroleum|Housing|Youth|Sports?|Information|Technology|Science|Revenue|Treasury|State)$/;

/** Splits a raw run at sentence ends ("Ruiz. The"), months and weekdays, then trims it to a name. */
function toRuns(raw: string, start: number, text: string, starts: Set<number>, lowerSeen: Set<string>): NameRun[] {
  const initial = isSentenceStart(text, start, starts);
  const runs: NameRun[] = [];
  let cur: { w: string[]; o: number[] } = { w: [], o: [] };
  const flush = () => {
    if (cur.w.length) runs.push(...finish(cur.w, cur.o, initial && cur.o[0] === start, lowerSeen));
    cur = { w: [], o: [] };
  };
  let o = start;
  const orgNamed = ORG_WORDS.has(raw.slice(raw.lastIndexOf(' ') + 1).toLowerCase());
  const parts = raw.split(' ');
  for (const [n, word] of parts.entries()) {
    const at = o;
    o += word.length + 1;
    const ends = word.endsWith('.') && !DOTTED_OK.test(word);
    const w = (ends ? word.slice(0, -1) : word).replace(/'(?:s|d|ll|re|ve|m)?$/, '').replace(/-+$/, ''); // ('Palacios—.': a dash glued to the name)
    const lw = w.toLowerCase().replace(/\.$/, '');
    // headlines: 'Ruiz Goes After Bell As The New Mayor' → split at capitalised function words
    // 'Ministry of Finance', 'Bank of Veldra', 'Secretary of State': 'of' after an organisation word or a title stays
    const prev = cur.w[cur.w.length - 1]?.toLowerCase() ?? '';
    const ofName = (lw === 'of' || lw === 'for') && cur.w.length > 0 && (ORG_WORDS.has(prev) || TITLES.has(prev) || PLACE_HEADS.has(prev) || GROUP_HEADS.has(prev)); // 'Republic of Tessary', 'Citizens for Civilian Command'
    // ('Jan Oosterbeek', 'June Albright': a month that is also a first name, before a surname, is the first name)
    const firstName = MONTH_NAMES.has(w) && cur.w.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(parts[n + 1] ?? '');
    if (!w || (MONTHS.has(lw) && !firstName) || WEEKDAYS.has(lw) || (cur.w.length > 0 && NOT_NAMES.has(lw) && !ofName)) { flush(); continue; }
    cur.w.push(w);
    cur.o.push(at);
    // ("the Veldhaven Citizens' Alliance": a plural possessive inside an organisation's name does not end it)
    if (ends || word.endsWith("'s") || (word.endsWith("'") && !orgNamed)) flush();
  }
  flush();
  return runs;
}

function finish(words: string[], offsets: number[], initial: boolean, lowerSeen: Set<string>): NameRun[] {
  let i = 0;
  // leading function words and sentence-initial common words are not part of a name
  // ('Survivor Tomasz Reyes, 42, said': a role noun opening the sentence before a two-word name)
  const honorifics: string[] = []; // 'Ms Marlow': the honorific says a person, and which gender
  while (i < words.length && (NOT_NAMES.has(words[i]!.toLowerCase()) || (i === 0 && initial && commonOpener(words[i]!.toLowerCase(), words.length, lowerSeen)))) {
    if (HONORIFIC.test(words[i]!) && i + 1 < words.length) honorifics.push(words[i]!);
    i++;
  }
  // 'Crooked Hillary Clinton': a common word before a two-word name is an epithet
  if (words.length - i >= 3 && lowerSeen.has(words[i]!.toLowerCase()) && genderOf(words[i + 1]!)) i++;
  // 'House Newt Gingrich': a first name after other capitalised words starts the person's name
  // ('Sarah Jessica Parkwell', 'Luis Carlos Mendara', 'Mohammed Ali Farouk': a first name after a first name is a middle name)
  for (let p = i + 1; p < words.length - 1; p++) {
    if (!genderOf(words[p]!) || TITLES.has(words[p - 1]!.toLowerCase().replace(/\.$/, '')) || genderOf(words[p - 1]!)) continue;
    return [...finish(words.slice(0, p), offsets.slice(0, p), initial, lowerSeen), ...finish(words.slice(p), offsets.slice(p), false, lowerSeen)];
  }
  // 'Anouk Tellerby of Marrow University': a person of an organisation, unless 'Bank of X', 'Secretary of State'
  const of = words.indexOf('of', i + 2);
  // ('Rep. Walt Pope of Tennant': a title word after a first name is a surname, not 'Secretary of State')
  const titleOf = TITLES.has(words[of - 1]?.toLowerCase() ?? '') && !isFirstName(words[of - 2] ?? '');
  if (of > 0 && of < words.length - 1 && !titleOf && !ORG_WORDS.has(words[of - 1]!.toLowerCase())) {
    return [...finish(words.slice(0, of), offsets.slice(0, of), initial, lowerSeen), ...finish(words.slice(of + 1), offsets.slice(of + 1), false, lowerSeen)];
  }
  const roles: string[] = [];
  const org = ORG_WORDS.has(words[words.length - 1]!.toLowerCase());
  // the last title run: 'Republican Indiana Gov. Mike Pence' → place 'Indiana', roles 'Republican', 'Gov.'
  let lastTitle = org ? -1 : words.length - 2;
  while (lastTitle >= i && !isTitle(words[lastTitle]!)) lastTitle--;
  // 'Federal Bureau of Roads', 'National Agency for Water': a title word that opens an organisation's name
  if (lastTitle >= i && ORG_WORDS.has(words[lastTitle + 1]!.toLowerCase())) lastTitle = -1;
  const before: NameRun[] = [];
  let first = lastTitle;
  while (first > i && (isTitle(words[first - 1]!) || words[first - 1] === 'of')) first--;
  if (lastTitle >= i && first > i) {
    let p = i;
    while (p < first && isTitle(words[p]!)) p++;
    // one word before a title that is not a place belongs to the role: 'Harbour Minister', 'Tax Commissioner'
    const partOfRole = first - p === 1 && !PLACES.has(words[p]!.toLowerCase()) && !ORG_WORDS.has(words[p]!.toLowerCase());
    if (partOfRole) first = p;
    if (p > i && !partOfRole) roles.push(words.slice(i, p).join(' '));
    if (p < first) before.push(...finish(words.slice(p, first), offsets.slice(p, first), false, lowerSeen));
    if (!partOfRole) i = first;
  }
  let r = lastTitle >= i ? lastTitle + 1 : i;
  // 'Federal Minister for Water Resources Tanveer Qazmi': the title's portfolio runs to its last department word
  const portfolio = words.findIndex((w, k) => k > i && /^(?:of|for)$/i.test(w) && isTitle(words[k - 1]!));
  if (portfolio > 0) {
    if (DEPARTMENT.test(words[words.length - 1]!)) return before; // 'Minister of Foreign Affairs' alone: a title, nobody's name
    let k = words.length - 2;
    while (k > portfolio && !DEPARTMENT.test(words[k]!)) k--;
    if (k > portfolio) r = Math.max(r, k + 1);
  }
  if (r > i) roles.push(words.slice(i, r).join(' '));
  let rest = words.slice(r);
  let restOff = offsets.slice(r);
  // 'Helena Stroud KC', 'Ana Ruiz MP': letters after a name are not part of it ('Jr.' and 'Sr.' are: father and son are two people)
  while (rest.length > 2 && /^(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|PhD)\.?$/.test(rest[rest.length - 1]!)) { rest = rest.slice(0, -1); restOff = restOff.slice(0, -1); }
  while (rest.length && /^(?:of|de|da|del|van|von|der|den|bin|ibn|al|el|la|le|du|di|dos|y)$/.test(rest[rest.length - 1]!)) { rest = rest.slice(0, -1); restOff = restOff.slice(0, -1); }
  while (rest.length && /^(?:of|de|van|von|der|den|la|le|du|di|y)$/.test(rest[0]!)) { rest = rest.slice(1); restOff = restOff.slice(1); }
  if (!rest.length || rest.every((w) => INITIAL.test(w))) return before;
  const last = rest[rest.length - 1]!;
  const end = restOff[restOff.length - 1]! + last.length;
  return [...before, { name: rest.join(' '), roles: [...honorifics, ...roles], start: restOff[0]!, end, tokens: rest, initial: initial && r === 0 && i === 0, common: rest.some((w) => !PARTICLE.test(w) && lowerSeen.has(w.toLowerCase())) }];
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?$/;
/** (module-level rather than closures made on every call: the name finder runs once per capitalised run) */
function isTitle(w: string): boolean {
  const lw = w.toLowerCase();
  return TITLES.has(lw.endsWith('.') ? lw.slice(0, -1) : lw);
}
/** A sentence-initial common word: 'Survivor Tomasz Reyes, 42, said' (a role noun before a two-word name). */
function commonOpener(w: string, runLength: number, lowerSeen: Set<string>): boolean {
  return !TITLES.has(w) && (lowerSeen.has(w) || (runLength >= 3 && OPENING_ROLES.has(w)));
}
const PARTICLE = new RegExp(`^(?:${CONNECTORS})$`);

function isSentenceStart(text: string, start: number, starts: Set<number>): boolean {
  let s = start;
  while (s > 0 && /["'(\[\s-]/.test(text[s - 1]!) && text[s - 1] !== '\n') s--;
  return starts.has(s) || starts.has(start) || s === 0 || text[s - 1] === '\n';
}

function lowerCaseWords(text: string): Set<string> {
  const seen = new Set<string>();
  for (const w of text.match(/\b[a-z][a-z'-]*/g) ?? []) seen.add(w);
  return seen;
}
