import type { EntityIndex, Gender } from '../05-entities.ts';
import { NOT_NAMES, PRONOUNS, ROLE_NOUNS, TITLES } from '../lexicon.ts';
import type { Entity } from '../types.ts';
import { isFirstName } from '../entities/first-names.ts';

/**
 * Turns a speaker phrase into what we print: a person's full name, or a short description.
 *
 *   'Ruiz' / 'Mr. Ruiz' / 'Finance Minister Ana Ruiz'  → 'Ana Ruiz' (via the article's entities)
 *   'it' → the organisation last in focus ('The Times wrote … it added'), or null
 *   'they' → a plural subject of a recent sentence ('Critics of the plan') or an organisation, or null
 *   'she' → the last woman (or person of unknown gender) named before the quote, or null
 *   'Stein spokeswoman Melezia Figueroa'               → 'Melezia Figueroa'
 *   'the spokeswoman'                                  → 'Melezia Quint' (introduced earlier with that role)
 *   'a company spokesperson'                           → 'a company spokesperson' (nobody named)
 *   'the states were exaggerating'                     → null (a clause, not a description)
 */
export type Antecedent = (gender: Gender | undefined) => string | null;

const NAME_RUN = /(?:\p{Lu}[\p{L}'\-]*\.?(?:\s+|$)|(?:de|van|von|bin|al|el|la|del)\s+)*\p{Lu}[\p{L}'\-]*/gu;
const DETERMINERS = /^(?:a|an|the|one|two|three|several|some|many|other|another|his|her|their|its)$/i;
const GENDER: Record<string, Gender | undefined> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

export function resolveSpeaker(phrase: string, entities: EntityIndex, antecedent: Antecedent, byRole?: (role: string) => string | undefined, nonPerson?: (pronoun: 'it' | 'they') => string | null, owner: Antecedent = antecedent, nearby?: Antecedent, orgByNoun?: (noun: string) => string | null): string | null {
  if (!phrase.trim()) return null; // (a question put by nobody named)
  if (/^@?[A-Za-z][\w.-]*\d[\w.-]*$/.test(phrase.trim())) return phrase.trim(); // ('RidgeRunner88': a handle as written)
  // 'The company said' after 'Linwood Crane Partners', 'the ministry said' after 'the Ministry of Finance'
  const kind = ORG_NOUN.exec(phrase.trim())?.[1];
  const org = kind ? orgByNoun?.(kind.toLowerCase()) : null;
  if (org) return org;
  // 'a statement from Marrowgate Bank', 'a post by the ministry on X': the one who issued it
  const issued = ISSUED_BY.exec(phrase.trim()) ?? (/['’]/.test(phrase) ? WRITTEN_BY.exec(phrase.trim()) : null);
  if (issued) return resolveSpeaker(issued[1]!, entities, antecedent, byRole, nonPerson);
  // ('Judge Ignatius Moreau has ordered ... The order says': a court's order speaks for the judge who made it)
  if (/^the\s+(?:court\s+)?(?:order|injunction)$/i.test(phrase.trim())) { const judge = byRole?.('judge'); if (judge) return judge; }
  // ("he'd say", "she'll tell you": the pronoun without its contraction)
  // ('Thomas Whitcombe (@GovWhitcombe)', 'Rep. Ana Ruiz (D-Ohio)': what the parentheses add is no part of the name)
  const p = phrase.trim().replace(/\s*\([^)]*\)/g, '').replace(/[.,;:-]+$/, '').replace(/^(he|she|they|we|i)['’](?:d|ll)$/i, '$1').replace(/'s$/, '');
  const lw = p.toLowerCase();
  // 'Oskar Velde has resigned, his office said' → "Oskar Velde's office"
  const own = POSSESSED.exec(lw);
  // ('Arne Lindqvist and his wife, Carol, ...⏎"Three," his wife said.': the one introduced so)
  const introduced = own ? byRole?.(lw) : undefined;
  if (introduced) return introduced;
  if (own) {
    const whose = owner(GENDER[own[1]!]);
    if (whose) return `${whose}'s ${own[2]}`;
  }
  // "Brandeis' office said", "Ibsen's campaign said": the office or campaign of the person named in full
  const theirs = NAMED_POSSESSED.exec(p);
  const holder = theirs ? entities.resolve(theirs[1]!) : undefined;
  if (holder?.type === 'person' && theirs) return `${holder.name}'s ${theirs[2]}`;
  // ("Oakley's defenders say": whoever they are, they are not Oakley)
  if (theirs && !holder && /^(?:defenders|supporters|critics|allies|backers|opponents|advisers|running mate)$/.test(theirs[2]!)) return `${theirs[1]}'s ${theirs[2]}`;
  // 'it added' after 'The Times wrote': the organisation last in focus (never the bare pronoun)
  if (lw === 'it' || lw === 'its') return nonPerson?.('it') ?? null;
  // 'Critics of the plan ... They wrote': a group, never one person
  if (lw === 'they' || lw === 'their') return nonPerson?.('they') ?? null;
  if (PRONOUNS.has(lw) || lw === 'his' || lw === 'her') return /^(?:i|we|you|it|this|that)$/.test(lw) ? null : antecedent(GENDER[lw]);
  // ('U.S. Immigration and Customs Enforcement said': a name known whole, though it has 'and' in it)
  if (/\sand\s/.test(p) && /^\p{Lu}/u.test(p)) { const whole = entities.resolve(p) ?? entities.list.find((e) => e.name === p); if (whole?.type === 'organization') return whole.name; }
  const titled = titleOfName(p, entities);
  if (titled) return titled;
  // 'Cameron Easley for Morning Consult': the head before a preposition
  // ('Speaking', 'Asked' are no names; 'Fleming', 'Manning' are when the article named them)
  const head = /^\p{Lu}/u.test(p) ? p.split(/\s(?:for|of|at|from|with|in|on)\s/)[0]! : p;
  const names = [...head.matchAll(NAME_RUN)].map((m) => m[0].trim().replace(/'s?$/, '')).filter((n) => !DETERMINERS.test(n) && !NOT_NAMES.has(n.toLowerCase()) && n.length > 1 && (!/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(n) || entities.resolve(n)?.type === 'person'));
  const words = p.split(/\s+/);
  // 'People familiar with the matter', 'Officials in Ankara': a capitalised group noun is still a description
  // ('Turkish officials', 'Kessanian diplomats': a nationality before a group noun describes them)
  // 'the younger Grale' / 'the elder Grale': the Jr. or the one without it, when both were named
  const generation = /^the (younger|elder|older) (\p{Lu}[\p{L}'’-]+)$/iu.exec(p);
  if (generation) {
    const kin = entities.list.filter((e) => e.type === 'person' && new RegExp(`\\b${generation[2]}\\b`).test(e.name));
    const junior = (e: Entity) => /\b(?:Jr|II|III)\.?$/.test(e.name);
    const younger = generation[1]!.toLowerCase() === 'younger';
    const who = younger ? kin.find(junior) : kin.find((e) => !junior(e) && kin.some(junior));
    if (who) return who.name;
    // (no Jr.: by the ages given, 'Dale, 61, ... Wade, 56,')
    const aged = kin.map((e) => ({ e, age: Number(e.roles?.find((r) => /^\d{1,3}-year-old$/.test(r))?.split('-')[0] ?? NaN) })).filter((x) => x.age > 0);
    if (aged.length >= 2 && aged.length === kin.length) return aged.reduce((a, b) => ((younger ? b.age < a.age : b.age > a.age) ? b : a)).e.name;
    // ('Tyler Brannigan, the nominee's eldest son, ... The younger Brannigan': the one introduced as a son or daughter)
    const child = ['son', 'daughter', 'grandson', 'granddaughter'].map((r) => byRole?.(r)).find((n) => n && kin.some((e) => e.name === n));
    if (child && kin.length === 2) return younger ? child : kin.find((e) => e.name !== child)!.name;
  }
  if (words.length === 2 && /^\p{Lu}\p{Ll}+(?:ian|ese|ish|i|an)$/u.test(words[0]!) && ROLE_NOUNS.has(words[1]!) && !DETERMINERS.test(words[0]!)) return p;
  const descriptive = /^\p{Ll}/u.test(words[0]!) || DETERMINERS.test(words[0]!) || (words.length > 1 && ROLE_NOUNS.has(words[0]!.toLowerCase()) && /^\p{Ll}/u.test(words[1]!));
  // 'the spokeswoman' introduced earlier by name; 'a Brightwell Appliances spokesperson': the name only qualifies the role
  const role = words[words.length - 1]!.toLowerCase();
  if (descriptive && /^(?:the|a|an|his|her|its|my|our|their)$/i.test(words[0]!) && words.length <= 5) {
    // 'the Republican nominee' is whoever was introduced as that; 'the nominee', whoever was introduced as any nominee
    const named = byRole?.(words.slice(1).join(' ').toLowerCase());
    if (named) return named;
  }
  // 'the tearful mum', 'the 52-year-old', 'the teenager': an epithet stands for the person just written about, as a
  // pronoun does; jobs and titles are left to byRole above ('the senator' is whoever was introduced as one)
  if (/^the$/i.test(words[0]!) && words.length <= 4 && names.length === 0 && epithet(role) && nearby) {
    const who = nearby(NOUN_GENDER.exec(role)?.[1] ? 'f' : NOUN_GENDER.exec(role)?.[2] ? 'm' : undefined);
    if (who) return who;
  }
  if (descriptive && ROLE_NOUNS.has(role)) return shorten(p);
  // ('Tamarack governor warns', 'Heartland chair:': a name right before the closing role only qualifies it)
  const qualifies = /\s\p{Ll}+$/u.test(p) && (ROLE_NOUNS.has(role) || TITLES.has(role));
  // prefer a known entity among the capitalised runs, the last one first ("Stein spokeswoman Melezia Figueroa")
  for (let i = names.length - 1; i >= 0; i--) {
    const stripped = stripTitles(names[i]!);
    if (!stripped || (qualifies && i === names.length - 1 && p.endsWith(`${names[i]} ${words[words.length - 1]}`) && entities.resolve(stripped)?.name !== stripped)) continue;
    const e = resolveTail(stripped, entities);
    if (e && e.type === 'person') return e.name;
    if (e && (!descriptive || (e.type === 'organization' && /^the$/i.test(words[0]!) && words.length === names[i]!.replace(/^The /, '').split(' ').length + 1))) return e.name;
  }
  // ('Fenwick election chief: ...', 'Stein campaign spokeswoman said': a name before a role describes the speaker)
  const described = /\s\p{Ll}+$/u.test(p) && (ROLE_NOUNS.has(role) || TITLES.has(role));
  // ('Legal groups, who had argued ...': a capitalised adjective opening the sentence is no name)
  if (!descriptive && names.length === 1 && words.length >= 2 && words.length <= 4 && words[0] === names[0] && words.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) && /s$/.test(role) && !/(?:ly|ways|less)$/.test(role) && !entities.resolve(names[0]!)) return shorten(p);
  if (!descriptive && names.length && !described) {
    const stripped = stripTitles(names[names.length - 1]!);
    if (stripped) return stripped;
  }
  return shorten(p);
}

/** 'Ostrander Secretary of State Lorraine Pickett', 'Minister for Water Resources Ana Ruiz' → the person after the title. */
function titleOfName(p: string, entities: EntityIndex): string | null {
  const ws = p.split(/\s+/);
  // (not 'Rep. Walt Pope of Tennant': a title word after a first name is a surname)
  const t = ws.findIndex((w, i) => i < 3 && /^\p{Lu}/u.test(w) && TITLES.has(w.toLowerCase()) && !(i > 0 && isFirstName(ws[i - 1]!)));
  if (t < 0 || !/^(?:of|for)$/.test(ws[t + 1] ?? '') || !ws.slice(t + 2).every((w) => /^\p{Lu}/u.test(w) || /^(?:the|and|of)$/.test(w))) return null;
  const e = resolveTail(ws.slice(t + 2).join(' '), entities);
  return e?.type === 'person' ? e.name : null;
}

/** The entity named by the longest known tail of a run: 'Italian Prime Minister Matteo Renzi' → Matteo Renzi. */
function resolveTail(run: string, entities: EntityIndex) {
  const ws = run.split(' ');
  for (let i = 0; i < ws.length; i++) {
    const e = entities.resolve(ws.slice(i).join(' '));
    if (e) return e;
  }
  return undefined;
}

/** 'Sen. Ana Ruiz' → 'Ana Ruiz'; 'Sen.' → ''. */
export function stripTitles(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 2 && /^(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|PhD)\.?$/.test(ws[ws.length - 1]!)) ws.pop(); // 'Helena Stroud KC'
  let i = 0;
  while (i < ws.length - 1 && TITLES.has(ws[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  const rest = ws.slice(i);
  return rest.length === 1 && TITLES.has(rest[0]!.toLowerCase().replace(/\.$/, '')) ? '' : rest.join(' ');
}

/** At most five words that are not titles or roles: 'a spokesman for the Clinton campaign' is kept whole. */
const FUNCTION_WORD = /^(?:of|in|on|at|for|with|to|from|by|about|and|or|who|which|that|s)$/;
function shorten(p: string): string | null {
  const ws = p.split(/\s+/).filter(Boolean);
  let content = 0;
  const out: string[] = [];
  for (const [i, w] of ws.entries()) {
    const lw = w.toLowerCase().replace(/[.,]$/, '');
    if (i > 1 && /^\p{Ll}+ed$/u.test(w) && ws[i + 1] === 'by') break; // 'a civil complaint filed by ...'
    if (!TITLES.has(lw) && !DETERMINERS.test(lw) && !FUNCTION_WORD.test(lw)) content++; // ('familiar with the campaign's thinking')
    if (content > 5) break;
    out.push(w);
  }
  const s = out.join(' ');
  if (!s || PRONOUNS.has(s.toLowerCase()) || !/\p{L}/u.test(s)) return null;
  // a clause fragment is not a description ('of forwarding its view', 'the states were exaggerating')
  // ('the ruling', 'a filing': an -ing noun after a determiner is fine)
  // ("the campaign's thinking": after a possessive too)
  // ('a woman sitting nearby', 'one man holding a sign': a participle after the noun describes the person)
  const participle = (w: string, i: number) => /ing$/.test(w) && i >= 2 && DETERMINERS.test(out[0]!) && !out.slice(0, i).some((x) => /^(?:was|were|is|are|has|have|had|been|be|will|would)$/i.test(x));
  if (NOT_A_START.test(out[0]!) || out.some((w, i) => CLAUSE_WORD.test(w) && !participle(w, i) && !(/ing$/.test(w) && i > 0 && (DETERMINERS.test(out[i - 1]!) || /['’]s$/.test(out[i - 1]!))))) return null;
  return s;
}

/**
 * Nouns a reporter uses for the person just written about — age, family, life: 'the 27-year-old', 'the tearful mum',
 * 'the mum-of-two', 'the teenager'. Not jobs or titles: 'the spokesman', 'the officer', 'the coach' are often somebody else.
 */
function epithet(noun: string): boolean {
  return /^\d{1,3}-year-old$|-of-(?:one|two|three|four|five|six|\d)$/.test(noun) || NOUN_GENDER.test(noun) && !TITLES.has(noun) || EPITHETS.has(noun);
}
const EPITHETS = new Set(('teenager youngster pensioner grandparent parent toddler schoolgirl schoolboy student survivor victim ' +
  'star veteran newcomer octogenarian nonagenarian centenarian').split(' '));
const NOUN_GENDER = /(mum|mother|woman|girl|wife|daughter|sister|grandmother|gran|widow|actress|lady|queen|princess|policewoman|chairwoman|spokeswoman|businesswoman|congresswoman|heiress|mum-of-\w+|mother-of-\w+)$|(dad|father|man|boy|husband|son|brother|grandfather|grandad|widower|actor|king|prince|policeman|chairman|spokesman|businessman|congressman|dad-of-\w+|father-of-\w+)$/;
const ORG_NOUN = /^[Tt]he\s+(company|firm|bank|ministry|department|agency|council|board|committee|union|party|airline|insurer|regulator|carrier|charity|foundation|group|university|hospital|court|paper|newspaper|daily|publication|magazine)$/;
const POSSESSED = /^(his|her)\s+(office|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|campaign|aides?|family|team|party|spouse|wife|husband)$/;
const NAMED_POSSESSED = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['’]s?\s+(office|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?|campaign|aides?|family|team|transition team|transition|campaign manager|manager|press office|legal team|press secretary|defenders|supporters|critics|allies|backers|opponents|advisers|running mate)$/u;
/** "Director Roland Keene's letter to Congress", "Moreau's written order": the one who wrote it. */
const WRITTEN_BY = /^((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}[\p{L}'’-]*?)['’]s?\s+(?:[a-z-]+\s+)?(?:letter|statement|memo|email|e-mail|order|ruling|opinion|tweet|post|caption|note|message|op-ed|column|filing)\b/u;
const ISSUED_BY = /^(?:a|an|the)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|letter|post|memo|filing|press release|release|report|tweet)\s+(?:from|by|issued by|released by)\s+(.{2,60}?)(?:\s+on\s+\S+)?$/i;
const NOT_A_START = /^(?:of|through|whether|just|in|on|at|for|with|from|by|to|than|as|after|before|since|during|about|into|over|under)$/i;
const CLAUSE_WORD = /^(?:was|were|is|are|has|have|had|been|be|will|would|could|should|can|did|does|do)$|\p{Ll}ing$/u;
