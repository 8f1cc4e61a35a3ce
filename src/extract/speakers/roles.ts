import type { EntityIndex, Mention } from '../05-entities.ts';
import type { Entity } from '../types.ts';

/**
 * People introduced with a role, so that "the spokeswoman said" later names them.
 *
 *   'Stein spokeswoman Melezia Quint said ...' / 'Melezia Quint, a spokeswoman for Stein, said ...'
 *   → byRole('spokeswoman', <offset after>) is Melezia Quint
 */
const SINGULAR_ROLES = new Set(`spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney strategist
  pollster analyst economist expert researcher professor investigator prosecutor founder minister mayor governor
  chairman chairwoman director senator judge commander coach captain ambassador ceo`.split(/\s+/));

/** 'Spokeswoman Ilka Brandt', 'Stein spokeswoman Melezia Quint': the word right before the name (or before its first name). */
const LAST_WORD = /\b([A-Za-z]+)\s+$/;
const BEFORE = /\b([a-z]+)\s+(?:\p{Lu}[\p{L}.'-]*\s+)?$/u;
/** 'Oskar Velde, the finance minister,' / ', a spokeswoman for Stein': the appositive's head noun. */
const AFTER = /^,\s+(?:a|an|the|his|her|its|\p{Lu}[\p{L}'-]*'s)\s+(?:[\p{L}'-]+\s+){0,5}?([a-z]+)(?=\s*[,.;]|\s+(?:for|of|at|to|in|with|who|since)\b)/u;

export type RoleLookup = (role: string, before: number) => Entity | undefined;

type Seen = { at: number; entity: Entity };

export function rolesOf(text: string, entities: EntityIndex): RoleLookup {
  const seen = new Map<string, Seen[]>(); // per role, in text order
  for (const m of entities.mentions) {
    if (m.entity.type !== 'person') continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const last = LAST_WORD.exec(before)?.[1]?.toLowerCase();
    add(seen, last && SINGULAR_ROLES.has(last) ? last : BEFORE.exec(before)?.[1], m);
    add(seen, AFTER.exec(text.slice(m.end, m.end + 60))?.[1], m);
    // 'Emeka Barnaby, 52,' / 'Emeka Barnaby (52)' → 'the 52-year-old said'
    const age = AGE.exec(text.slice(m.end, m.end + 8))?.[1];
    if (age) add(seen, `${age}-year-old`, m);
  }
  return (role, before) => {
    const xs = seen.get(role) ?? [];
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.at < before) lo = mid + 1; else hi = mid; }
    return xs[lo - 1]?.entity;
  };
}

const AGE = /^(?:,\s*|\s*\()(\d{1,3})[,)]/;

function add(seen: Map<string, Seen[]>, role: string | undefined, m: Mention): void {
  if (!role || !(SINGULAR_ROLES.has(role) || /^\d{1,3}-year-old$/.test(role))) return;
  const xs = seen.get(role) ?? [];
  xs.push({ at: m.start, entity: m.entity });
  seen.set(role, xs);
}
