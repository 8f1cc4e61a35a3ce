import { genderOf } from '../lexicon.ts';
import type { Entity } from '../types.ts';
import type { Gender, Mention } from '../05-entities.ts';
import type { NameRun } from './names.ts';

/** A draft entity while the index is built: its key, the tokens of its fullest name and its gender. */
export type Draft = { entity: Entity; key: string; tokens: string[]; gender?: Gender };

/** Count a mention of the draft: a fuller name becomes the name, others aliases; honorifics say the gender. */
export function addMention(d: Draft, r: NameRun, keyFor: (name: string) => string): void {
  const e = d.entity;
  e.mentions = (e.mentions ?? 0) + 1;
  if (r.headline && keyFor(r.name) !== d.key) return;
  if (r.tokens.length > d.tokens.length) { e.aliases.push(e.name); e.name = r.name; d.tokens = r.tokens; }
  else if (r.name !== e.name && !e.aliases.includes(r.name)) e.aliases.push(r.name);
  for (const role of r.roles) if (!/^(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?$/.test(role) && !(e.roles ??= []).includes(role)) e.roles.push(role);
  if (!d.gender) d.gender = genderOf(r.roles.join(' ').split(' ')[0] ?? '') ?? (r.tokens.length > 1 ? firstNameGender(r.tokens) : genderOf(r.tokens[0]!));
  if (r.roles.length && e.type === 'other') e.type = 'person';
}

/** The gender of the first token that is a known first name ('Crooked Hillary Clinton' → 'f'). */
function firstNameGender(tokens: string[]): Gender | undefined {
  // ('Lee Hwa-jung', 'Park Ji-hoon': the family name comes first, and 'Lee' says nothing of her)
  if (tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[1]!)) return undefined;
  for (const t of tokens.slice(0, -1)) { const g = genderOf(t); if (g) return g; }
  return undefined;
}

/** The index of the first mention starting at or after offset. */
export function upperBound(ms: Mention[], offset: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}
