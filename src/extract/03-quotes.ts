import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { QuoteKind } from './types.ts';
import { pairQuoteMarks, pairSingleMarks } from './quotes/marks.ts';
import { findAfterQuote, findHeadlineReport, findIndirect } from './quotes/indirect.ts';
import { withTranscript } from './quotes/transcript.ts';
import { withDialogue } from './quotes/dialogue.ts';
import { kindOf } from './quotes/kinds.ts';

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
  return withIndirect(t, sentences, withDialogue(t, sentences, withTranscript(t, sentences, out)));
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
    const mine = out.length; // this sentence's quotes start here (searching only them keeps this linear)
    while (d < direct.length && direct[d]!.start < sentence.end) { if (direct[d]!.kind !== 'term') lastEnd = direct[d]!.end; out.push(direct[d++]!); }
    const span = (i === 0 ? findHeadlineReport(t, sentence, first) : null)
      ?? findIndirect(t, sentence, first) ?? (lastEnd > 0 ? findAfterQuote(t, sentence, lastEnd) : null);
    // 'Velde said the reforms were "the only way forward."': a report that ends in the speaker's own words is one mixed quote
    let words = -1;
    for (let k = mine; k < out.length && words < 0; k++) if (out[k]!.start === first && (out[k]!.kind === 'partial' || out[k]!.kind === 'direct')) words = k;
    const tail = words >= 0 ? out[words]! : undefined;
    // ('Whitcomb told a crowd that the economy was "running on fumes" under the administration.': to the clause's end)
    const clauseEnd = tail ? clauseEndAfter(t, tail.end, sentence.end) : -1;
    // ('… could take place "in the coming weeks" if the other side shows "political will".': fragments in the clause go in too)
    const inClause = tail ? out.slice(mine).filter((q) => q !== tail && q.start > tail.end && q.start < clauseEnd) : [];
    if (span && tail && span.end < first && first - 1 - span.end <= 2 && /^\p{Ll}/u.test(tail.text) && !/[,:]/.test(t.slice(span.end, first - 1)) && clauseEnd > 0
      && inClause.every((q) => q.kind === 'partial' || q.kind === 'term')) {
      out[words] = { ...tail, start: span.start, end: clauseEnd, text: t.slice(span.start, clauseEnd), kind: 'mixed' };
      for (const q of inClause) out.splice(out.indexOf(q), 1);
    } else if (span) out.push({ ...span, text: t.slice(span.start, span.end), kind: 'indirect', sentence: i, group: ++group });
  });
  out.sort((a, b) => a.start - b.start);
  while (d < direct.length) out.push(direct[d++]!);
  return out;
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
