import { PLACES } from '../lexicon.ts';
import type { Gender } from '../05-entities.ts';
import type { NameRun } from './names.ts';

/**
 * Which of several people a lone surname stands for, and which short forms name an organisation.
 *
 *   'Carmen Ruiz and her husband, Diego Ruiz, ... Mr. Ruiz said' → Diego (the honorific's gender)
 *   'Ted Cruz ... his father, Rafael Cruz, ... Cruz said' → Ted (named in full most often, then first)
 *   'the National Hydrology Service (NHS) warned ... The NHS said' → 'NHS' is the service
 */
export type Namesake<T> = { draft: T; gender?: Gender; seen: number[]; honorifics?: Set<string> };

export function pickNamesake<T>(candidates: Namesake<T>[], r: NameRun): T | undefined {
  if (candidates.length <= 1) return candidates[0]?.draft;
  const honorific = r.roles.map((x) => x.replace(/\.$/, '')).find((x) => /^(?:Mr|Mrs|Ms|Miss)$/.test(x));
  const g = honorific ? (honorific === 'Mr' ? 'm' : 'f') : undefined;
  // ('Mrs. Kowalczyk' is not the one the article calls 'Ms. Kowalczyk', and the other way round)
  const fitting = g ? candidates.filter((c) => c.gender === g && !(honorific && [...(c.honorifics ?? [])].some((h) => h !== honorific))) : candidates;
  const pool = fitting.length ? fitting : candidates;
  // ('Nadia Kowalczyk ... her mother, Halina Kowalczyk. ... Mrs. Kowalczyk said': with an honorific, the one just named)
  if (g && pool.length > 1) {
    const last = (c: Namesake<T>) => Math.max(-1, ...c.seen.filter((at) => at < r.start));
    const chosen = pool.reduce((best, c) => (last(c) > last(best) ? c : best));
    (chosen.honorifics ??= new Set()).add(honorific!);
    return chosen.draft;
  }
  if (honorific && pool.length === 1) (pool[0]!.honorifics ??= new Set()).add(honorific);
  // ('Kristin Alvarado said ... "He came at me," Alvarado said. Her cousin, Frank Alvarado, disputed that': the only one named so far)
  const named = pool.filter((c) => c.seen.some((at) => at < r.start));
  if (named.length === 1) return named[0]!.draft;
  // else the one the article is about: named in full most often, then first ('Cruz' is Ted, not his father Rafael)
  const first = (c: Namesake<T>) => Math.min(Infinity, ...c.seen);
  return pool.reduce((best, c) => (c.seen.length > best.seen.length || (c.seen.length === best.seen.length && first(c) < first(best)) ? c : best)).draft;
}

/** 'Officials from Jordan': a country or city alone, read as a place, is not the surname of a person named Jordan. */
export const placeName = (r: NameRun) => r.tokens.length === 1 && !r.roles.length && PLACES.has(r.tokens[0]!.toLowerCase());
export const placeAlone = (r: NameRun, type: string) => placeName(r) && type === 'place';

/** 'the National Hydrology Service (NHS)', 'the Marrland Investment Authority, or MIA,': the acronym given right after. */
export function acronymAfter(text: string, r: NameRun): string | undefined {
  const m = /^\s*(?:\(|,\s+or\s+)([A-Z]{2,7})(?:\)|,)/.exec(text.slice(r.end, r.end + 16));
  if (!m) return undefined;
  const initials = r.tokens.filter((t) => !/^(?:of|and|for|the|on|in|de|du)$/i.test(t)).map((t) => t[0]).join('');
  return m[1] === initials || m[1]!.startsWith(initials) || initials.startsWith(m[1]!) ? m[1] : undefined;
}

