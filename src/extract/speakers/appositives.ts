import { CLAUSE_STOP, isVerb, type Tok } from './tokens.ts';

/**
 * Token helpers for the words before a quote that describe someone: who a relative clause hangs on
 * ('Marlene, a retired teacher from Altoona, Pa., who wrote'), a name run before a comma ('Senator Amos
 * Threlkeld of Dunmore,'), a person placed by a phrase ('A diner at the next table').
 */
export const PLACED_BY = /^(?:at|in|from|outside|near|with|behind|inside|for|of)$/;
/** Start of 'a diner' / 'one voter' / 'a retired teacher' before the preposition at `p`, opening the sentence or a clause; else -1. */
export function placedPerson(toks: Tok[], p: number): number {
  for (let d = p - 2; d >= Math.max(0, p - 3); d--) {
    if (!/^(?:a|an|the|one|another|my|our|his|her|their)$/.test(toks[d]!.lw) || (d > 0 && toks[d - 1]!.w !== ',')) continue;
    const words = toks.slice(d + 1, p);
    if (words.every((t, k) => /^\p{Ll}+$/u.test(t.w) && !isVerb(toks, d + 1 + k) && !CLAUSE_STOP.has(t.lw))) return d;
  }
  return -1;
}
export const IN_DESCRIPTION = /^(?:in|at|from|near|of|for|outside|on)$/;

/** The name run ending right before the comma at `c` ('Senator Amos Threlkeld of Dunmore,' → 'Senator Amos Threlkeld'), opening the frame or a clause. */
export function namedBefore(toks: Tok[], c: number): string | null {
  let s = c;
  while (s > 0 && c - s < 7 && (/^\p{Lu}/u.test(toks[s - 1]!.w) || (toks[s - 1]!.lw === 'of' && s - 1 > 0))) s--;
  // (or an object: 'met with Gov. Evander Pike of Caswell, a onetime rival who had called him')
  if (s > 0 && toks[s - 1]!.w !== ',' && !/^\p{Ll}+$/u.test(toks[s - 1]!.w)) return null;
  const run = toks.slice(s, c);
  const of = run.findIndex((t) => t.lw === 'of');
  const name = of > 0 ? run.slice(0, of) : run;
  return name.length >= 2 && name.every((t) => /^\p{Lu}/u.test(t.w)) ? name.map((t) => t.w).join(' ') : null;
}

/** From the word before ', who': back over a lower-case appositive to the name it describes. */
export function relativeHead(toks: Tok[], j: number): number {
  if (j >= 0 && /^\p{Lu}/u.test(toks[j]!.w)) {
    // ('Marlene, a retired teacher from Altoona, Pa., who wrote': a place ending the description, not the one described)
    let r = j;
    while (r > 0 && (/^\p{Lu}/u.test(toks[r - 1]!.w) || toks[r - 1]!.w === ',') && j - r < 6) r--;
    if (toks[r - 1]?.lw === 'the') r--; // ('the president of the Continental Council, who')
    if (!IN_DESCRIPTION.test(toks[r - 1]?.lw ?? '') || !/^\p{Ll}/u.test(toks[r - 2]?.w ?? '')) return j;
    let c = r - 1;
    while (c > 0 && toks[c]!.w !== ',' && r - c < 10) c--;
    return c > 0 && toks[c]!.w === ',' && /^\p{Lu}/u.test(toks[c - 1]!.w) ? c - 1 : j;
  }
  if (j < 0) return j;
  let k = j;
  while (k > 0 && toks[k]!.w !== ',' && j - k < 10) k--;
  return toks[k]?.w === ',' && k > 0 && /^\p{Lu}/u.test(toks[k - 1]!.w) ? k - 1 : j;
}
