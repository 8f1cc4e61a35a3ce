import type { Sentence } from '../02-sentences.ts';
import type { QuoteKind } from '../types.ts';
import { hasCueOutside } from './cues.ts';
import { REPORTING_VERBS } from '../lexicon.ts';

/**
 * Which kind a quoted span is, from the span and the words around it:
 *
 *   'He called it a "witch hunt," she said.'  → 'partial';  'The plan is a "historic reset" for us.' → 'term'
 *   '"Not today, not next week."' opening its sentence → 'direct';  '"All Bets Are Off." ' alone on a line → 'term'
 */
export function kindOf(t: string, span: { start: number; end: number; opensParagraph: boolean }, words: number, sentence: Sentence | undefined): QuoteKind {
  const inner = t.slice(span.start, span.end);
  if (/^\(.*\)\.?$/.test(inner) || (words <= 8 && isHeadline(t, span, inner))) return 'term';
  if (words <= 6 && /\b(?:so-called|self-styled|self-proclaimed|self-described)\s*$/i.test(t.slice(Math.max(0, span.start - 18), span.start - 1))) return 'term'; // 'the so-called "new normal"'
  // ('Hollander, known to his listeners as "the Bulldog of the Airwaves,"': a nickname)
  if (words <= 8 && /\b(?:known|nicknamed|remembered|referred to|identified)\s+(?:\w+ly\s+)?(?:(?:to|around|among|in|across|throughout|by)\s+[^"“”,]{2,30}?\s+)?(?:\w+ly\s+)?as\s*$|\b(?:billed|branded|markets|marketed|sells|sold|touts|touted)\s+(?:it\s+)?as(?:\s+the)?\s*$/i.test(t.slice(Math.max(0, span.start - 50), span.start - 1))) return 'term';
  // ('A hand-lettered sign by the pie case reads "...", 'a sign: "Hamarat Street."', 'in block letters ...: "STEED 2016"')
  if (words <= 12 && (SIGN_BEFORE.test(t.slice(Math.max(0, span.start - 70), span.start - 1)) || HEADLINE_READ.test(t.slice(Math.max(0, span.start - 40), span.start - 1)))) return 'term';
  // 'the word "crooked"', 'signs reading "Hands Off Our Port"', 'a report, "Paved With Good Intentions,"': a thing's words
  if (words <= 8 && THING_BEFORE.test(t.slice(Math.max(0, span.start - 40), span.start - 1))) return 'term';
  // ('finding one "True," two "Half True" and one "False."': a fact-check's ratings, capitalised as its scale)
  // ('FactLedger rated Whitcombe's claim "Flatly False," its lowest rating')
  if (words <= 4 && (RATING.test(inner) || (/^\p{Lu}/u.test(inner) && /\brated\b[^.;"“”]{0,40}$/.test(t.slice(Math.max(0, span.start - 50), span.start - 1))))) return 'term';
  // 'RATING: "Mostly Fiction"', 'Our ruling: "Mostly False."': a fact-check's verdict after its label
  if (words <= 4 && /(?:^|\n|[.!?]\s+)\s*(?:(?:OUR|THE|[Oo]ur|[Tt]he)\s+)?(?:RATING|RULING|VERDICT|[Rr]ating|[Rr]uling|[Vv]erdict):\s*$/.test(t.slice(Math.max(0, span.start - 20), span.start - 1))) return 'term';
  const determiner = DETERMINER_BEFORE.test(t.slice(Math.max(0, span.start - 8), span.start - 1));
  const naming = !span.opensParagraph && NAMING_BEFORE.test(t.slice(Math.max(0, span.start - 60), span.start - 1));
  // ('On its own program, "State of Play," ...', 'In "Building It Big," published in 2011, ...': a title, whatever the commas)
  // ('a "Voss Country" T-shirt', 'his "America First" agenda': a name used before a noun, speech around it or not)
  if (isTitleLike(t, span) || (determiner && namesAThing(t, span, words))) return 'term';
  // 'The campaign called the claim "a flat-out lie."': a name given to something is a fragment, however long
  if (naming && /^\p{Ll}/u.test(inner)) return 'partial';
  // ('talking openly about a "Brandt effect"': a name and a common noun, coined; not 'what one researcher called its "Dewey moment"')
  if (words === 2 && COINED.test(inner) && determiner && !naming) return 'term';
  // ('known to its critics as the "ag-gag" law': a coinage naming a thing after a determiner)
  // (not 'saying it was a "manufactured" issue': the speaker's own word)
  if (words <= 3 && /^\p{Ll}/u.test(inner) && !/[.,!?;:]$/.test(inner) && /\bas\s+(?:the|a|an)\s*$/i.test(t.slice(Math.max(0, span.start - 10), span.start - 1)) && THING_NOUN_AFTER.test(t.slice(span.end, span.end + 30))) return 'term';
  if (span.opensParagraph || words >= 6 || opensSentence(t, span, sentence) || HEADLINE_COLON.test(t.slice(span.end + 1, span.end + 4))) return 'direct';
  const before = t.slice(Math.max(0, span.start - 3), span.start - 1);
  if ((/[:,]\s*$/.test(before) && words >= 3) || /:\s*$/.test(before)) return 'direct'; // 'Velde said: "No."'
  // ('the second half of Whitcombe's line — "that's a whole city."': someone's words after a dash)
  if (/['’]s?\s+(?:\w+\s+)?(?:line|words|remark|claim|statement|comment|quote|boast|promise|answer|reply)\s*[-—–]+\s*$/.test(t.slice(Math.max(0, span.start - 40), span.start - 1))) return 'direct';
  const cue = sentence ? hasCueOutside(t, sentence, span) : false;
  if (!cue || isTitleLike(t, span) || isNickname(t, span) || isModifier(t, span, words, cue) || namesAThing(t, span, words)) return 'term';
  return words >= 4 && /[.?!]["']?$/.test(t.slice(span.start, span.end).trimEnd()) ? 'direct' : 'partial';
}

/**
 * A quotation that opens its sentence and ends in sentence punctuation is somebody's words, however
 * short: '"Not today." ' after another quote, '"We should wait," he said.' Scare quotes never do.
 */
function opensSentence(t: string, span: { start: number; end: number }, sentence: Sentence | undefined): boolean {
  if (!sentence || span.start - 1 < sentence.start || !LEADER.test(t.slice(sentence.start, span.start - 1))) return false;
  // ('"We will remain vigilant", he said.': British and European style puts the comma outside)
  return /[\p{L}\p{N}][.?!,]$/u.test(t.slice(span.start, span.end).trimEnd()) || /^["'»”’][,.]/.test(t.slice(span.end, span.end + 2));
}


// ('Trump has used the phrase "Islamic terrorism"': words someone uses are theirs)
const THING_BEFORE = /(?:(?<!\b(?:used|uses|using|use|uttered|utters|invoked|invokes|repeated|repeats|coined|coins|adopted|employed|embraced|chose|chooses|added|adds|said|says|sang|sings|shouted|spoke|wrote|writes)\s+)\b(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w'’]+\s+)?(?:word|words|phrase|term|slogan|motto|tagline|label|hashtag|moniker|catchphrase|headline|title|subtitle|theme|nickname|code name|codename|password),?|\b(?:titled|entitled|headlined|subtitled)|\b(?:signs?|banners?|placards?|posters?|shirts?|t-shirts?|hats?|caps?|stickers?)\s+(?:reading|that read|which read|saying|emblazoned with)|\b(?:book|novel|memoir|film|movie|documentary|show|series|report|album|song|ballad|play|podcast|column|essay|poem|study|paper|slogan),)\s*$/i;
/** 'a headline that read "..."', 'the caption reading "..."' (not 'used her words as its headline: "..."', which are hers). */
const HEADLINE_READ = /\b(?:headlines?|captions?|chyron|subject line)\s+(?:that\s+|which\s+)?(?:read|reads|reading|said)\s*:?\s*$/i;
const SIGN_BEFORE = /\b(?:signs?|banners?|placards?|posters?|billboards?|plaques?|chalk|graffiti|stickers?|t-shirts?|shirts?|index card|block letters|slides?|screens?)\b[^.!?"“”]{0,40}?(?:\b(?:reading|reads|read|that read|which read|saying|says|bearing|bears|promised|proclaimed|declared)|:)\s*:?\s*$/i;
const NAMING_BEFORE = /\b(?:called|calls|call|dubbed|labell?ed|branded|termed)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

/** What may stand before a quotation that opens its line: a bullet, a live blog's time ('14:40 GMT -'). */
const LEADER = /^\s*(?:(?:[-•*·]|\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|PT|[ap]\.?m\.?))?\s*[-:]?)\s*)?$/;

/** "'We will not yield': Solvik defies lenders" — a headline's quotation, its speaker after the colon. */
const HEADLINE_COLON = /^:\s+\p{Lu}/u;

const ONE_PRONOUN = /^(?:he|she|it|they|him|her|them|we|i|you)[.,]?$/i;

/** With no cue, used inside a noun phrase ('the "sex tape" reference', 'a "super PAC" that'), or a lone pronoun. */
function isModifier(t: string, span: { start: number; end: number }, words: number, cue: boolean): boolean {
  const inner = t.slice(span.start, span.end);
  if (words === 1 && ONE_PRONOUN.test(inner.trim())) return true;
  return !cue && !/[.,!?;:]$/.test(inner) && /^ \p{Ll}/u.test(t.slice(span.end + 1, span.end + 3));
}

/** 'its "Stand Tall" bus tour', '"Make America Great Again" hats': a capitalised name used before a noun. */
function namesAThing(t: string, span: { start: number; end: number }, words: number): boolean {
  const inner = t.slice(span.start, span.end);
  if (words > 6 || /[.!?,;:]$/.test(inner)) return false;
  const ws = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!ws.length || !ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|and|in|on|to|for|with)$/.test(w))) return false;
  // ('T-shirt', 'U-turn': a capitalised compound is a noun too)
  const next = /^["'”’]?\s+(\p{Ll}+|\p{Lu}-\p{Ll}+)/u.exec(t.slice(span.end, span.end + 20))?.[1];
  return !!next && !REPORTING_VERBS.has(next) && !/^(?:and|or|but|as|is|was|are|were|that|which|who|to|in|on|at|by|for|from|with|of)$/.test(next);
}

/** 'Robert C. "Bobby" Scott': one capitalised word between parts of a name. */
function isNickname(t: string, span: { start: number; end: number }): boolean {
  return /^\p{Lu}[\p{L}'.\-]*$/u.test(t.slice(span.start, span.end)) && /\p{Lu}[\p{L}.]* $/u.test(t.slice(Math.max(0, span.start - 15), span.start - 1))
    && /^ \p{Lu}/u.test(t.slice(span.end + 1, span.end + 3));
}

/** A whole paragraph in title case: a subheading ('"All Bets Are Off."'). */
function isHeadline(t: string, span: { start: number; end: number }, inner: string): boolean {
  const alone = (t[span.start - 2] ?? '\n') === '\n' && /^["']?(?:\n|$)/.test(t.slice(span.end + 1, span.end + 3));
  return alone && inner.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || /^(?:of|the|a|an|and|in|on|to|for|with|is|at)$/.test(w));
}

/** Every word capitalised after "on"/"of"/"'s"/"titled": a show, a book, a slogan. */
function isTitleLike(t: string, span: { start: number; end: number }): boolean {
  // (most quotations open in lower case or run long: no title, decided before splitting them)
  const c = t.charCodeAt(span.start);
  if (!(c >= 65 && c <= 90) || span.end - span.start > 90) return false;
  const inner = t.slice(span.start, span.end).replace(/[,.]$/, '');
  const ws = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!ws.length || !ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|and|in|on|to|for|with|by|at|from|or)$/.test(w))) return false;
  const before = t.slice(Math.max(0, span.start - 14), span.start - 1);
  // ('Drexler's slogan, "Stand Tall Again," ... and Calloway's, "Stronger Side by Side,"': a name left out after the possessive)
  if (/['’]s,\s*$/.test(before) && ws.length >= 2) return true;
  if (/(?:\bon|\bof|'s|\btitled|\bnickname|\bnamed|\bshow|\bprogram|\bprogramme|\bpodcast|\bseries|\bdocumentary|\bmemoir|\bnovel|\bcolumn|\bnewsletter|\bbook|\bfilm|\bsong|\balbum|\bad|\badvert|\badvertisement|\bcommercial|\bmailbag|\bsegment|\bepisode|\bfeature)[,:]?\s*$/i.test(before)) return true;
  // ('In "Building It Big," published in 2011, Crane wrote': a work opening the sentence, in its title case)
  if (/(?:^|[.!?]\s+|\n)In\s*$/.test(t.slice(Math.max(0, span.start - 8), span.start - 1)) && ws.length >= 2) return true;
  // ('chose "The Quiet Harvest," a 1978 novel': the appositive says what it is)
  return WORK_AFTER.test(t.slice(span.end, span.end + 50));
}
const WORK_AFTER = /^["'”’]?,?\s+(?:(?:is|was|has been|became)\s+)?(?:a|an|the|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:novel|book|memoir|film|movie|song|album|show|play|documentary|series|podcast|poem|programme|program|column|essay|report|slogan|motto|nickname|catchphrase|tagline|hashtag)\b/u;
const COINED = /^\p{Lu}[\p{L}'’-]+ (?:effect|factor|bump|doctrine|rule|era|strategy|model|wave|gap|problem|moment|curse|method|playbook|formula|phenomenon|test|option|mania|fatigue|backlash|surge|machine|way)[,.]?$/u;
const THING_NOUN_AFTER = /^["'”’]\s+(?:law|laws|bill|act|rule|rules|policy|program|programme|tax|plan|tour|movement|strategy|agenda|doctrine|provision|clause|loophole|fee|ban|option|model|era|wing|caucus|faction|crowd|effect|gap|crisis|scandal|controversy|affair|issue|trial|case)\b/;
const RATING = /^(?:True|Mostly True|Half[- ]True|Half[- ]False|Mostly False|False|Pants on Fire|(?:One|Two|Three|Four) Pinocchios?|Geppetto Checkmark|Misleading|Unsupported|Mixture|Correct|Incorrect)[.,!]?$/;
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|its|their|our)\s*$/i;
