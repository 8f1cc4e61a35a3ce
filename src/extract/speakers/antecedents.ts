import type { EntityIndex, Gender, Mention } from '../05-entities.ts';
import type { Entity } from '../types.ts';

/**
 * People named outside quotation marks, for resolving "he"/"she" to the last one before a quote.
 *
 *   'Ana Ruiz met Tom Bell. "Go," Bell said. "We won," she said.' → before(<2nd quote>, 'f') is Ana Ruiz
 *
 * Names inside quotes are skipped: a speaker rarely refers to themself by name.
 */
export type People = { before: (offset: number, gender?: Gender) => Entity | undefined };

export function personsOutside(entities: EntityIndex, quotes: { start: number; end: number }[], genderOf = entities.genderOf): People {
  const kept: Mention[] = [];
  let q = 0;
  for (const m of entities.mentions) {
    if (m.entity.type !== 'person') continue;
    while (q < quotes.length && quotes[q]!.end <= m.start) q++;
    const inside = q < quotes.length && quotes[q]!.start <= m.start && m.end <= quotes[q]!.end;
    if (!inside) kept.push(m);
  }
  return {
    before: (offset, gender) => {
      let lo = 0, hi = kept.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (kept[mid]!.start < offset) lo = mid + 1; else hi = mid; }
      let unknown: Entity | undefined;
      for (let i = lo - 1, n = 0; i >= 0 && n < 40; i--, n++) {
        const e = kept[i]!.entity;
        const g = genderOf(e);
        if (!gender || g === gender) return e;
        if (!g) unknown ??= e;
      }
      return unknown;
    },
  };
}
