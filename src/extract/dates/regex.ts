import { ORDINAL_WORD_RE, spelledYear } from './lexicon.ts';
import type { Spec } from './patterns.ts';

/**
 * Shared pieces of the date regexes: a year, a day of the month, edge words, and a helper that
 * capitalises the first letter of each alternative ("last|next" → "[Ll]ast|[Nn]ext").
 *
 *   new RegExp(YEAR).test('in 1997') === true;  new RegExp(YEAR).test('$1990') === false
 */
export type Groups = Record<string, string | undefined>;
export type Pattern = { re: RegExp; read: (g: Groups, text: string, start: number, match: string) => Spec | null };

export const YEAR = '(?<![\\d$£€.,/]|\\d-)(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d%]|s\\b|-\\d|,\\d)';
export const DAY = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)|${ORDINAL_WORD_RE})`;
export const EDGE = 'early|late|mid-?|the beginning of|the middle of|the end of|the start of|around';
export const cap = (words: string) => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
export const re = (s: string) => new RegExp(s, 'g');
export const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
export const yearOf = (g: Groups) => num(g.y) ?? (g.sy ? spelledYear(g.sy) : undefined);
