import { getGender } from 'gender-detection-from-name';
import type { Gender } from '../05-entities.ts';
import { genderOf } from '../lexicon.ts';

/**
 * The gender usually given to a first name the lexicon does not know, from the
 * gender-detection-from-name lists (English, German, French, Italian, Spanish, Turkish names):
 * 'Ilka' → 'f', 'Oskar' → 'm', 'Lianhua' → undefined.
 *
 * Only for the first word of a multi-word person's name: the lists also hold surnames and
 * words ('Clinton', 'Paris', 'Judge'), so they never decide what is a name.
 */
export function listedFirstNameGender(first: string): Gender | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  const g = getGender(first);
  return g === 'female' ? 'f' : g === 'male' ? 'm' : undefined;
}

/** A first name by the lexicon or the name lists: 'Ava', 'Rick' (not 'Obama' alone, which neither lists as one). */
export const isFirstName = (word: string): boolean => !!(genderOf(word) || listedFirstNameGender(word));
