import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { QuoteKind } from './types.ts';
import { pairQuoteMarks, pairSingleMarks } from './quotes/marks.ts';
import { hasCueOutside } from './quotes/cues.ts';
import { findAfterQuote, findIndirect } from './quotes/indirect.ts';
import { withTranscript } from './quotes/transcript.ts';

/**
 * Step 3 — find quoted spans (no speakers yet) and tell quotes from scare quotes.
 *
 *   '"We will," she said, "not yield."'       → two spans, kind 'direct', same group
 *   'He called it a "witch hunt," she said.'  → 'witch hunt,' kind 'partial' (short, with a cue)
 *   'The plan is a "historic reset" for us.'  → 'historic reset' kind 'term' (short, no cue; step 4 drops terms)
 *   "the minister's 'we will not yield' line" → 'we will not yield' (single marks outside double ones)
 *   'Ruiz said the plan would fail.'          → 'the plan would fail' kind 'indirect' (see quotes/indirect.ts)
 *   A paragraph opening with a mark and no close continues into the next paragraph that opens with one.
 *
 * Offsets are into doc.text; step 4 maps them to the original. One pass over the marks, one over sentences.
 */
export type RawQuote = {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  sentence: number;
  /** Pieces of one quotation (split by an attribution or running over paragraphs) share a group. */
  group: number;
  /** A transcript line's speaker label ('AASTRUP: We expect ...'). */
  label?: string;
};

const WORD = /[\p{L}\p{N}]+/gu;
const SPLIT_BY = /^,?\s+[^.!?"\n]{0,50}\b(?:said|says|added|adds|told|asked|continued|insisted|warned|wrote|explained)\b[^.!?"\n]{0,30},\s*$/;

export function findQuotes(doc: Doc, sentences: Sentence[]): RawQuote[] {
  const t = doc.text;
  const doubles = pairQuoteMarks(doc);
  const singles = pairSingleMarks(doc, doubles, doubles.reduce((g, q) => Math.max(g, q.group), 0));
  const spans = singles.length ? [...doubles, ...singles].sort((a, b) => a.start - b.start) : doubles;
  const out: RawQuote[] = [];
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length - 1 && sentences[s]!.end <= span.start) s++;
    const text = t.slice(span.start, span.end);
    const words = text.match(WORD)?.length ?? 0;
    if (words === 0) continue;
    const sentence = sentences[s];
    // '"We will," Velde said, "not yield."': the piece after an attribution that splits a quotation
    const prev = out[out.length - 1];
    const resumes = prev?.kind === 'direct' && span.start - prev.end < 80 && SPLIT_BY.test(t.slice(prev.end + 1, span.start - 1));
    out.push({ start: span.start, end: span.end, text, kind: resumes ? 'direct' : kindOf(t, span, words, sentence), sentence: s, group: span.group });
  }
  return withIndirect(t, sentences, withTranscript(t, sentences, out));
}

/** Adds reported speech from sentences without quotation marks, keeping text order. */
function withIndirect(t: string, sentences: Sentence[], direct: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let group = direct.reduce((g, q) => Math.max(g, q.group), 0);
  let d = 0;
  sentences.forEach((sentence, i) => {
    const insideQuote = d > 0 && direct[d - 1]!.end > sentence.start && direct[d - 1]!.kind !== 'term';
    let first = sentence.end + 1; // the first real quotation in the sentence (scare quotes do not count)
    for (let k = d; k < direct.length && direct[k]!.start < sentence.end; k++) if (direct[k]!.kind !== 'term') { first = direct[k]!.start; break; }
    if (insideQuote) first = sentence.start;
    let lastEnd = -1;
    while (d < direct.length && direct[d]!.start < sentence.end) { if (direct[d]!.kind !== 'term') lastEnd = direct[d]!.end; out.push(direct[d++]!); }
    const span = findIndirect(t, sentence, first) ?? (lastEnd > 0 ? findAfterQuote(t, sentence, lastEnd) : null);
    // 'Velde said the reforms were "the only way forward."': a report that ends in the speaker's own words is one mixed quote
    const words = out.findIndex((q) => q.start === first && (q.kind === 'partial' || q.kind === 'direct'));
    const tail = words >= 0 ? out[words]! : undefined;
    // ('Whitcomb told a crowd that the economy was "running on fumes" under the administration.': to the clause's end)
    const clauseEnd = tail ? clauseEndAfter(t, tail.end, sentence.end) : -1;
    if (span && tail && span.end < first && first - 1 - span.end <= 2 && /^\p{Ll}/u.test(tail.text) && !/[,:]/.test(t.slice(span.end, first - 1)) && clauseEnd > 0
      && !out.some((q) => q !== tail && q.start > tail.end && q.start < clauseEnd)) {
      out[words] = { ...tail, start: span.start, end: clauseEnd, text: t.slice(span.start, clauseEnd), kind: 'mixed' };
    } else if (span) out.push({ ...span, text: t.slice(span.start, span.end), kind: 'indirect', sentence: i, group: ++group });
  });
  out.sort((a, b) => a.start - b.start);
  while (d < direct.length) out.push(direct[d++]!);
  return out;
}

function kindOf(t: string, span: { start: number; end: number; opensParagraph: boolean }, words: number, sentence: Sentence | undefined): QuoteKind {
  const inner = t.slice(span.start, span.end);
  if (/^\(.*\)\.?$/.test(inner) || (words <= 8 && isHeadline(t, span, inner))) return 'term';
  if (words <= 6 && /\bso-called\s*$/i.test(t.slice(Math.max(0, span.start - 12), span.start - 1))) return 'term'; // 'the so-called "new normal"'
  // 'The campaign called the claim "a flat-out lie."': a name given to something is a fragment, however long
  if (!span.opensParagraph && NAMING_BEFORE.test(t.slice(Math.max(0, span.start - 60), span.start - 1)) && /^\p{Ll}/u.test(inner)) return 'partial';
  if (span.opensParagraph || words >= 6 || opensSentence(t, span, sentence) || HEADLINE_COLON.test(t.slice(span.end + 1, span.end + 4))) return 'direct';
  const before = t.slice(Math.max(0, span.start - 3), span.start - 1);
  if ((/[:,]\s*$/.test(before) && words >= 3) || /:\s*$/.test(before)) return 'direct'; // 'Velde said: "No."'
  const cue = sentence ? hasCueOutside(t, sentence, span) : false;
  if (!cue || isTitleLike(t, span) || isNickname(t, span) || isModifier(t, span, words, cue)) return 'term';
  return words >= 4 && /[.?!]["']?$/.test(t.slice(span.start, span.end).trimEnd()) ? 'direct' : 'partial';
}

/**
 * A quotation that opens its sentence and ends in sentence punctuation is somebody's words, however
 * short: '"Not today." ' after another quote, '"We should wait," he said.' Scare quotes never do.
 */
function opensSentence(t: string, span: { start: number; end: number }, sentence: Sentence | undefined): boolean {
  if (!sentence || span.start - 1 < sentence.start || !LEADER.test(t.slice(sentence.start, span.start - 1))) return false;
  return /[\p{L}\p{N}][.?!,]$/u.test(t.slice(span.start, span.end).trimEnd());
}

/**
 * Where the clause holding a quoted fragment ends: the sentence's end, or a comma that starts a new
 * clause (', a line he repeats', ', which ...'); -1 when a new statement follows ('and said ...').
 */
function clauseEndAfter(t: string, from: number, sentenceEnd: number): number {
  if (t[from - 1] === ',' && /["'”’]/.test(t[from] ?? '')) return from + 1; // '"... in her life," a line he repeats'
  const rest = t.slice(from, sentenceEnd);
  // (', a line he repeats', ', which ...', '; ...'; '"dead" and left the room': the subject's next act)
  if (/^["'”’]\s+(?:and|but)\s/.test(rest)) return from + 1;
  const cut = /,?["'”’]?,\s+(?:a|an|the|which|who|as|while|but|according|he|she|they|it|saying|adding)\b|;/.exec(rest);
  const end = from + (cut ? cut.index : rest.length);
  const inner = t.slice(from, end);
  if (/\b(?:and|but)\s+(?:\p{Ll}+\s+)?(?:said|says|added|told|argued|insisted)\b/u.test(inner)) return -1;
  let e = end;
  while (e > from && /[\s.,;:!?]/.test(t[e - 1]!)) e--;
  return /["'”’]/.test(t[e] ?? '') ? e + 1 : e; // the closing mark belongs to the text
}

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
  const inner = t.slice(span.start, span.end).replace(/[,.]$/, '');
  const ws = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!ws.length || !ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|and|in|on|to|for|with)$/.test(w))) return false;
  const before = t.slice(Math.max(0, span.start - 14), span.start - 1);
  return /(?:\bon|\bof|'s|\btitled|\bnickname|\bnamed|\bshow|\bprogram|\bbook|\bfilm|\bsong)[,:]?\s*$/i.test(before);
}
