import type { Sentence } from '../02-sentences.ts';
import type { RawQuote } from '../03-quotes.ts';
import type { EntityIndex } from '../05-entities.ts';
import { speakerAfter, speakerBefore, type Found } from './frames.ts';
import { COLON_NAME, DASH_NAME, FRAME } from './patterns.ts';
import { ROLE_NOUNS, TITLES } from '../lexicon.ts';
import { interviewee } from './named.ts';
import { CONTINUES, INNER_REPORT, ONLY_ATTRIBUTION_REST } from './context.ts';

/**
 * Where each quote's attribution is: the speaker phrase and cue in the words around it, before resolution.
 *
 *   '"We will," Ruiz said, "not yield."' → both pieces: {phrase: 'Ruiz', cue: 'said'}
 *   'Ruiz continued:⏎⏎"We will not yield."' → {phrase: 'Ruiz', cue: 'continued'} (a paragraph introduced by a colon)
 *   '"We are ready." ― Tom Bell' → {phrase: 'Tom Bell', cue: '-'}
 *
 * Keyed by quote group (pieces of one quote share it); `at` is where the phrase stands.
 */
const CREDIT_LINE = /^["”’']?\s*\n[ \t]*-+[ \t]*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:,[^\n:"“]{0,60}|[ \t]*\(@\w+\)[^\n:"“]{0,30})?[ \t]*(?:\n|$)/u;
/** '"The moderator has lost the room."⏎⏎@plish516.' / '"..." — ohiomom1964': a handle credited after a post. */
const HANDLE_AFTER = /^["”’']?[ \t]*(?:\n+[ \t]*(@[A-Za-z0-9_]{2,30})|[ \t]*(?:\n+[ \t]*)?-+[ \t]*(@?[A-Za-z][A-Za-z0-9_]*(?:[0-9_][A-Za-z0-9_]*)|@[A-Za-z0-9_]{2,30}|[a-z][a-z0-9_]{3,30}))\.?[ \t]*(?:\n|$)/;
const REACTION = /^\s+with\s+(?:an?\s+|the\s+|more\s+|loud\s+|long\s+)*(?:[\p{L}-]+\s+){0,2}(?:boos|cheers|applause|jeers|laughter|chants?|silence|groans|whistles|shouts|chorus|ovation|murmurs|gasps)\b/u;
export type Hit = { f: Found; at: number; sentence: number };
export type Kept = RawQuote & { label?: string };

/** The sentence a quote ends in. */
const INTERJECTED = /, (?:(?:\p{Lu}[\p{L}.'’-]*|the|a|an)(?: [\p{L}.'’-]+){0,4}|he|she|they|it) (?:said|says|noted|added|argued|explained|wrote|insisted|acknowledged|recalled),(?= (?:that )?(?!and |but |or )\p{Ll})/u;
export function endSentence(sentences: Sentence[], q: { sentence: number; end: number }): number {
  let j = q.sentence;
  while (j < sentences.length - 1 && sentences[j]!.end < q.end) j++;
  return j;
}

export function findHits(t: string, sentences: Sentence[], kept: Kept[], entities: EntityIndex): Map<number, Hit> {
  const found = new Map<number, Hit>();
  // reported speech does not bound a quote's frame ('X said the plan was "dead"'): neighbours skip it
  const prevQuoted: (RawQuote | undefined)[] = [];
  const nextQuoted: (RawQuote | undefined)[] = new Array(kept.length);
  let last: RawQuote | undefined;
  kept.forEach((q, k) => { prevQuoted[k] = last; if (q.kind !== 'indirect') last = q; });
  last = undefined;
  for (let k = kept.length - 1; k >= 0; k--) { nextQuoted[k] = last; if (kept[k]!.kind !== 'indirect') last = kept[k]; }
  kept.forEach((q, k) => {
    if (found.has(q.group)) return;
    const s = sentences[q.sentence];
    const ei = endSentence(sentences, q);
    const e = sentences[ei];
    if (!s || !e) return;
    const prev = prevQuoted[k];
    const next = nextQuoted[k];
    if (q.label === 'A') return found.set(q.group, { f: { phrase: interviewee(entities, t) ?? 'the interviewee', cue: ':' }, at: q.start, sentence: q.sentence });
    if (q.label) return found.set(q.group, { f: { phrase: q.label.toLowerCase().replace(/(^|[ '-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase()), cue: ':' }, at: q.start, sentence: q.sentence });
    // ('the air had become so bad, Mr. Ruiz noted, that ...': a report with its attribution set off inside it)
    const inner = q.kind === 'indirect' || q.kind === 'mixed' ? INTERJECTED.exec(q.text) : null;
    const innerFound = inner ? speakerAfter(inner[0]) : null;
    if (innerFound) return found.set(q.group, { f: innerFound, at: q.start + inner!.index, sentence: q.sentence });
    const afterEnd = Math.min(next && next.start < e.end ? next.start - 1 : e.end, q.end + FRAME);
    let after = t.slice(Math.min(q.end + 1, afterEnd), afterEnd);
    const dashed = t.slice(q.end + 1, Math.min(t.length, q.end + 60));
    // (on a line of its own the credit is only a name: '-- Per a Ledger staffer: "..."' is a newsletter's next item)
    const handle = HANDLE_AFTER.exec(dashed);
    if (handle) return found.set(q.group, { f: { phrase: handle[1] ?? handle[2]!, cue: '-' }, at: q.start, sentence: q.sentence });
    const dash = DASH_NAME.exec(dashed);
    if (dash && (!dashed.slice(0, dash.index + dash[0].length).includes('\n') || CREDIT_LINE.test(dashed))) return found.set(q.group, { f: { phrase: dash[1]!, cue: '-' }, at: q.start, sentence: q.sentence });
    const colon = COLON_NAME.exec(t.slice(q.end + 1, Math.min(t.length, q.end + 60)));
    // ("'...': Tamarack governor warns as fire doubles": a name before a role only qualifies it)
    const role = colon ? /^ (\p{Ll}+)/u.exec(t.slice(q.end + 1 + colon[0].length, q.end + 1 + colon[0].length + 20))?.[1] : undefined;
    if (colon) return found.set(q.group, { f: { phrase: role && (TITLES.has(role) || ROLE_NOUNS.has(role)) ? `${colon[1]} ${role}` : colon[1]!, cue: ':' }, at: q.start, sentence: q.sentence });
    const following = sentences[ei + 1];
    // '"Why?" Graham asked.': a short next sentence that is only an attribution
    let onlyAttribution = false;
    if (q.kind !== 'indirect' && !after.trim() && following && following.para === e.para && (!next || next.start > following.end) && following.end - following.start < 70) {
      after = t.slice(following.start, Math.min(next && next.start < following.end ? next.start - 1 : following.end, following.start + FRAME));
      onlyAttribution = true;
    }
    const beforeStart = Math.max(prev && prev.end > s.start ? prev.end + 1 : s.start, q.start - FRAME);
    let fa = speakerAfter(after);
    // ('Brand now says she opposes the deal.' says something of its own)
    const rest = fa && onlyAttribution ? after.slice(after.indexOf(fa.cue) + fa.cue.length) : '';
    // ('Halvorsen said as he walked out.': a circumstance after the verb is still only an attribution)
    if (fa && onlyAttribution && !/^\s+(?:as|while|before|after)\s/.test(rest) && (!ONLY_ATTRIBUTION_REST.test(rest) || /\b(?:who|which|that|because|when)\b/.test(rest))) fa = null;
    // ('The crowd answered with a long chorus of boos.': a reaction, not the quote's speaker)
    if (fa && onlyAttribution && REACTION.test(rest)) fa = null;
    const before = t.slice(beforeStart, Math.max(beforeStart, q.start - 1));
    // ('A: "On Jan. 6, right after the count."': an answer in a Q&A box, quoted)
    const fb = /^\s*A[.:]\s*$/.test(before.slice(before.lastIndexOf('\n') + 1)) ? { phrase: interviewee(entities, t) ?? 'the interviewee', cue: ':' } : speakerBefore(before);
    // 'Pellerin told allies that the nomination is "not in trouble," according to two people': the words are Pellerin's
    // ('When Grale accused her of having "done nothing," Moravec shot back': a fragment's own verb governs it)
    const own = q.kind === 'partial' && fb && fb.cue !== ':' && !/^(?:according to|per)$/.test(fb.cue);
    const f = fa && !own && !(/^(?:according to|per)$/.test(fa.cue) && fb && INNER_REPORT.test(fb.cue)) ? fa : fb ?? fa;
    // a pronoun before the quote refers back from where it stands ('Ban condemned what he called "..."')
    // '... conceded that "the math is the math" and said the campaign was preparing a speech "just in case."'
    const between = prev && prev.end > s.start ? t.slice(prev.end, q.start - 1) : null;
    // ('... had "zero tolerance" for the conduct described and that Kern "no longer works for us."': the same report goes on)
    const goesOn = between !== null && between.length < 200 && / (?:and|but) /.test(between) && CLAUSE_GOES_ON.test(between) && !SPEECH_BETWEEN.test(between);
    const continued = (!f || goesOn) && between !== null && (goesOn || CONTINUES.test(between)) ? found.get(prev!.group) : undefined;
    if (continued) return found.set(q.group, continued);
    if (goesOn) return; // (the report's speaker was found without a cue: this part is found the same way)
    if (f) found.set(q.group, { f, at: f === fa ? q.start : beforeStart + Math.max(0, before.lastIndexOf(f.phrase)), sentence: q.sentence });
  });
  // a quote paragraph with no cue: introduced by the previous paragraph ("Ruiz continued:")
  for (const q of kept) {
    if (found.has(q.group)) continue;
    const prevSentence = sentences[q.sentence - 1];
    const s = sentences[q.sentence];
    if (!prevSentence || !s || prevSentence.para === s.para || q.start - 1 > s.start) continue;
    // ('From: Nate Iverson⏎To: Desmond Pryor⏎⏎"Des — nobody here should confirm ..."': an email's sender)
    const above = t.slice(Math.max(0, q.start - 200), q.start);
    const header = above.includes('From:') ? FROM_HEADER.exec(above) : null;
    if (header) { found.set(q.group, { f: { phrase: header[1]!.replace(/\s*<[^>]*>|\s*\([^)]*\)/g, '').trim(), cue: 'wrote' }, at: q.start, sentence: q.sentence }); continue; }
    if (/:\s*$/.test(t.slice(prevSentence.start, prevSentence.end))) {
      const f = speakerBefore(t.slice(prevSentence.start, prevSentence.end));
      if (f) found.set(q.group, { f, at: prevSentence.start, sentence: q.sentence - 1 });
    }
  }
  return found;
}

/** Between two quotations of one report: 'and that Kern', 'and had been', 'but that', 'the launch and called it a' (no new speaker). */
export const CLAUSE_GOES_ON = /^["”’']?[^"“”]{0,100}?\b(?:and|but)\s+(?:that\b|(?:had|has|have|was|were|is|are|would|will|could|should)\b|(?:\p{Ll}+ly\s+)?(?:called|calls|described|dubbed|labell?ed|termed|branded)\b)[^"“”]*$/u;
const SPEECH_BETWEEN = /\b(?:said|says|told|tells|added|wrote|asked|replied|argued|insisted|according)\b/;

/** Index of the sentence holding offset `at`. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.start <= at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

/** An email's headers right before its quoted body: 'From: X' then perhaps 'To:', 'Date:', 'Subject:' lines. */
const FROM_HEADER = /(?:^|\n)\s*From:\s*([^\n"“”]{2,60})\n(?:\s*(?:To|Cc|Date|Sent|Subject):[^\n]*\n)*\s*["“]?$/;
