/**
 * A short summary of an event's sentence: datelines and bylines dropped, whitespace folded,
 * cut at a clause boundary near 200 characters.
 *
 *   'PORTO (Reuters) - Ana Ruiz resigned on Monday.' → 'Ana Ruiz resigned on Monday.'
 *   'PORTO, Nov 6 (Reuters) - Ana Ruiz resigned.'   → 'Ana Ruiz resigned.'
 */
const DATELINE = /^[A-Z][A-Z .,'-]{2,40}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^)]{1,30}\))?\s*[-–—_:]+\s*/;
const MAX = 200;

/** How long the dateline opening a sentence is (0 when none): its date is the filing day, not the event's. */
export const datelineLength = (sentence: string): number => DATELINE.exec(sentence)?.[0].length ?? 0;

export function summaryOf(sentence: string): string {
  let s = sentence.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  if (s.length <= MAX) return s;
  const cut = Math.max(s.lastIndexOf(', ', MAX), s.lastIndexOf('; ', MAX));
  s = s.slice(0, cut > MAX / 2 ? cut : s.lastIndexOf(' ', MAX));
  return s + '…';
}
