import { NOT_NAMES, REPORTING_VERBS } from '../lexicon.ts';

/**
 * The speaker phrase in the words around a quote (the "frame"), before any resolution.
 *
 *   speakerAfter(', Ruiz, a former judge, said on Monday.')   → 'Ruiz'
 *   speakerAfter(' said Victor Cha, who served ...')         → 'Victor Cha'
 *   speakerBefore('In a statement, the ministry said: ')     → 'the ministry'
 *   speakerBefore('According to a company spokesperson, ')   → 'a company spokesperson'
 *
 * Frames are a sentence or less, so everything here is bounded by sentence length.
 */
export type Found = { phrase: string; cue: string };

type Tok = { w: string; lw: string };
const TOKENS = /[\p{L}\p{N}][\p{L}\p{N}'.\-]*|[,;:()]/gu;
const tokenize = (s: string): Tok[] => [...s.matchAll(TOKENS)].map((m) => ({ w: m[0], lw: m[0].toLowerCase().replace(/\.$/, '') }));

const ADVERB_OR_AUX = new Set('also then later again once never previously recently has had have would will had did does do not just even often repeatedly further simply flatly reportedly privately publicly allegedly initially'.split(' '));
const CLAUSE_STOP = new Set('that which who whom what when and but because if while as since though although whereas is was are were be been it this these those to by than or so for in on at with from about after before during until'.split(' '));
const SUBJECT_STOP = new Set('that which who what when and but because if while though is was are were to after before during until since'.split(' '));
const NOT_SUBJECT_START = new Set('for in on at to from with by of and but or as because which that who is was were are than about after before during into over under'.split(' '));
const AFTER_STOP = new Set('who which that in on at during after before when while as to because and but told according last this said says earlier'.split(' '));

const DETERMINER = /^(?:a|an|the|one|another)$/i;
const SPEECH = new Set('said says say told tells added adds noted wrote writes explained insisted warned claimed stated acknowledged asked replied declared tweeted continued argued argues'.split(' '));
/** A reporting verb, not a noun spelled the same ('the rules', 'a charge', 'his reply'). */
const NOUN_BEFORE = new Set('the a an his her its their our my your every each'.split(' '));
const isVerb = (toks: Tok[], i: number) => {
  const t = toks[i];
  const before = toks[i - 1]?.lw ?? '';
  // 'Kim's mental state', 'the official report': a noun after a possessive or an adjective
  return !!t && REPORTING_VERBS.has(t.lw) && !/^\p{Lu}/u.test(t.w) && !NOUN_BEFORE.has(before) && !/(?:'s|al|ic|ous|ive|ful)$/.test(before);
};

/** Speaker of a quote from the words right after it: '," Ruiz said' or '," said Ruiz'. */
export function speakerAfter(frame: string): Found | null {
  const toks = tokenize(frame);
  let i = 0;
  while (toks[i]?.w === ',') i++;
  if (toks[i]?.lw === 'according' && toks[i + 1]?.lw === 'to') {
    const np: string[] = [];
    for (let j = i + 2; j < toks.length && toks[j]!.w !== ',' && np.length < 8; j++) np.push(toks[j]!.w);
    return np.length ? { phrase: np.join(' ').replace(/\.$/, ''), cue: 'according to' } : null;
  }
  const limit = Math.min(toks.length, i + 24); // room for appositives: 'Pruitt, the attorney general, one of ..., said'
  let v = i;
  while (v < limit && !isVerb(toks, v) && toks[v]!.w !== ';' && toks[v]!.w !== ':') v++;
  if (v >= limit || !isVerb(toks, v)) return null;
  const cue = toks[v]!.w;
  if (v === i || toks.slice(i, v).every((t) => ADVERB_OR_AUX.has(t.lw) || t.lw.endsWith('ly'))) {
    const np: string[] = [];
    for (let j = v + 1; j < toks.length && np.length < 8; j++) {
      const t = toks[j]!;
      if (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || AFTER_STOP.has(t.lw)) break;
      np.push(t.w);
    }
    return np.length ? { phrase: np.join(' ').replace(/\.$/, ''), cue } : null;
  }
  let subj = toks.slice(i, v);
  while (subj.length && (ADVERB_OR_AUX.has(subj[subj.length - 1]!.lw) || /ly$/.test(subj[subj.length - 1]!.lw))) subj = subj.slice(0, -1);
  // ', she said' after a fragment: the part after the last comma; 'Flynn, a surrogate, said': before the first
  const lastComma = lastIndexWhere(subj, (t) => t.w === ',');
  const firstComma = subj.findIndex((t) => t.w === ',' || t.w === '(');
  const named = firstComma > 0 && /^\p{Lu}/u.test(subj[0]!.w) && !NOT_SUBJECT_START.has(subj[0]!.lw);
  if (lastComma >= 0 && lastComma < subj.length - 1 && !named) subj = subj.slice(lastComma + 1);
  else if (firstComma >= 0) subj = subj.slice(0, firstComma);
  if (!subj.length || subj.length > 8 || NOT_SUBJECT_START.has(subj[0]!.lw) || subj.some((t) => SUBJECT_STOP.has(t.lw))) return null;
  return { phrase: subj.map((t) => t.w).join(' '), cue };
}

/** Speaker of a quote from the words before it: 'Ruiz said: ' / 'Ruiz called it a ' / 'According to Ruiz, '. */
export function speakerBefore(frame: string): Found | null {
  return beforeTokens(tokenize(frame), 0);
}

function beforeTokens(toks: Tok[], depth: number): Found | null {
  const acc = lastIndexWhere(toks, (t, k) => t.lw === 'according' && toks[k + 1]?.lw === 'to');
  // a cue right before the quote governs ('Trump boasted, "..."'); else the last plain speech verb
  // ('Ryan said the protests demand "..."'); else the last cue
  const lastCue = lastIndexWhere(toks, (_, k) => isVerb(toks, k));
  let v = lastCue >= 0 && toks.length - lastCue <= 3 ? lastCue : lastIndexWhere(toks, (t) => SPEECH.has(t.lw) && !/^\p{Lu}/u.test(t.w));
  if (v < 0) v = lastCue;
  if (acc >= 0 && acc > v) {
    const np: string[] = [];
    for (let j = acc + 2; j < toks.length && toks[j]!.w !== ',' && np.length < 8; j++) np.push(toks[j]!.w);
    return np.length ? { phrase: np.join(' '), cue: 'according to' } : null;
  }
  // 'she said, referencing the ...': the speaker is the subject of the earlier verb
  if (v > 0 && /ing$/.test(toks[v]!.lw)) {
    const earlier = lastIndexWhere(toks.slice(0, v), (_, k) => isVerb(toks, k));
    if (earlier >= 0 && v - earlier <= 3) v = earlier;
  }
  let cue = v >= 0 ? toks[v]!.w : ':';
  if (v < 0) {
    if (toks[toks.length - 1]?.w !== ':') return null;
    // 'Coach Emeka Barnaby was blunt:' → the opening noun phrase
    const np = openingPhrase(toks);
    return np ? { phrase: np, cue: ':' } : null;
  }
  if (cue !== ':' && toks.length - v > 40) return null;
  let j = v - 1;
  while (j >= 0 && (ADVERB_OR_AUX.has(toks[j]!.lw) || (toks[j]!.lw.endsWith('ly') && !/^\p{Lu}/u.test(toks[j]!.w)))) j--;
  // appositives: 'Flynn, a top Trump surrogate, said' / 'Ayrault, the minister, a veteran, said' / 'Ryan (R-Wis.) said'
  for (let n = 0; n < 3 && (toks[j]?.w === ',' || toks[j]?.w === ')'); n++) {
    let k = j - 1;
    while (k >= 0 && toks[k]!.w !== ',' && toks[k]!.w !== '(' && j - k < 16) k--;
    if (k > 0 && (toks[k]!.w === ',' || toks[k]!.w === '(')) j = k - 1;
    else return null;
    if (/^\p{Lu}/u.test(toks[j]!.w) && !DETERMINER.test(toks[j]!.w)) break;
  }
  // 'Roberts said Friday that ... but said "...": the subject of the first verb
  if ((toks[j]?.lw === 'and' || toks[j]?.lw === 'but') && depth < 2) {
    const earlier = beforeTokens(toks.slice(0, j), depth + 1);
    if (earlier) return { phrase: earlier.phrase, cue };
    const opening = openingPhrase(toks.slice(0, j)); // 'The nominee outlined a plan and vowed ...'
    if (opening) return { phrase: opening, cue };
  }
  if (toks[j] && SUBJECT_PRONOUNS.has(toks[j]!.lw)) return { phrase: toks[j]!.w, cue }; // '... network RT he blasted'
  const np: string[] = [];
  for (; j >= 0 && np.length < 7; j--) {
    const t = toks[j]!;
    if (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || CLAUSE_STOP.has(t.lw) || isVerb(toks, j)) break;
    np.unshift(t.w);
  }
  return np.length ? { phrase: np.join(' '), cue } : null;
}

const ADVERB_OPENERS = /^(?:However|Still|Meanwhile|Later|Instead|Yet|Also|Now|Then|Earlier|Again|Previously|Separately|Indeed)$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const OPENING_DETERMINERS = new Set('the a an his her its their one another several some many'.split(' '));

/** The noun phrase a clause opens with: 'The Republican nominee also outlined ...' → 'The Republican nominee'. */
function openingPhrase(all: Tok[]): string | null {
  let toks = all;
  const np: string[] = [];
  let lower = 0;
  // an opening adverb or phrase set off by a comma is not the subject: 'However, he ...', 'In July, Gingrich ...'
  const comma = toks.findIndex((t) => t.w === ',');
  if (comma > 0 && comma <= 4 && (ADVERB_OPENERS.test(toks[0]!.w) || NOT_SUBJECT_START.has(toks[0]!.lw) || !/^\p{Lu}/u.test(toks[comma - 1]!.w))) {
    toks = toks.slice(comma + 1);
  }
  for (const [k, t] of toks.entries()) {
    if (t.w === ',' || t.w === ':' || CLAUSE_STOP.has(t.lw) || ADVERB_OR_AUX.has(t.lw) || isVerb(toks, k) || np.length >= 6) break;
    const cap = /^\p{Lu}/u.test(t.w);
    if (!cap && !OPENING_DETERMINERS.has(t.lw)) {
      if (!np.length || /(?:ed|ing)$/.test(t.lw) || ++lower > 3) break;
    }
    np.push(t.w);
  }
  // 'All this has led ...', 'His Harvard degree ...' do not speak
  if (!np.length || np.every((w) => OPENING_DETERMINERS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) return null;
  return /^(?:his|her|its|their|my|our|your)$/i.test(np[0]!) ? null : np.join(' ');
}

/** The subject a sentence opens with, for quotes that have no cue of their own. */
export function openingSubject(sentence: string): string | null {
  return openingPhrase(tokenize(sentence));
}

function lastIndexWhere<T>(xs: T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!, i)) return i;
  return -1;
}
