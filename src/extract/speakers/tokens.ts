import { REPORTING_VERBS, ROLE_NOUNS, STATE_NOUN } from '../lexicon.ts';
import { isFirstName } from '../entities/first-names.ts';

/**
 * Words of a frame and what they are: reporting verbs (not nouns spelled the same), stops, determiners.
 *
 *   tokenize('Ruiz, a judge, said') → Ruiz , a judge , said;  isVerb(<'a Trump tweet'>, 2) === false
 */
export type Tok = { w: string; lw: string };
const TOKENS = /\p{N}{1,3}(?:,\p{N}{3})+|[\p{L}\p{N}][\p{L}\p{N}'.\-]*|[,;:()]|(?<=\s)-+(?=\s)/gu; // ('1,800' is one word)
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(s); m; m = TOKENS.exec(s)) {
    const w = m[0];
    const lw = w.toLowerCase();
    out.push({ w, lw: lw.endsWith('.') ? lw.slice(0, -1) : lw });
  }
  return out;
}

export const ADVERB_OR_AUX = new Set('also then later again once never previously recently has had have would will had did does do not just even often repeatedly further simply flatly reportedly privately publicly allegedly initially'.split(' '));
/** 'also', 'had', 'reportedly': an adverb or auxiliary (not 'ally', 'family', 'Kelly': nouns and names ending in -ly). */
export const isAdverbOrAux = (t: Tok) => ADVERB_OR_AUX.has(t.lw) || (t.lw.endsWith('ly') && t.lw.length >= 5 && t.w[0] === t.lw[0] && !LY_NOUNS.has(t.lw));
const LY_NOUNS = new Set('ally family assembly rally daily weekly monthly quarterly supply reply bully belly jelly tally folly anomaly monopoly homily melancholy'.split(' '));
export const CLAUSE_STOP = new Set('that which who whom what when and but because if while as since though although whereas is was are were be been it this these those to by than or so for in on at with from about after before during until'.split(' '));
export const SUBJECT_STOP = new Set('that which who what when and but because if while though is was are were to after before during until since'.split(' '));
export const NOT_SUBJECT_START = new Set('for in on at to from with by of and but or as because which that who is was were are than about after before during into over under'.split(' '));
export const AFTER_STOP = new Set('who which that in on at during after before when while as to because and but told according last this said says earlier'.split(' '));

export const DETERMINER = /^(?:a|an|the|one|another)$/i;
export const SPEECH = new Set('said says say told tells added adds noted wrote writes explained insisted warned claimed stated acknowledged asked replied declared tweeted continued argued argues'.split(' '));
/** A reporting verb, not a noun spelled the same ('the rules', 'a charge', 'his reply'). */
export const NOUN_BEFORE = new Set('the a an his her its their our my your every each'.split(' '));
const DOCUMENT = /^(?:memo|report|letter|statement|document|filing|complaint|indictment|lawsuit|order|ruling|bill|study|survey|email|e-mail|plan|contract|agreement|opinion|decision|brief|motion|release|audit|review|analysis|transcript)$/;
const ADVERB_LIKE = /ly$|^(?:also|then|not|just|again|never)$/;
export const isVerb = (toks: Tok[], i: number) => {
  const t = toks[i];
  // 'fired back', 'shot back', 'hit back': a retort
  if (t && /^(?:fired|fires|shot|shoots|hit|hits|pushed|snapped)$/.test(t.lw) && toks[i + 1]?.lw === 'back') return true;
  // (every other answer needs a reporting verb: the cheap test first, for this runs on every word of a frame)
  if (!t || !REPORTING_VERBS.has(t.lw)) return false;
  const before = toks[i - 1]?.lw ?? '';
  // 'Kim's mental state', 'the official report': a noun after a possessive or an adjective
  // ('one official said': "said" is never a noun, so the adjective test is for the noun-like words only)
  // ('a private call', 'the official report': a noun after a determiner and an adjective)
  // ('the memo states', 'the report notes': a document's verb, not 'the official report')
  const documentVerb = DOCUMENT.test(before) && NOUN_BEFORE.has(toks[i - 2]?.lw ?? '') && /s$/.test(t.lw);
  const adjective = !documentVerb && NOUN_LIKE.test(t.lw) && /^(?:\p{Ll}|\p{N}+-\p{Ll})/u.test(toks[i - 1]?.w ?? '') && (/(?:al|ic|ous|ive|ful)$/.test(before) || NOUN_BEFORE.has(toks[i - 2]?.lw ?? '') || (NOUN_BEFORE.has(toks[i - 3]?.lw ?? '') && /^\p{Ll}+$/u.test(toks[i - 2]?.w ?? '')) || (/['’]s$/.test(toks[i - 2]?.w ?? '') && !ROLE_NOUNS.has(before)) || QUANTITY.has(before) || (/^(?:of|in|with|by)$/.test(toks[i - 2]?.lw ?? '') && !/^(?:to|and|or|but|not|also|then|that)$/.test(before)));
  // ('an audio message posted online', 'a statement released Friday': a participle after a noun that follows a determiner)
  if (PARTICIPLE.has(t.lw) && /^\p{Ll}+$/u.test(toks[i - 1]?.w ?? '') && (NOUN_BEFORE.has(toks[i - 2]?.lw ?? '') || NOUN_BEFORE.has(toks[i - 3]?.lw ?? ''))) return false;
  // ('Heartland state chairman Boyd Carrick', 'state officials': the noun before an office)
  if (t.lw === 'state' && STATE_NOUN.test(toks[i + 1]?.lw ?? '')) return false;
  // ('expects to win states "nobody has"', 'to deny reports': a plural noun after an infinitive)
  if (/s$/.test(t.lw) && toks[i - 2]?.lw === 'to' && /^\p{Ll}{2,}$/u.test(toks[i - 1]?.w ?? '') && !ADVERB_LIKE.test(before)) return false;
  // ('the secretary of state said': a noun after 'of')
  return !/^\p{Lu}/u.test(t.w) && !NOUN_BEFORE.has(before) && before !== 'of' && !/'s$/.test(before) && !adjective && !namedNoun(toks, i);
};

/**
 * 'people familiar with the matter', 'a source close to the talks': the preposition at k belongs to
 * the description of an unnamed source, not to a new clause.
 */
export const isSourceLink = (toks: Tok[], k: number): boolean =>
  SOURCE_LINKS.has(`${toks[k - 1]?.lw ?? ''} ${toks[k]?.lw ?? ''}`) || (toks[k]?.lw === 'of' && toks[k - 1]?.lw === 'knowledge')
  // ('A Keystone Senate candidate in Missouri told donors': a person described by where they are)
  // ('A former colleague of Vail's on Pryce's staff': where the person works)
  || (toks[k]?.lw === 'on' && /^(?:staff|team|board|payroll|committee|council|panel|bench)$/.test(toks[k + 2]?.lw ?? '') && (/['’]s$/.test(toks[k + 1]?.w ?? '') || toks[k + 1]?.lw === 'the'))
  || (/^(?:in|from)$/.test(toks[k]?.lw ?? '') && PLACED.has(toks[k - 1]?.lw ?? '') && /^\p{Lu}/u.test(toks[k + 1]?.w ?? ''))
  // ('Tammy in Sarasota agreed', 'Phil in Canton reminded us': a reader known by a first name and a town)
  || (/^(?:in|from|of)$/.test(toks[k]?.lw ?? '') && /^\p{Lu}\p{Ll}+$/u.test(toks[k - 1]?.w ?? '') && !/^\p{Lu}/u.test(toks[k - 2]?.w ?? '') && isFirstName(toks[k - 1]!.w) && /^\p{Lu}/u.test(toks[k + 1]?.w ?? ''));
const PLACED = new Set('embassy embassies consulate mission office bureau delegation branch chapter candidate candidates voter voters resident residents lawmaker lawmakers official officials organizer organiser activist activists farmer farmers teacher worker workers supporter supporters delegate delegates'.split(' '));
const SOURCE_LINKS = new Set(['familiar with', 'close to', 'briefed on', 'knowledgeable about', 'involved in', 'privy to', 'aware of', 'with knowledge',
  // 'Sources at the Foreign Ministry', 'a source in diplomatic circles', 'officials at the ministry'
  // 'a senior aide to the transition', 'an adviser to the governor'
  'aide to', 'aides to', 'adviser to', 'advisers to', 'advisor to', 'advisors to', 'counsel to', 'assistant to', 'confidant to',
  'sources at', 'source at', 'sources in', 'source in', 'sources within', 'source within', 'officials at', 'official at', 'diplomats in',
  // 'A senior official in the Larkin party said', 'an aide in the governor's office'
  'official in', 'officials in', 'aide in', 'aides in', 'operative in', 'operatives in', 'strategist in', 'member of', 'members of',
  // "Keene's letter to Congress says": a document's addressee belongs to its description
  'letter to', 'memo to', 'email to', 'message to', 'note to', 'statement to',
  // ('The former campaign manager for Gov. Evelyn Renfrow', 'A former colleague of Vail's'): a person described by whom they work with
  'manager for', 'managers for', 'colleague of', 'colleagues of', 'friend of', 'friends of', 'lawyer for', 'lawyers for', 'attorney for', 'attorneys for',
  'staffer for', 'staffers for', 'chief of', 'director of', 'deputy to',
  // ('One supporter interviewed by the Ledger': who asked is no part of who spoke; cut again in before.ts)
  'interviewed by', 'reached by', 'contacted by', 'polled by', 'surveyed by', 'quoted by']);
/** 'Voters have questions', 'raised concerns', 'some comments': a plural noun after a verb of having or a quantity */
const QUANTITY = new Set('have has had raise raised raises some many few more most all both no any several'.split(' '));
const PARTICIPLE = new Set('posted released issued published broadcast aired sent written signed distributed circulated'.split(' '));
const NOUN_LIKE = /^(?:tweets?|claims?|comments?|reports?|charges?|calls?|promises?|pledges?|remarks?|repl(?:y|ies)|notes?|warnings?|vows?|questions?|demands?|quips?|jokes?|rules?|posts?|states?|words?|answers?|responses?)$/;
/** 'a Donald Trump tweet', 'the White House statement': a name between a determiner and the word. */
function namedNoun(toks: Tok[], i: number): boolean {
  if (!NOUN_LIKE.test(toks[i]!.lw)) return false; // 'the Harwick Gazette wrote' is a verb
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && /^\p{Lu}/u.test(toks[k]!.w)) k--;
  // ('Morgan of the Sierra Club said': the name ends a phrase, and the word is a verb)
  return k < i - 1 && k >= 0 && NOUN_BEFORE.has(toks[k]!.lw) && !NOT_SUBJECT_START.has(toks[k - 1]?.lw ?? '');
}

export function lastIndexWhere<T>(xs: T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!, i)) return i;
  return -1;
}
