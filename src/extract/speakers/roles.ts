import type { EntityIndex, Mention } from '../05-entities.ts';
import type { Entity } from '../types.ts';

/**
 * People introduced with a role, so that "the spokeswoman said" later names them.
 *
 *   'Stein spokeswoman Melezia Quint said ...' / 'Melezia Quint, a spokeswoman for Stein, said ...'
 *   → byRole('spokeswoman', <offset after>) is Melezia Quint
 */
// (not 'president': in news "the president" is usually the country's, whoever else was introduced as one)
const SINGULAR_ROLES = new Set(`spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney strategist
  pollster analyst economist expert researcher professor investigator prosecutor founder minister mayor governor
  chairman chairwoman director senator judge commander coach captain ambassador ceo nominee candidate challenger
  incumbent frontrunner contender moderator host congressman congresswoman representative premier chancellor
  president-elect vice-president-elect governor-elect mayor-elect sheriff commissioner manager organizer organiser
  daughter son wife husband widow widower mother father brother sister partner granddaughter grandson speaker
  superintendent principal councilwoman councilman clerk treasurer auditor assessor trustee dean provost
  teacher nurse doctor physician pastor priest rabbi imam librarian farmer owner historian activist
  elector lawmaker legislator delegate secretary`.split(/\s+/));
/**
 * 'His daughter, Mireille Corvath-Ames, said', 'The attorney general, Rhea Mott,', "The governor's chief of staff,
 * Nadia Fairbank,": a role set off before the name (the whole role, and its head: the word before 'of', else the last).
 */
const BEFORE_COMMA = /\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|(?:[Tt]he\s+)?[a-z]+['’]s|\p{Lu}[\p{L}-]*['’]s|[Tt]he)\s+((?:[\p{L}'’-]+\s+){0,4}?\p{Ll}+(?:\s+of\s+\p{Ll}+)?),\s+$/u;
/** 'Gov. Harlan Whitcomb' → 'the governor said'; 'Rep. Monica Hale' → 'the congresswoman said'. */
const ABBREVIATED: Record<string, string[]> = { gov: ['governor'], sen: ['senator'], rep: ['representative', 'congressman', 'congresswoman'],
  pres: ['president'], gen: ['general'], atty: ['attorney'], supt: ['superintendent'], det: ['detective'], insp: ['inspector'], prof: ['professor'], adm: ['admiral'], col: ['colonel'], capt: ['captain'], cmdr: ['commander'], maj: ['major'], sgt: ['sergeant'] };

/** 'Spokeswoman Ilka Brandt', 'Stein spokeswoman Melezia Quint': the word right before the name (or before its first name). */
const SECOND_IN_RANK = /\b([Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Ll]ieutenant|[Uu]nder)\s+$/;
const LAST_WORD = /\b([A-Za-z]+(?:-[A-Za-z]+)*)\s+$/;
const ABBREVIATION = /\b([A-Z][a-z]{1,3})\.\s+(?:\p{Lu}[\p{L}'-]*\s+)?$/u;
const BEFORE = /\b([a-z]+)\s+(?:\p{Lu}[\p{L}.'-]*\s+)?$/u;
/** 'Oskar Velde, the finance minister,' / ', a spokeswoman for Stein' / ', still the governor,' / 'Wendell Crane (H-Tamarack), the committee chairman,': the appositive's head noun. */
const AFTER = /^(?:\s*\([^()]{1,30}\))?,\s+(?:(?:still|now|also|formerly|once)\s+)?(?:a|an|the|his|her|its|\p{Lu}[\p{L}'-]*'s)\s+((?:[\p{L}'-]+\s+){0,5}?([a-z]+))(?=\s*[,.;]|\s+(?:for|of|at|to|in|with|who|since|from|on|near)\b)/u;

export type RoleLookup = ((role: string, before: number) => Entity | undefined) & {
  /** Whether this person was introduced with the role's head before that point ('Sen. Robert Hale' holds 'senator'). */
  holds: (role: string, entity: Entity, before: number) => boolean;
};

type Seen = { at: number; entity: Entity };

export function rolesOf(text: string, entities: EntityIndex): RoleLookup {
  const seen = new Map<string, Seen[]>(); // per role, in text order
  for (const m of entities.mentions) {
    if (m.entity.type !== 'person') continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const abbr = ABBREVIATION.exec(before);
    // ('Indiana Gov. Wade Pruett' → 'the Indiana governor said' too)
    const qualifier = abbr ? /(\p{Lu}\p{Ll}+)\s+$/u.exec(before.slice(0, abbr.index))?.[1]?.toLowerCase() : undefined;
    // ('Lt. Gov. Ada Voss' → 'the lieutenant governor said', not 'the governor')
    const lieutenant = abbr && /\bLt\.\s+$/.test(before.slice(0, abbr.index));
    for (const role of ABBREVIATED[abbr?.[1]?.toLowerCase() ?? ''] ?? []) {
      if (lieutenant) { add(seen, `lieutenant ${role}`, m, true); continue; }
      add(seen, role, m, true);
      if (qualifier) add(seen, `${qualifier} ${role}`, m, true);
    }
    const setOff = /,\s$/.test(text.slice(m.start - 2, m.start)) ? BEFORE_COMMA.exec(text.slice(Math.max(0, m.start - 50), m.start)) : null;
    if (setOff) {
      const [, det, set] = setOff as unknown as [string, string, string];
      const words = set.toLowerCase().split(/\s+/);
      const of = words.indexOf('of');
      add(seen, of > 0 ? words[of - 1] : words[words.length - 1], m);
      if (words.length > 1) add(seen, words.join(' '), m, true);
      // ('My father, Hal Dorsey,' → 'my father' later in the article)
      if (/^(?:my|our|his|her|their)$/i.test(det)) add(seen, `${det.toLowerCase()} ${set}`, m, true);
    }
    const last = LAST_WORD.exec(before)?.[1]?.toLowerCase();
    // ('Vice President-elect Corinne Ashby' is no 'president-elect', 'Deputy Director X' no 'director')
    const second = last ? SECOND_IN_RANK.exec(before.slice(0, before.length - LAST_WORD.exec(before)![0].length))?.[1]?.toLowerCase() : undefined;
    if (second && last) add(seen, `${second} ${last}`, m, true);
    else add(seen, last && SINGULAR_ROLES.has(last) ? last : BEFORE.exec(before)?.[1], m);
    // ('White House press secretary Joel Amsden' → 'the press secretary said' too)
    const pair = !second && last && SINGULAR_ROLES.has(last) ? /\b([a-z]+) [a-z]+\s+$/.exec(before)?.[1] : undefined;
    if (pair && !/^(?:the|a|an|said|says|and|of|to|for|with|by|his|her|their|its)$/.test(pair)) add(seen, `${pair} ${last}`, m, true);
    // ('Marla Quinby, the Republican nominee,': also under 'republican nominee', so that two nominees stay apart)
    const after = AFTER.exec(text.slice(m.end, m.end + 60));
    add(seen, after?.[2], m);
    if (after && after[1] !== after[2] && SINGULAR_ROLES.has(after[2]!)) add(seen, after[1]!.toLowerCase(), m, true);
    // ('Harold Bixby, a retired teacher,' → 'the retired teacher said'; 'Gary Stoltz, a truck driver,' → 'the truck driver')
    else if (after && after[1] !== after[2] && /^(?:an?|the)\s/i.test(text.slice(m.end + 1, m.end + 8).trim())) add(seen, after[1]!.toLowerCase(), m, true);
    // 'Finance Minister Oskar Velde' → 'the finance minister said'
    // ('Attorney General Ruben Estavillo' → 'the attorney general said')
    for (const r of m.entity.roles ?? []) if (r.includes(' ') && /^\p{L}+$/u.test(r.split(' ').pop()!)) add(seen, r.toLowerCase(), m, true);
    // 'Minister of Foreign Affairs Karim Mansouri' → 'the minister said'
    for (const r of m.entity.roles ?? []) { const head = (r.includes(' of ') || r.includes(' for ')) && PORTFOLIO.exec(r)?.[1]?.toLowerCase(); if (head) add(seen, head, m, true); }
    // 'Emeka Barnaby, 52,' / 'Emeka Barnaby (52)' → 'the 52-year-old said'
    const age = AGE.exec(text.slice(m.end, m.end + 8))?.[1];
    if (age) add(seen, `${age}-year-old`, m);
  }
  const qualifiedHeads = new Set([...seen.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').pop()!));
  const lookup = (phrase: string, before: number) => {
    // 'republican nominee' as introduced; else the bare head, unless the head was introduced with other qualifiers
    // ('the Democratic nominee' is not the one introduced as 'the Republican nominee')
    // ('the former secretary of state': the head is the word before 'of')
    const ofAt = phrase.split(' ').indexOf('of');
    const words = (ofAt > 0 ? phrase.split(' ').slice(0, ofAt) : phrase.split(' '));
    const head = words.pop()!;
    // ('the state director' is the one introduced as 'Tollamay state director')
    const exact = latestBefore(seen.get(phrase), before) ?? (words.length ? latestBefore([...seen].filter(([k]) => k.endsWith(` ${phrase}`)).flatMap(([, xs]) => xs).sort((a, b) => a.at - b.at), before) : undefined);
    // a telling qualifier ('the Republican nominee', 'the Indiana governor') must match as introduced
    if (exact || (words.length && (qualifiedHeads.has(head) || !words.every((w) => GENERIC.has(w))))) return exact;
    return latestBefore(seen.get(head), before);
  };
  // ('the Republican nominee': introduced with that qualifier; 'the former senator': with the head)
  const holds = (role: string, entity: Entity, before: number) => {
    const words = role.split(' ');
    const key = words.slice(0, -1).every((w) => GENERIC.has(w)) ? words[words.length - 1]! : role;
    return (seen.get(key) ?? []).some((x) => x.entity === entity && x.at < before);
  };
  return Object.assign(lookup, { holds });
}

function latestBefore(xs: Seen[] | undefined, before: number): Entity | undefined {
  if (!xs) return undefined;
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.at < before) lo = mid + 1; else hi = mid; }
  return xs[lo - 1]?.entity;
}

// ('her mother' is whoever was introduced as someone's mother, when no 'her mother' was)
const GENERIC = new Set('new former veteran longtime senior top chief acting interim current outgoing incoming embattled beleaguered young old then same his her their its'.split(' '));
const PORTFOLIO = /(\p{L}+) (?:of|for) \p{Lu}/u;
const AGE = /^(?:,\s*|\s*\()(\d{1,3})[,)]/;

function add(seen: Map<string, Seen[]>, role: string | undefined, m: Mention, phrase = false): void {
  if (!role || !(phrase || SINGULAR_ROLES.has(role) || /^\d{1,3}-year-old$/.test(role))) return;
  const xs = seen.get(role) ?? [];
  xs.push({ at: m.start, entity: m.entity });
  seen.set(role, xs);
}
