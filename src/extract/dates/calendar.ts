/**
 * Calendar arithmetic on plain year/month/day values (no time zones).
 *
 *   addDays({y: 2026, m: 3, d: 1}, -1) → {y: 2026, m: 2, d: 28};  formatYmd({y: 2026, m: 3}) → '2026-03'
 */
export type Ymd = { y: number; m?: number; d?: number };
export type Day = { y: number; m: number; d: number };

const DAY_MS = 86_400_000;

export const dayNumber = (p: Day): number => Math.round(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS);

export function fromDayNumber(n: number): Day {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (p: Day, n: number): Day => fromDayNumber(dayNumber(p) + n);

/** 0 = Sunday … 6 = Saturday */
export const weekdayOf = (p: Day): number => ((dayNumber(p) % 7) + 11) % 7;

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function formatYmd(v: Ymd): string {
  let s = String(v.y).padStart(4, '0');
  if (v.m !== undefined) s += '-' + String(v.m).padStart(2, '0');
  if (v.m !== undefined && v.d !== undefined) s += '-' + String(v.d).padStart(2, '0');
  return s;
}

export function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(s);
  if (!m) return null;
  const out: Ymd = { y: Number(m[1]) };
  if (m[2]) out.m = Number(m[2]);
  if (m[2] && m[3]) out.d = Number(m[3]);
  return out;
}

export const isDay = (v: Ymd): v is Day => v.m !== undefined && v.d !== undefined;
