/** TF-IDF cosine between term vectors, with IDF from incrementally kept document frequencies. */
import type { Vector } from './state.ts';

/** Smoothed IDF; a term never seen counts as rare as a term seen once. */
export const idf = (df: number, n: number): number => Math.log((n + 2) / (Math.max(df, 1) + 0.5));

export function weigh(v: Vector, idfOf: (term: string) => number): Vector {
  const out: Vector = new Map();
  let norm = 0;
  for (const [t, w] of v) {
    const x = w * idfOf(t);
    if (x > 0) { out.set(t, x); norm += x * x; }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of out) out.set(t, x / norm);
  return out;
}

/** Dot product of two unit vectors = their cosine. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
  return dot;
}

/** The `k` terms that weigh most in a (weighted) vector. */
export function topTerms(v: Vector, k: number): string[] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([t]) => t);
}

export const daysBetween = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
