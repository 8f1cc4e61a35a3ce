import type { Sentence } from '../02-sentences.ts';
import type { EntityIndex, Gender } from '../05-entities.ts';
import type { Entity } from '../types.ts';
import { ROLE_NOUNS, TITLES } from '../lexicon.ts';

/**
 * Who the article is talking about at a point: the people who were subjects of recent sentences
 * ("Ruiz met Bell." → Ruiz) or speakers of recent quotes. "He"/"she" resolve to the latest of them.
 *
 *   'Ana Ruiz met Tom Bell on Monday. She said ...' → salient(<she>, 'f') is Ana Ruiz
 */
type Mark = { at: number; entity: Entity };
const SAYS_AFTER = /^(?:'s?)?,? (?:said|says|told|added|wrote|noted|explained|argued|asked|tweeted)\b/;
const PRONOUN_FIRST = /(?:^|[^\p{L}'])(?:he|she|they|He|She|They)\b/u;
const TITLED_GAP = /^ (?:[A-Z][a-z]+\.? ){1,3}$/;
const LEADING_PHRASE = /^(?:Earlier|Later|Meanwhile|Separately|Elsewhere|In|At|On|During|After|Before|With|From|Since|Following|Despite|Unlike|Like|For|Under|Over|Throughout|Amid|Among|Asked|When asked|Pressed|Speaking|Responding|(?:As|When|While|Once|Although|Though)(?= [a-z]| I\b)) [^,;"“”]{3,140}, /;
/** (the same with a quoted title inside: 'In an interview with the Meridian Network's "Capitol Close-Up" program, ') */
const LEADING_QUOTED = new RegExp(LEADING_PHRASE.source.replace(' [^,;"“”]{3,140}, ', ' (?:[^,;"“”]|["“][^"“”,;]{1,40}["”]){3,140}(?:, |,["”] )'));
const KIN_SUBJECT = /(?:^|,\s)((?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:late\s+|older\s+|younger\s+|elder\s+|\d{1,2}-year-old\s+)?(father|mother|husband|wife|son|daughter|brother|sister|grandfather|grandmother|uncle|aunt|dad|mum|mom))\b(?!\s*,(?!\s+who\b)|'s)(?=\s+\p{Ll}+|,\s+who\s[^,]{3,60},\s+\p{Ll}+)/u;
// ('A 34-year-old nurse who said she voted for him put it more sharply': a relative clause may follow the noun)
const SOMEONE_NOUNS = 'man|woman|girl|boy|lady|mother|father|grandmother|grandfather|supporter|protester|voter|worker|student|resident|neighbor|neighbour|customer|passer-by|bystander|nurse|teacher|retiree|veteran|farmer|driver|owner|mechanic|engineer|pastor|accountant|waitress|waiter|cashier|electrician|plumber|trucker|homemaker|contractor|florist|agent|librarian|firefighter|miner|welder|carpenter|clerk|lobbyist|official|aide|adviser|strategist|operative|donor|organizer|volunteer|staffer|hostess|contestant|employee|assistant|producer|receptionist|intern|colleague|classmate|analyst|trader|investor|borrower|machinist|shareholder';
const UNNAMED = new RegExp(`^(?:${SOMEONE_NOUNS})$`);
const SOMEONE_SUBJECT = new RegExp(String.raw`^((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(${SOMEONE_NOUNS})(?:\s+(?:in|with|from|wearing|holding|at|for)\s+[^,.;:"“”]{2,40}?)?)(?<rel>\s+who\s+[^,.;:"“”]{2,100}?)?(?=,|\s+(?:(?:\p{Ll}+ly|then|later|also|suddenly)\s+)?(?:\p{Ll}+ed|\p{Ll}+s(?!\s+(?:said|says|told|added|wrote)\b)|had|was|put|made|took|gave|kept|got|sat|stood|spoke|said|told|wrote)\b)`, 'u');
const CLAUSE_VERB_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|may|might|must|can)\b/;
const DIED = /\b(?:died|passed away|was killed|is dead|was buried)\b/;
const FEMALE_KIN = /^(?:mother|wife|daughter|sister|grandmother|aunt|mum|mom)$/;
/** ' campaign spokesman ' between two names: role words only (not ' sings to ', ' has gone after '). */
// ('White House press secretary Nathan Albrecht', "The Sentinel's star forecaster, Sloane Eckhart,": a role's
// modifiers, and a role set off after a possessive)
const roleGap = (gap: string) => {
  const m = /^(['’]s)?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)(,?)\s+$/.exec(gap);
  if (!m) return false;
  const ws = m[2]!.split(/\s+/);
  const last = ws[ws.length - 1]!;
  return (ROLEISH(last) || (/(?:er|or|ist)$/.test(last) && !NOT_AGENT.test(last))) && ws.every((w) => ROLEISH(w) || ROLE_MODIFIER.has(w) || w === last);
};
const NOT_AGENT = /^(?:over|under|after|never|rather|either|neither|whether|other|later|ever|together|for|or|nor|another|sooner|however|per|prior|minor|major|floor|door|poor|order|offer|answer|letter|matter|power|water|border|number|error)$/;
const PERSON_NOUN = /^(?:wife|husband|son|daughter|mother|father|brother|sister|friend|friends|family|children|kids|boss|opponent|rival|running|deputy|successor|predecessor|partner|girlfriend|boyfriend|fiancee?|attorneys?|lawyers?|aides?|advisers?|staff|staffers|supporters|critics|allies|defenders|team|campaign|office|spokes\w+)$/;
const ROLEISH = (w: string) => TITLES.has(w) || ROLE_NOUNS.has(w);
const ROLE_MODIFIER = new Set('press senior star chief top lead former political communications national foreign legal policy media digital field finance state regional longtime veteran acting interim executive general managing staff research polling election deputy assistant associate junior'.split(' '));
/** 'The senator paused', 'the Republican nominee told': the role of a sentence's subject. */
const ROLE_SUBJECT = /^[Tt]he ([A-Za-z]+(?:-[a-z]+)?)(?: ([a-z]+(?:-[a-z]+)?))?\b(?!\s+(?:of|for|who|and)\b)/;
const ROLE_WORD = (w: string) => TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) || /^(?:nominee|candidate|chairman|chairwoman|chair|leader|president-elect|senator|governor|mayor|judge)$/i.test(w);
const INTRODUCED = /^, (?:an?|the|president|chairman|chairwoman|director|head|founder|executive|professor|spokes\p{L}+) [^,;"]{3,80}[.!?]?$/u;
// ('Another, a woman who gave her name as Denise, was less charitable': the description names its subject)
const NAMED_OPENING = /^\s*(?:another,\s+)?(?:an?|the|one)\s+(?:\p{Ll}+\s+){1,3}(?:named|called|who\s+gave\s+(?:her|his)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+(?:(?:her|him)self\s+)?only\s+as)\s+$/iu;
const VERB_BEFORE = /\b\p{Ll}{3,}ed\b|\b(?:said|told|says|met|gave|sent|won|lost|hit|took|made|sees|saw)\b/u;
const LEADING_HE_SHE = /^(He|She)\b/;
const WRITTEN_THING = /^['’]s?\s+(?:\w+\s+)?(?:answer|reply|response|email|e-mail|message|note|text|letter|memo|tweet|post|retort)\b/;
const DESCRIBED_AT = /^(?:[A-Z][a-z]*\s+)?(?:[a-z][\w-]*\s+){1,4}(?:at|of|from|in|for)\s+$/;
// ("Brannigan's running mate, Gov. Ross Kimbrough,": a title before the name may follow the comma)
const OWN_BODY_APPOSITIVE = /^\s+(?:campaign|team|office|family|administration|transition|committee|foundation)['’]s?\s+[^,;"]{1,40},\s+(?:\p{Lu}\p{L}{0,3}\.\s+)?$/u;
const POSSESSIVE_APPOSITIVE = /^'s? [^,;"]{1,40}, (?:\p{Lu}\p{L}{0,3}\. |\p{Lu}\p{Ll}+ ){0,2}$/u;
// '..., said Ana Ruiz', 'according to Ruiz': not 'Vell said Ruiz lied', where Ruiz is what was said
const SAYS_BEFORE = /(?:[,"”’]\s*(?:said|says|noted|added|wrote)|\baccording to)\s(?:\S+'s\s)?$/;

export type Salience = {
  add: (at: number, entity: Entity) => void;
  /** within: only a person written about at most this many characters before */
  latest: (at: number, gender: Gender | undefined, within?: number, soft?: boolean) => Entity | undefined;
  /** The latest organisation that was a subject or a speaker: what "it said" refers to. */
  latestOrg: (at: number) => Entity | undefined;
  genderOf: (e: Entity) => Gender | undefined;
  subjectOf: (s: Sentence) => Entity | undefined;
  /** 'my father', when an unnamed person of that gender was the subject since anyone named ('My father called me.') */
  describedSince: (at: number, gender: Gender | undefined) => string | undefined;
};

/** Whether `at` falls inside one of the few quotations from index q on (those around the sentence being read). */
const inQuote = (spans: readonly { start: number; end: number }[], q: number, at: number) => spans.slice(q, q + 4).some((x) => x.start <= at && at < x.end);

export function salience(text: string, entities: EntityIndex, sentences: Sentence[], quoteSpans: { start: number; end: number }[], roleOf?: (role: string, before: number) => Entity | undefined, skip?: ReadonlySet<number>): Salience {
  const subjects: Mark[] = [];
  const described: { at: number; phrase: string; gender: Gender | undefined }[] = [];
  const introduced: Mark[] = [];
  const orgs: Mark[] = [];
  const bySentence = new Map<number, Entity>();
  let m = 0;
  let q = 0;
  const ms = entities.mentions;
  // 'Opposition leader Ilka Varga was scathing. She called ...': a name the lexicon does not know takes
  // the gender of a he/she opening the next sentence, when the name was the only person in its sentence
  const learned = new Map<Entity, Gender>();
  let onlyPerson: { entity: Entity; para: number; at: number } | null = null;
  for (const s of sentences) {
    while (m < ms.length && ms[m]!.start < s.start) m++;
    while (q < quoteSpans.length && quoteSpans[q]!.end <= s.start) q++;
    if (skip?.has(s.start)) continue; // (a letter's signature line: its writer is no subject of what follows)
    const pronoun = LEADING_HE_SHE.exec(text.slice(s.start, s.start + 4));
    const open = onlyPerson && (!entities.genderOf(onlyPerson.entity) || entities.genderGuessed?.(onlyPerson.entity));
    // (also when the pronoun opens the next paragraph: '"...," said widow Terry Strada.⏎⏎She continued, ...')
    // (not when that sentence said otherwise: 'The nominee tore into Harrowgate over her speeches. He said')
    const other = pronoun && onlyPerson ? (pronoun[1] === 'She' ? /\b(?:he|his|him)\b/i : /\b(?:she|her|hers)\b/i).test(text.slice(onlyPerson.at, s.start).replace(/["“][^"“”]*["”]/g, '')) : false;
    if (pronoun && onlyPerson && open && s.para - onlyPerson.para <= 1 && !learned.has(onlyPerson.entity) && !other) {
      learned.set(onlyPerson.entity, pronoun[1] === 'She' ? 'f' : 'm');
    }
    const persons = new Set<Entity>();
    for (let k = m; k < ms.length && ms[k]!.start < s.end; k++) {
      const x = ms[k]!;
      if (x.entity.type === 'person' && !quoteSpans.slice(q, q + 4).some((y) => y.start <= x.start && x.start < y.end)) persons.add(x.entity);
    }
    onlyPerson = persons.size === 1 ? { entity: [...persons][0]!, para: s.para, at: s.start } : null;
    // the first person named in the sentence's opening words, outside quotes
    // 'In an interview with Rusty Humphries on Tuesday, Ham said ...': the subject follows the opening phrase
    const opening = text.slice(s.start, Math.min(s.end, s.start + 150));
    const lead = LEADING_PHRASE.exec(opening) ?? (/["“]/.test(opening) ? LEADING_QUOTED.exec(opening) : null);
    const from = lead ? s.start + lead[0].length : s.start;
    // ('The Heartland nominee tore into Harrowgate': a role opens the sentence, so a later name is no subject)
    // ('But the Civic nominee wasn't finished.': past a conjunction opening the sentence)
    const roleFrom = from + (/^(?:But|And|Yet|So|Still)\s+(?=the\s)/.exec(text.slice(from, from + 10))?.[0].length ?? 0);
    const opener = ROLE_SUBJECT.exec(text.slice(roleFrom, Math.min(s.end, roleFrom + 50)));
    const roleEnd = opener && ROLE_WORD(opener[2] ?? opener[1]!) && /^\s\p{Ll}/u.test(text.slice(roleFrom + opener[0].length, roleFrom + opener[0].length + 2)) ? roleFrom + opener[0].length : Infinity;
    for (let k = m; k < ms.length && ms[k]!.start < Math.min(s.end, from + 60, roleEnd); k++) {
      if (ms[k]!.start < from) continue;
      let mention = ms[k]!;
      // 'House Speaker Paul Ryan', 'Senate Majority Leader ...': the organisation only qualifies the title
      const next = ms[k + 1];
      if (mention.entity.type === 'organization' && next?.entity.type === 'person' && next.start - mention.end < 40 && TITLED_GAP.test(text.slice(mention.end, next.start))) mention = next;
      // 'Talbot campaign spokesman Julian Ferreira acknowledged': the first name only qualifies the role
      else if (next?.entity.type === 'person' && next.start - mention.end < 40 && roleGap(text.slice(mention.end, next.start))) mention = next;
      // ('His college roommate at Tillman State, Gabe Hollander, remembers': the place ends a description of the person named after it)
      else if (next?.entity.type === 'person' && /^,\s+$/.test(text.slice(mention.end, next.start)) && DESCRIBED_AT.test(text.slice(from, mention.start))) mention = next;
      // ('The Drexler campaign's spokeswoman, Kimberly Ashdown, disputed': the one set off is the subject)
      if (mention.entity.type === 'person' && next?.entity.type === 'person' && OWN_BODY_APPOSITIVE.test(text.slice(mention.end, next.start))) mention = next;
      // "Varga's deputy, Piet Holm, disagreed": the appositive is the subject; "Varga's deputy disagreed": nobody named
      // ("Garland's answer came the next morning.": the writer of what follows)
      if (text[mention.end] === "'" && mention.entity.type === 'person' && WRITTEN_THING.test(text.slice(mention.end, mention.end + 30))) {
        subjects.push({ at: mention.start, entity: mention.entity });
        bySentence.set(s.start, mention.entity);
        break;
      }
      if (text[mention.end] === "'" && mention.entity.type === 'person') {
        const after = ms[k + 1];
        if (after?.entity.type !== 'person' || !POSSESSIVE_APPOSITIVE.test(text.slice(mention.end, after.start))) {
          // ("Helen Marchetti's concession was gracious. '...,' she said": what is hers makes her the one in view, not
          // "Ruiz's lawyer", who is someone else)
          const noun = /^['’]s?\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b(?!['’-])/.exec(text.slice(mention.end, mention.end + 40))?.[1];
          if (noun && !inQuote(quoteSpans, q, mention.start) && mention.start - s.start < 3 && !ROLEISH(noun) && !PERSON_NOUN.test(noun)) subjects.push({ at: mention.start, entity: mention.entity });
          break;
        }
        mention = after;
      }
      if (inQuote(quoteSpans, q, mention.start)) continue;
      // 'Though she called Wells Fargo's ...': a pronoun is the subject, the name is not
      const opening = text.slice(s.start, mention.start);
      if (PRONOUN_FIRST.test(opening) && !opening.includes(',')) break;
      // 'several environmental groups granted Mr. Clarke ...': a verb before the name, so the name is an object
      // (but 'A reader named Hector, from Reading, disagreed': the description names its subject)
      if (VERB_BEFORE.test(text.slice(from, mention.start)) && !NAMED_OPENING.test(text.slice(from, mention.start))) break;
      if (mention.entity.type === 'person' || mention.entity.type === 'organization') {
        (mention.entity.type === 'person' ? subjects : orgs).push({ at: mention.start, entity: mention.entity });
        bySentence.set(s.start, mention.entity);
        break;
      }
      // 'On "Face the Nation," Sen. Ana Ruiz ...', 'In Ohio, Ruiz ...': a show or a place before the subject
      if (text[mention.end] === "'") break;
    }
    // 'As the event wound down, the senator paused': a role standing for the person introduced with it
    const role = bySentence.has(s.start) || !roleOf ? null : opener; // (the role opening the sentence, read above)
    const holder = role ? (role[2] ? roleOf!(`${role[1]} ${role[2]}`.toLowerCase(), from) : undefined) ?? roleOf!(role[1]!.toLowerCase(), from) : undefined;
    if (holder) { subjects.push({ at: from, entity: holder }); bySentence.set(s.start, holder); }
    // ('The worker wouldn't say. "...," she said, laughing.': someone unnamed, described as before)
    else if (role && (UNNAMED.test(role[2] ?? '') || UNNAMED.test(role[1]!))) described.push({ at: from, phrase: UNNAMED.test(role[2] ?? '') ? role[0].replace(/^The/, 'the') : `the ${role[1]}`, gender: undefined });
    // 'My father called me the next morning.': an unnamed person a later "he" may stand for
    // ('When I lost my first race, by 212 votes, my father called me': after the opening clauses too)
    const kin = bySentence.has(s.start) ? null : KIN_SUBJECT.exec(text.slice(s.start, Math.min(s.end, s.start + 200)));
    const kinPhrase = kin?.[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    // ('My father, Hal Dorsey, is retired. ... My father put down his fork.': the person introduced so)
    const kinHolder = kin && roleOf ? roleOf(kinPhrase!, s.start + kin.index) : undefined;
    if (kinHolder) { subjects.push({ at: s.start + kin!.index, entity: kinHolder }); bySentence.set(s.start, kinHolder); }
    // (not 'Her mother died in 2011.': the dead say nothing later on)
    else if (kin && !DIED.test(text.slice(s.start, s.end))) described.push({ at: s.start + kin.index, phrase: kinPhrase!, gender: FEMALE_KIN.test(kin[2]!) ? 'f' : 'm' });
    // ('At about 8:30 p.m., a man in a brown work jacket leaned over the barricade. "...!" he shouted.': someone unnamed)
    const someone = bySentence.has(s.start) || kin ? null : SOMEONE_SUBJECT.exec(text.slice(from, Math.min(s.end, from + 120)));
    // (the noun's gender, else a pronoun in its relative clause: 'who said she voted')
    const rel = someone?.groups?.rel;
    const relGender = rel ? (/\b(?:she|her)\b/.test(rel) ? 'f' : /\b(?:he|his|him)\b/.test(rel) ? 'm' : undefined) : undefined;
    if (someone) described.push({ at: from, phrase: someone[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), gender: /^(?:woman|girl|mother|grandmother|lady|waitress|hostess)$/.test(someone[2]!) ? 'f' : /^(?:man|boy|father|grandfather|waiter)$/.test(someone[2]!) ? 'm' : relGender });
    // people just before or after a reporting verb are speakers too ('noted NBC's Dante Chinni')
    for (let k = m; k < ms.length && ms[k]!.start < s.end; k++) {
      const x = ms[k]!;
      if (x.entity.type !== 'person' || bySentence.get(s.start) === x.entity) continue;
      const possessive = text[x.end] === "'"; // 'said Ivanka Trump's statement ...' is not Ivanka speaking
      // '... concerns Henry Crespo, president of the caucus.' ending a sentence: a man or woman just introduced
      if (s.end - x.end < 100 && entities.genderOf(x.entity) && INTRODUCED.test(text.slice(x.end, s.end))) introduced.push({ at: x.start, entity: x.entity });
      // ('said Ostrander had signed ...': the subject of what was said, not a speaker)
      const reported = CLAUSE_VERB_AFTER.test(text.slice(x.end, x.end + 12));
      if (SAYS_AFTER.test(text.slice(x.end, x.end + 14)) || (!possessive && !reported && SAYS_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)))) {
        subjects.push({ at: x.start, entity: x.entity });
      }
    }
  }
  subjects.sort((a, b) => a.at - b.at);
  const speakers: Mark[] = [];
  const genderOf = (e: Entity) => learned.get(e) ?? entities.genderOf(e);
  // the latest whose gender is the pronoun's or unknown; with `soft`, also one whose gender was only guessed from a
  // first-name list ('Merritt Vollmer laughed. "...," he said.': the list says Merritt is a woman's name)
  const lastBefore = (xs: Mark[], at: number, g: Gender | undefined, soft = false): Mark | undefined => {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.at < at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0 && lo - i < 30; i--) {
      const eg = genderOf(xs[i]!.entity);
      if (!g || !eg || eg === g || (soft && !learned.has(xs[i]!.entity) && entities.genderGuessed?.(xs[i]!.entity))) return xs[i];
    }
    return undefined;
  };
  return {
    add: (at, entity) => {
      if (entity.type === 'person') speakers.push({ at, entity });
      else if (entity.type === 'organization') orgs.push({ at, entity });
    },
    latestOrg: (at) => lastBefore(orgs, at, undefined)?.entity,
    latest: (at, g, within = Infinity, soft = false) => {
      const a = lastBefore(subjects, at, g, soft);
      const b = lastBefore(speakers, at, g, soft);
      const best = a && b ? (a.at >= b.at ? a : b) : a ?? b;
      const c = g ? lastBefore(introduced, at, g) : undefined;
      const mark = c && genderOf(c.entity) === g && (!best || c.at > best.at) ? c : best;
      return mark && at - mark.at <= within ? mark.entity : undefined;
    },
    subjectOf: (s) => bySentence.get(s.start),
    describedSince: (at, g) => {
      let d: (typeof described)[number] | undefined;
      // (a noun that says no gender, 'a Kessler supporter in a camouflage hat shouted', only for the next sentence or so)
      for (const x of described) if (x.at < at && (x.gender === g || (!x.gender && at - x.at < 250))) d = x;
      if (!d || at - d.at > 600) return undefined;
      const a = lastBefore(subjects, at, g);
      const b = lastBefore(speakers, at, g);
      return (!a || a.at < d.at) && (!b || b.at < d.at) ? d.phrase : undefined;
    },
    genderOf,
  };
}
