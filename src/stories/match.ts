/** Small matching helpers shared by the disagreement finders. */
import { words } from './terms.ts';

export type Draft = { kind: 'figure' | 'role' | 'date' | 'quote'; about: string; values: { value: string; articleId: number }[] };
export type Sourced = { articleId: number; source: string };

export const wordSet = (text: string | null | undefined): Set<string> => new Set(words(text ?? ''));

/** |A ∩ B| / min(|A|, |B|); 0 when either is empty. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/** Groups of items, joined whenever `linked(a, b)` (transitively). Items keep their order within a group. */
export function groupBy<T>(items: readonly T[], linked: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (find(i) !== find(j) && linked(items[i]!, items[j]!)) parent[find(j)] = find(i);
  }
  const groups = new Map<number, T[]>();
  items.forEach((x, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), x]));
  return [...groups.values()];
}

export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Groups where every member is `linked` to the group's first item (its leader), not merely
 * to some member: no chains of weak links joining unrelated items. With `keys`, an item is
 * compared only with leaders sharing one of its keys (words, a surname...): the same groups
 * as without, provided two linked items always share a key, at a fraction of the comparisons.
 */
export function leaders<T>(items: readonly T[], linked: (leader: T, item: T) => boolean, keys?: (x: T) => Iterable<string>): T[][] {
  const groups: T[][] = [];
  const byKey = new Map<string, number[]>();
  for (const x of items) {
    const ks = keys ? [...new Set(keys(x))] : [];
    let found = -1;
    if (!keys) found = groups.findIndex((members) => linked(members[0]!, x));
    else {
      // Groups are created in order, so the first linked leader is the smallest linked index.
      const candidates = [...new Set(ks.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b);
      found = candidates.find((i) => linked(groups[i]![0]!, x)) ?? -1;
    }
    if (found >= 0) { groups[found]!.push(x); continue; }
    for (const k of ks) {
      const list = byKey.get(k);
      if (list) list.push(groups.length);
      else byKey.set(k, [groups.length]);
    }
    groups.push([x]);
  }
  return groups;
}

/** The last word of a name, folded: 'Finance Minister Ana Ruiz' → 'ruiz'. */
export const surname = (name: string): string =>
  (name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? []).at(-1) ?? '';

/** Two names for one person: same surname, or surnames one edit apart ('Zelensky' / 'Zelenskyy'). */
export const sameName = (a: string, b: string): boolean => sameSurname(surname(a), surname(b));

/** sameName on surnames already folded by `surname`. */
export function sameSurname(x: string, y: string): boolean {
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 5 && editDistanceAtMostOne(x, y));
}

/**
 * Keys that any two `sameSurname` surnames share: the surname and, from five letters, each
 * spelling with one letter dropped (one edit apart ⇒ equal after at most one drop each).
 */
export function surnameKeys(x: string): string[] {
  if (!x) return [];
  const out = [x];
  if (x.length >= 5) for (let i = 0; i < x.length; i++) out.push(x.slice(0, i) + x.slice(i + 1));
  return out;
}

export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** True when some two items of different sources disagree by `differ`. */
export function sourcesDiffer<T extends Sourced>(items: readonly T[], differ: (a: T, b: T) => boolean): boolean {
  return items.some((a, i) => items.slice(i + 1).some((b) => a.source.toLowerCase() !== b.source.toLowerCase() && differ(a, b)));
}
