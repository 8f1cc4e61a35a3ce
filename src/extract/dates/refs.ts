import { isDay, type Day, type Ymd } from './calendar.ts';
import type { Candidate } from './patterns.ts';

/**
 * The days that "the Sunday before the election" and "the day after Monday's debate" count from:
 * a date right where the reference starts ("Monday's debate"), else a day the article gives for
 * that noun anywhere ("the election on November 8", "the Nov. 8 election", "Election Day, Nov. 8").
 * Keyed by candidate index; only references that were found.
 *
 *   'Comey wrote on the Sunday before the election. … the election on November 8' → {0 → 2016-11-08}
 */
export function referencedDays(text: string, cands: Candidate[], values: (Ymd | null)[]): Map<number, Day> {
  const out = new Map<number, Day>();
  const nouns = new Map<string, Day | null>();
  cands.forEach((c) => {
    const ref = refOf(c);
    if (ref?.noun && !nouns.has(ref.noun) && nouns.size < MAX_NOUNS && /^[a-z]{3,}$/.test(ref.noun)) nouns.set(ref.noun, null);
  });
  for (const [noun] of nouns) nouns.set(noun, dayOfNoun(text, noun, cands, values));
  cands.forEach((c, i) => {
    const ref = refOf(c);
    if (!ref) return;
    const day = inClause(text, ref.at, cands, values, i) ?? (ref.noun ? nouns.get(ref.noun) : null);
    if (day) out.set(i, day);
  });
  return out;
}

/**
 * A day written in the clause the reference opens: 'a day after a 4-0 defeat on Saturday', 'a week after a jury
 * convicted him on March 3', 'the eve of the summit, which opened on Thursday' (not past a sentence's end or a comma
 * that ends the clause: 'two days after the vote, on Friday, she resigned' dates the resignation).
 */
function inClause(text: string, at: number, cands: Candidate[], values: (Ymd | null)[], i: number): Day | null {
  for (let j = i + 1; j < cands.length && cands[j]!.start < at + CLAUSE; j++) {
    const c = cands[j]!;
    if (c.start < at) continue;
    const v = values[j];
    if (!v || !isDay(v) || refOf(c)) return null;
    return IN_CLAUSE.test(text.slice(at, c.start)) ? v : null;
  }
  return null;
}
const CLAUSE = 100;
const IN_CLAUSE = /^[^.;!?,:"“”]*(?:,\s+(?:which|that|when|who)\b[^.;!?,:"“”]*)?$/;

/** Each noun costs a pass over the dates: a few keep the step linear. */
const MAX_NOUNS = 4;

const refOf = (c: Candidate) => (c.spec.kind === 'weekday' || c.spec.kind === 'shift' ? c.spec.ref : undefined);

/** The first day-precise date written next to the noun: before it ('election on'), or after ('Nov. 8 election'). */
function dayOfNoun(text: string, noun: string, cands: Candidate[], values: (Ymd | null)[]): Day | null {
  // ('The quake struck on Tuesday': a synonym, and the verb of its happening)
  const stem = /quake$/.test(noun) ? '(?:earth)?quake' : noun;
  const before = new RegExp(`\\b${stem}s?(?:\\s+day)?,?\\s+(?:(?:which|that)\\s+)?(?:(?:is|was|will be)\\s+)?(?:(?:held|set|scheduled|due|called|struck|hit|happened|occurred|took place|began|started|erupted|broke out|opened|opens|ended|closed)\\s+)?(?:on|for|of)?\\s*$`, 'i');
  const after = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?${stem}\\b`, 'i');
  for (let i = 0; i < cands.length; i++) {
    const v = values[i];
    const c = cands[i]!;
    if (!v || !isDay(v) || refOf(c)) continue;
    if (before.test(text.slice(Math.max(0, c.start - 40), c.start)) || after.test(text.slice(c.end, c.end + 30))) return v;
  }
  return null;
}
