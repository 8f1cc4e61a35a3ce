/**
 * Which way the clause before a time expression looks: 2 a plain future ("will", "is scheduled
 * to"), 1 a deadline-ish hint ("by", "payable", "effective"), -1 a past verb after any such cue
 * ("said", "since"), 0 nothing. A bare weekday goes ahead only on 2; a bare month or a day
 * without a year leans ahead on 1 or 2, and when nothing is said, to whichever is much nearer.
 *
 *   'The monarch will meet Bush on Thursday'  → 2
 *   'He said Friday it will investigate'      → -1 (the cue comes after the date)
 *   'The dividend is payable Dec. 1'          → 1
 */
const STRONG = /\b(?:will|won't|shall|'ll|going to|scheduled|set to|due to|is due|are due|plans? to|planned|intends? to|is to|are to|to be held|upcoming|to resume)\b/g;
const WEAK = /\b(?:until|through|by|payable|effective|of record|deadline|expects?|expected to|to be|would)\b/g;
const PAST = /\b(?:said|says|told|announced|reported|was|were|had|did|ago|last|since|set on)\b/g;

export function futureStrength(text: string, clauseStart: number, at: number, end = at, clauseEnd = end): -1 | 0 | 1 | 2 {
  const window = text.slice(Math.max(clauseStart, at - 70), at);
  const past = lastIndex(PAST, window);
  if (lastIndex(STRONG, window) > past) return 2;
  if (lastIndex(WEAK, window) > past) return 1;
  if (past >= 0) return -1;
  // "In May it was reported": the verb after the date
  const after = text.slice(end, Math.min(clauseEnd, end + 50));
  return firstIndex(PAST_AFTER, after) >= 0 && firstIndex(STRONG, after) < 0 ? -1 : 0;
}

const PAST_AFTER = /\b(?:was|were|had|did|said|(?!(?:scheduled|expected|planned|proposed|needed|red|bed)\b)[a-z]{3,}ed)\b/g;

function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return re.exec(s)?.index ?? -1;
}

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}
