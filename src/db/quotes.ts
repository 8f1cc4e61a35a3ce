import { escapeLike, findEntitiesByName } from './entities.ts';
import type { Db } from './open.ts';

export type StoredQuote = {
  id: number; text: string; speaker: string | null; kind: string; articleId: number;
  source: string; publishedAt: string; url: string | null; title: string; storyId: number | null;
};

type Row = {
  id: number; text: string; speaker: string | null; kind: string; article_id: number;
  source: string; published_at: string; url: string | null; title: string; story_id: number | null;
};

const toQuote = (r: Row): StoredQuote => ({
  id: r.id, text: r.text, speaker: r.speaker, kind: r.kind, articleId: r.article_id, source: r.source,
  publishedAt: r.published_at, url: r.url, title: r.title, storyId: r.story_id,
});

export type QuoteQuery = { search?: string; speaker?: string; limit?: number; includeTerms?: boolean };

/**
 * Quotes matching words (FTS5, best match first) and/or a speaker (any alias of a stored
 * entity, or a substring of the speaker text). Without words: newest first.
 */
export function searchQuotes(db: Db, q: QuoteQuery): StoredQuote[] {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = `quotes q`;
  let order = `a.published_at DESC, q.id DESC`;
  const match = q.search ? ftsQuery(q.search) : '';
  if (match) {
    from = `quotes_fts f JOIN quotes q ON q.id = f.rowid`;
    where.push(`quotes_fts MATCH ?`);
    params.push(match);
    order = `bm25(quotes_fts, 1.0, 0.5), a.published_at DESC`;
  } else if (q.search) {
    return [];
  }
  if (q.speaker) {
    const ids = findEntitiesByName(db, q.speaker, 20).map((e) => e.id);
    where.push(`(q.speaker LIKE ? ESCAPE '\\'${ids.length ? ` OR q.entity_id IN (${ids.map(() => '?').join(',')})` : ''})`);
    params.push(`%${escapeLike(q.speaker)}%`, ...ids);
  }
  if (!q.includeTerms) where.push(`q.kind != 'term'`);
  // reported speech nobody is named for is an attribution for the story, not a quote to look up
  where.push(`(q.kind != 'indirect' OR q.speaker IS NOT NULL)`);
  const sql = `SELECT q.id, q.text, q.speaker, q.kind, q.article_id, s.name AS source, a.published_at, a.url, a.title,
      sa.story_id FROM ${from} JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = a.source_id
      LEFT JOIN story_articles sa ON sa.article_id = a.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
  return (db.prepare(sql).all(...params, q.limit ?? 10) as Row[]).map(toQuote);
}

/**
 * Words → an FTS5 query that cannot be a syntax error: each word quoted, all required;
 * a phrase in quotation marks stays a phrase. 'who said "not one more dollar"?' → '"not one more dollar"'
 */
export function ftsQuery(input: string): string {
  const phrases = [...input.matchAll(/["“”‘’']([^"“”‘’']{3,})["“”‘’']/g)].map((m) => m[1]!);
  const source = phrases.length ? phrases.join(' ') : input;
  const words = source.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return '';
  return phrases.length ? phrases.map((p) => `"${(p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')}"`).join(' ') : words.map((w) => `"${w}"`).join(' ');
}

