/** Time-zone and DST math for scheduled briefings. Pure: no clock, no database. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Node 20's ICU lists some zones under their old names; show and store the current IANA name.
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Europe/Kiev': 'Europe/Kyiv', 'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon', 'America/Godthab': 'America/Nuuk', 'Pacific/Enderbury': 'Pacific/Kanton',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Atlantic/Faeroe': 'Atlantic/Faroe', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Pacific/Truk': 'Pacific/Chuuk', 'Pacific/Ponape': 'Pacific/Pohnpei', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville', 'America/Coral_Harbour': 'America/Atikokan',
};

let allZones: string[] | undefined;
const zoneList = (): string[] =>
  (allZones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC').map((z) => RENAMED[z] ?? z)]);

let byLower: Map<string, string> | undefined;
function knownSpelling(tz: string): string | undefined {
  byLower ??= new Map(zoneList().map((z) => [z.toLowerCase(), z]));
  return byLower.get(tz.toLowerCase());
}

/** The zone's usual spelling ('europe/london' → 'Europe/London', 'Asia/Calcutta' → 'Asia/Kolkata'), or undefined if unknown. */
export function canonicalTimeZone(tz: string): string | undefined {
  const name = tz.trim();
  if (!name) return undefined;
  const known = knownSpelling(name);
  if (known) return known;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return RENAMED[resolved] ?? resolved;
  } catch {
    return undefined;
  }
}

export function isValidTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== undefined;
}

/**
 * Up to 25 IANA names for autocomplete. Names starting with the text come first, then names with a
 * part starting with it: 'lond' → Europe/London; 'new york' → America/New_York.
 */
export function timeZoneChoices(prefix: string, limit = 25): string[] {
  const q = prefix.trim().toLowerCase().replace(/\s+/g, '_');
  if (!q) return zoneList().slice(0, limit);
  const starts: string[] = [];
  const parts: string[] = [];
  for (const z of zoneList()) {
    const lower = z.toLowerCase();
    if (lower.startsWith(q)) starts.push(z);
    else if (lower.split('/').some((p) => p.startsWith(q))) parts.push(z);
  }
  return [...starts, ...parts].slice(0, limit);
}

/** 'HH:MM' with HH 00–23 → [hour, minute]; undefined otherwise. */
export function parseTime(time: string): [number, number] | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** 'H:MM', 'HH:MM', 'HHMM' or 'H' → 'HH:MM'; undefined when not a time of day. */
export function normalizeTime(input: string): string | undefined {
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(input.trim());
  if (!m) return undefined;
  const t = `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
  return parseTime(t) ? t : undefined;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Local = { y: number; mo: number; d: number; h: number; mi: number };

function localParts(t: number, tz: string): Local & { s: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** The zone's UTC offset at instant t, in ms (local − UTC). */
export function offsetAt(t: number, tz: string): number {
  const l = localParts(t, tz);
  return Date.UTC(l.y, l.mo - 1, l.d, l.h, l.mi, l.s) - Math.floor(t / 1000) * 1000;
}

/**
 * The UTC instant of a local wall-clock time. When it happens twice (clocks go back): the first.
 * When it does not happen (clocks go forward): the first valid instant after the gap.
 */
export function localToUtc(local: Local, tz: string): Date {
  const wall = Date.UTC(local.y, local.mo - 1, local.d, local.h, local.mi);
  const offsets = [...new Set([offsetAt(wall - DAY, tz), offsetAt(wall, tz), offsetAt(wall + DAY, tz)])];
  const valid = offsets.map((o) => wall - o).filter((t) => offsetAt(t, tz) === wall - t);
  if (valid.length) return new Date(Math.min(...valid));
  // In a gap: the transition lies between wall − (larger offset) and wall − (smaller offset).
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  const before = offsetAt(lo, tz);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/**
 * The UTC instants in (from, to] at which a daily 'HH:MM' slot in an IANA zone falls due, oldest first.
 * Each local day yields exactly one instant, whatever DST does that day.
 */
export function slotsBetween(slot: { time: string; timezone: string }, from: Date, to: Date): Date[] {
  const hm = parseTime(slot.time);
  if (!hm || to <= from) return [];
  const [h, mi] = hm;
  const first = localParts(from.getTime(), slot.timezone);
  const out: Date[] = [];
  // Walk local calendar days from the day before `from` until an instant passes `to`.
  for (let day = Date.UTC(first.y, first.mo - 1, first.d) - DAY; ; day += DAY) {
    const d = new Date(day);
    const t = localToUtc({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h, mi }, slot.timezone);
    if (t > to) break;
    if (t > from) out.push(t);
  }
  return out;
}
