import { readFileSync } from 'node:fs';

/** The objects of a JSON Lines file. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Overlap of two spans as a share of the shorter one (0 when disjoint). */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return o > 0 && shorter > 0 ? o / shorter : 0;
}

/** A predicted value cut to the gold's granularity equals the gold ('1998-02-06' is right for '1998-02'). */
export const valueMatches = (pred: string | null | undefined, gold: string) => !!pred && pred.length >= gold.length && pred.slice(0, gold.length) === gold;
