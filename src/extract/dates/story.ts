import { dayNumber, isValidDay, type Ymd } from './calendar.ts';

/**
 * A month or a day written without a year, in a passage set in an earlier year the text has just
 * written out: the story's year, not the publication's. Narratives move forward, so a day up to
 * ~4 months (a month: ~9) after the story's date wins over one before it ('began on Dec. 28, 1996, and ended on
 * Jan. 9' → 1997-01-09); further away, the passage has likely come back to the present (null).
 *
 *   storyDate(10, 5, {y: 1995, m: 10, d: 2}, pub 1999-06-01)  → {y: 1995, m: 10, d: 5}
 *   storyDate(11, undefined, {y: 1995, m: 10}, pub 1999-06-01) → {y: 1995, m: 11}
 */
export function storyDate(m: number, d: number | undefined, story: Ymd, pub: Ymd): Ymd | null {
  // ('in March 1996; he was arrested on May 11': a day in the weeks after a month written out, counted from its first day)
  if (story.m !== undefined && story.d === undefined && d !== undefined) {
    const y = m >= story.m ? story.y : story.y + 1;
    const gap = isValidDay(y, m, d) ? dayNumber({ y, m, d }) - dayNumber({ y: story.y, m: story.m, d: 1 }) : -1;
    return gap >= 0 && gap <= 125 && y <= pub.y ? { y, m, d } : null;
  }
  if (story.m === undefined) return d === undefined || isValidDay(story.y, m, d) ? { y: story.y, m, ...(d === undefined ? {} : { d }) } : null;
  // months (or days) after the story's date count once, before it two and a half times
  const at = (y: number) => (d === undefined ? (y * 12 + m) * 31 : dayNumber({ y, m, d }));
  const from = d === undefined || story.d === undefined ? (story.y * 12 + story.m) * 31 : dayNumber({ y: story.y, m: story.m, d: story.d });
  let best: { y: number; cost: number; gap: number } | null = null;
  for (const y of [story.y - 1, story.y, story.y + 1]) {
    if (d !== undefined && !isValidDay(y, m, d)) continue;
    const gap = at(y) - from;
    const cost = gap >= 0 ? gap : -2.5 * gap;
    if (!best || cost < best.cost) best = { y, cost, gap };
  }
  // (a month may lie further ahead: 'She arrived in April 1991. By December she had the job.')
  if (!best || (d === undefined ? best.gap > 9 * 31 || best.gap < -4 * 31 : Math.abs(best.gap) > 125) || best.y > pub.y) return null;
  return d === undefined ? { y: best.y, m } : { y: best.y, m, d };
}
