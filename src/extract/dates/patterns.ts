import { ABSOLUTE } from './absolute.ts';
import { keepLongest } from './longest.ts';
import type { Groups } from './regex.ts';
import { RELATIVE } from './relative.ts';
import type { Movable } from './holidays.ts';

/**
 * Time expressions found in text, not yet resolved: what was said, not which day it was.
 *
 *   'last Friday' → {kind: 'weekday', wd: 5, mod: 'last'};  'Sept. 30, 1989' → {kind: 'abs', y: 1989, m: 9, d: 30}
 *   'two days later' → {kind: 'shift', n: 2, unit: 'day', dir: 1, from: 'anchor'}
 *
 * Each pattern (absolute.ts, relative.ts) is one global regex over the whole text (linear);
 * overlaps are settled by length.
 */
export type Unit = 'day' | 'week' | 'month' | 'year';
export type Spec =
  | { kind: 'abs'; y?: number; yearShift?: number; m?: number; d?: number; wd?: number; /** 'of that year' */ ofAnchor?: boolean; /** "in '92" */ yy?: number }
  | { kind: 'month'; m: number; mod: string; yearShift?: number }
  /** 'the following March': that month after (1) or before (-1) the date just mentioned */
  | { kind: 'monthOf'; m: number; dir: 1 | -1 }
  | { kind: 'weekday'; wd: number; mod: string; ref?: Ref; /** 'a week from Monday': days past that weekday */ plus?: number }
  /** 'the first Monday in February', 'the last Friday of March 1998' */
  | { kind: 'nth'; n: number; wd: number; m: number; y?: number; yearShift?: number }
  | { kind: 'deictic'; days: number; /** "now", "this morning", "overnight": leave the date just mentioned as it is */ now?: boolean }
  /** exact: 'the year before' counts from the date just mentioned, never from publication */
  | { kind: 'shift'; n: number; unit: Unit; dir: number; from: 'pub' | 'anchor'; ref?: Ref; exact?: boolean }
  | { kind: 'period'; unit: 'year' | 'month'; det: string }
  | { kind: 'yearword'; word: string }
  /** 'on the 12th': that day of the month just mentioned (or of publication), leaning to the past */
  | { kind: 'monthday'; d: number; /** 'the 20th of last month': months from publication */ months?: number }
  /** 'Thanksgiving', 'Election Day', 'Good Friday' (plus: days after the holiday) */
  | { kind: 'movable'; name: Movable; plus?: number };
/**
 * What "the Sunday before the election" or "the day after Monday's debate" counts from: the
 * offset where that starts and its noun ('election'); `only` when there is no other reading.
 */
export type Ref = { at: number; noun?: string; only?: boolean };
export type Candidate = { start: number; end: number; spec: Spec };

const PATTERNS = [...ABSOLUTE, ...RELATIVE];

/** All candidates, longest first when they overlap, in text order. */
export function findCandidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) { p.re.lastIndex++; continue; }
      const spec = p.read((m.groups ?? {}) as Groups, text, m.index, m[0]);
      // (a pattern may read its context and keep only the part named 'span': 'June 14 to [18]')
      const [start, end] = m.indices?.groups?.span ?? [m.index, m.index + m[0].length];
      if (spec) all.push({ start, end, spec });
    }
  }
  return keepLongest(all, text.length);
}

