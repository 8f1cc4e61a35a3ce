import { addDays, type Day, weekdayOf } from './calendar.ts';

/**
 * Holidays whose day moves with the year (US ones are the ones news names by day).
 *
 *   movableDay('thanksgiving', 2016) → 2016-11-24 (fourth Thursday of November)
 *   movableDay('election', 2016) → 2016-11-08 (the Tuesday after the first Monday of November)
 *   movableDay('easter', 2017, -2) → 2017-04-14 (Good Friday)
 */
export type Movable = 'thanksgiving' | 'election' | 'labor' | 'memorial' | 'mlk' | 'presidents' | 'remembrance' | 'easter' | 'columbus';

/** The n-th (1-based; -1 = last) weekday wd (0 = Sunday) of month m. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
    return addDays(last, -((weekdayOf(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian; the anonymous algorithm). */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function movableDay(name: Movable, y: number, plus = 0): Day {
  const day = ((): Day => {
    switch (name) {
      case 'thanksgiving': return nthWeekday(y, 11, 4, 4);
      case 'election': return addDays(nthWeekday(y, 11, 1, 1), 1);
      case 'labor': return nthWeekday(y, 9, 1, 1);
      case 'columbus': return nthWeekday(y, 10, 1, 2);
      case 'memorial': return nthWeekday(y, 5, 1, -1);
      case 'mlk': return nthWeekday(y, 1, 1, 3);
      case 'presidents': return nthWeekday(y, 2, 1, 3);
      case 'remembrance': return nthWeekday(y, 11, 0, 2);
      case 'easter': return easter(y);
    }
  })();
  return addDays(day, plus);
}
