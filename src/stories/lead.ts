/** When an article's lead says its news happened: the day a new development took place. */
import type { Extraction } from '../extract/types.ts';

/** How far into the body (after the headline) the lead's dated sentence may start. */
const LEAD_CHARS = 400;

/**
 * The day of the article's lead event, when the lead writes one: the first event starting in
 * the first 400 characters of the body (after the headline when the text opens with it) that is
 * dated to a day by a date written inside it. 'Ana Ruiz resigned on Tuesday' published
 * Wednesday 2026-11-11 → '2026-11-10'. Undefined when the lead gives no day (an undated lead is
 * dated to its publication day by the extractor, which says nothing about when things happened).
 */
export function leadDay(text: string, title: string, x: Pick<Extraction, 'events' | 'dates'>): string | undefined {
  const body = title.trim() && text.startsWith(title.trim()) ? title.trim().length : 0;
  for (const e of x.events) {
    if (e.start < body) continue;
    if (e.start > body + LEAD_CHARS) return undefined;
    if (e.date?.length !== 10) continue;
    if (x.dates.some((d) => d.value === e.date && d.start >= e.start && d.start < e.end)) return e.date;
  }
  return undefined;
}

/** Whole days from `from` to `to` (both dates or date-times; negative when `to` is earlier). */
export const daysAfter = (to: string, from: string): number =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
