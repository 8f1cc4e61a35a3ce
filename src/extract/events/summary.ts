/**
 * A short summary of an event's sentence: datelines and bylines dropped, whitespace folded,
 * cut at a clause boundary near 200 characters.
 *
 *   'PORTO (Reuters) - Ana Ruiz resigned on Monday.' → 'Ana Ruiz resigned on Monday.'
 */
const DATELINE = /^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—_:]+\s*/;
const MAX = 200;

export function summaryOf(sentence: string): string {
  let s = sentence.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  if (s.length <= MAX) return s;
  const cut = Math.max(s.lastIndexOf(', ', MAX), s.lastIndexOf('; ', MAX));
  s = s.slice(0, cut > MAX / 2 ? cut : s.lastIndexOf(' ', MAX));
  return s + '…';
}
