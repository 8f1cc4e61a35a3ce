import { NOT_NAMES, REPORTING_VERBS } from '../lexicon.ts';
import { LABEL } from './patterns.ts';
import { ADVERB_OR_AUX, CLAUSE_STOP, isVerb, NOT_SUBJECT_START, tokenize, type Tok } from './tokens.ts';

/**
 * The noun phrase a sentence opens with, past an opening adverb or prepositional phrase.
 *
 *   openingSubject('With the vote near, Mayor Ana Ruiz is rolling out a message:') → 'Mayor Ana Ruiz'
 */
const ADVERB_OPENERS = /^(?:However|Still|Meanwhile|Later|Instead|Yet|Also|Now|Then|Earlier|Again|Previously|Separately|Indeed)$/;
const OCCASION = /^(?:asked|pressed|when|while|although|though|if|once|speaking|responding|questioned|interviewed)$/;
const HEADLINE_VERBS = /^(?:Disputes|Denies|Slams|Blasts|Rips|Defends|Rejects|Accuses|Mocks|Hits|Knocks|Backs|Endorses|Questions)$/;
const TIME_NOUN = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|later|earlier|afterward|afterwards)$/i;
export const IMPERATIVE = /^(?:Call|Stop|Let|Please|Remember|Imagine|Consider|Look|Think|Forget|Try|Take|Keep|Give|Tell|Ask|Don['’]t|Do|Go|Come|Get|Listen|Watch|Read|Note)$/;
/** ('A divided federal appeals court'): the head noun may be a fourth word in lower case */
const HEAD_NOUN = /^(?:court|panel|committee|board|council|commission|jury|agency|department|group|team|campaign|party|union|coalition)$/;
const OPENING_DETERMINERS = new Set('the a an his her its their one another several some many'.split(' '));

/** The noun phrase a clause opens with: 'The Republican nominee also outlined ...' → 'The Republican nominee'. */
export function openingPhrase(all: Tok[]): string | null {
  let toks = all;
  const np: string[] = [];
  let lower = 0;
  // an opening adverb or phrase set off by a comma is not the subject: 'However, he ...', 'In July, Gingrich ...'
  const comma = toks.findIndex((t) => t.w === ',');
  // 'With the election near, President Ruiz is rolling out ...': a longer opening phrase led by a preposition
  // ('Asked if Fairlie was the pick, Dalton Krebs shrugged:', 'When pressed, ...': an occasion, then the subject)
  // ('Back on the loading dock, Ms. Whitcombe ended her remarks:': an adverb of place leading a phrase)
  const placeLead = /^(?:back|out|up|down|over|later|earlier|elsewhere|once|home|there)$/.test(toks[0]?.lw ?? '') && NOT_SUBJECT_START.has(toks[1]?.lw ?? '');
  const lead = comma > 0 && (comma <= 4 || (comma <= 25 && (NOT_SUBJECT_START.has(toks[0]!.lw) || OCCASION.test(toks[0]!.lw) || placeLead)));
  if (lead && (ADVERB_OPENERS.test(toks[0]!.w) || placeLead || NOT_SUBJECT_START.has(toks[0]!.lw) || OCCASION.test(toks[0]!.lw) || !/^\p{Lu}/u.test(toks[comma - 1]!.w))) {
    toks = toks.slice(comma + 1);
  }
  // ('self-described democratic socialist Sen. Elliot Rusk blasted': descriptors before a name; not 'titled "Arrogant"')
  const named = /^\p{Ll}/u.test(toks[0]?.w ?? '') && !OPENING_DETERMINERS.has(toks[0]!.lw) ? toks.findIndex((t) => /^\p{Lu}/u.test(t.w)) : -1;
  if (named > 0 && named <= 4 && toks.slice(0, named).every((t, k) => /^[\p{Ll}-]+$/u.test(t.w) && (t.w.includes('-') || !/(?:ed|ing)$/.test(t.w)) && !CLAUSE_STOP.has(t.lw) && !ADVERB_OR_AUX.has(t.lw) && !isVerb(toks, k))) toks = toks.slice(named);
  for (const [k, t] of toks.entries()) {
    if (t.w === ',' || t.w === ':' || CLAUSE_STOP.has(t.lw) || ADVERB_OR_AUX.has(t.lw) || isVerb(toks, k) || np.length >= 6) break;
    // ("Eyewitness Disputes Voss Accuser's Story:": a headline's verb, capitalised like every word)
    if (k > 0 && /^\p{Lu}\p{Ll}+s$/u.test(t.w) && (REPORTING_VERBS.has(t.lw) || HEADLINE_VERBS.test(t.w))) break;
    const cap = /^\p{Lu}/u.test(t.w);
    if (!cap && !OPENING_DETERMINERS.has(t.lw)) {
      // ('The retired teacher beside her offered': a participle right after the article is an adjective)
      if (!np.length || (/(?:ed|ing)$/.test(t.lw) && !(np.length === 1 && OPENING_DETERMINERS.has(np[0]!.toLowerCase()) && /ed$/.test(t.lw))) || (++lower > 3 && !(lower === 4 && HEAD_NOUN.test(t.lw)))) break;
    }
    np.push(t.w);
  }
  // ('The retired teacher beside her': who she stood beside is no part of who she is)
  if (np.length > 3 && /^(?:beside|behind|near|with|next)$/i.test(np[np.length - 2]!) && /^(?:her|him|them|me|us)$/i.test(np[np.length - 1]!)) np.splice(-2);
  // 'All this has led ...', 'His Harvard degree ...' do not speak
  if (!np.length || np.every((w) => OPENING_DETERMINERS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) return null;
  // ('She put classified material ...': the pronoun is the subject; 'A few seconds later:', 'Stop calling it': no one)
  if (/^(?:he|she|they)$/i.test(np[0]!)) return np[0]!;
  // ('Read the full statement below:': an imperative has no subject)
  if (TIME_NOUN.test(np[np.length - 1]!) || IMPERATIVE.test(np[0]!)) return null;
  return /^(?:his|her|its|their|my|our|your)$/i.test(np[0]!) || LABEL.test(np.join(' ')) ? null : np.join(' ');
}

/** The subject a sentence opens with, for quotes that have no cue of their own. */
export function openingSubject(sentence: string): string | null {
  return openingPhrase(tokenize(sentence));
}

