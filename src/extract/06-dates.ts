import * as chrono from 'chrono-node';
import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { DateMention } from './types.ts';

/**
 * Step 6 — time expressions resolved to calendar values against the publication date.
 *
 *   'on Tuesday' in an article published 2026-03-12 (a Thursday) → value '2026-03-10'
 */
export function findDates(doc: Doc, _sentences: Sentence[], published: string): DateMention[] {
  const ref = new Date(`${published}T12:00:00Z`);
  return chrono.en.casual.parse(doc.text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year')!;
    const m = c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') ? c.get('month') : null;
    const d = c.isCertain('day') || c.isCertain('weekday') ? c.get('day') : null;
    const value = [y, m, d].filter((x) => x !== null).map((x, i) => String(x).padStart(i === 0 ? 4 : 2, '0')).join('-');
    const start = doc.orig(r.index);
    const end = doc.orig(r.index + r.text.length);
    return { text: doc.original.slice(start, end), start, end, value };
  });
}
