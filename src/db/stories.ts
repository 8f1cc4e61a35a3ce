import { escapeLike } from './entities.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

export type DisagreementKind = 'figure' | 'role' | 'date' | 'quote';
export type DisagreementValue = { value: string; source: string; articleId: number };
export type Disagreement = { about: string; kind: DisagreementKind; values: DisagreementValue[] };
export type StoryArticle = { id: number; source: string; title: string; url: string | null; publishedAt: string };
export type Story = {
  id: number; title: string; firstPublished: string; lastPublished: string;
  /** Distinct sources among the articles. */
  sources: number;
  articles: StoryArticle[];
  discrepancies: Disagreement[];
};

type StoryRow = { id: number; title: string; first_published: string; last_published: string };

export type StoryQuery = { limit?: number; since?: string | Date; query?: string };

/** Stories, most recently updated first (all of them unless `limit`); `since` on the last article's date; `query` as findStories. */
export function listStories(db: Db, q: StoryQuery = {}): Story[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.since !== undefined) { where.push(`s.last_published >= ?`); params.push(typeof q.since === 'string' ? q.since : q.since.toISOString()); }
  for (const w of queryWords(q.query ?? '')) {
    where.push(`EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      WHERE sa.story_id = s.id AND (lower(a.title) LIKE ? ESCAPE '\\' OR lower(a.text) LIKE ? ESCAPE '\\'))`);
    const like = `%${escapeLike(w)}%`;
    params.push(like, like);
  }
  const rows = db.prepare(`SELECT s.* FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.last_published DESC, s.id DESC LIMIT ?`).all(...params, q.limit ?? -1) as StoryRow[];
  return rows.map((r) => toStory(db, r));
}

export function getStory(db: Db, id: number): Story | undefined {
  const r = stmt(db, `SELECT * FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
  return r && toStory(db, r);
}

/** Stories whose articles mention every word (title or text), those with the words in titles first. For `/story query:`. */
export function findStories(db: Db, words: string, limit = 10): Story[] {
  const ws = queryWords(words);
  if (ws.length === 0) return [];
  const found = listStories(db, { query: words, limit: 200 });
  const titleHits = (s: Story) => s.articles.filter((a) => ws.every((w) => a.title.toLowerCase().includes(w))).length;
  return found.map((s) => ({ s, hits: titleHits(s) }))
    .sort((a, b) => b.hits - a.hits || b.s.sources - a.s.sources || (a.s.lastPublished < b.s.lastPublished ? 1 : -1))
    .slice(0, limit).map((x) => x.s);
}

const queryWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function toStory(db: Db, r: StoryRow): Story {
  const articles = storyArticles(db, r.id);
  return {
    id: r.id, title: r.title, firstPublished: r.first_published, lastPublished: r.last_published,
    sources: new Set(articles.map((a) => a.source.toLowerCase())).size, articles, discrepancies: storyDisagreements(db, r.id),
  };
}

export function storyArticles(db: Db, storyId: number): StoryArticle[] {
  return stmt(db, `SELECT a.id, s.name AS source, a.title, a.url, a.published_at AS publishedAt FROM story_articles sa
    JOIN articles a ON a.id = sa.article_id JOIN sources s ON s.id = a.source_id
    WHERE sa.story_id = ? ORDER BY a.published_at, a.id`).all(storyId) as StoryArticle[];
}

export function storyDisagreements(db: Db, storyId: number): Disagreement[] {
  const ds = stmt(db, `SELECT id, kind, about FROM disagreements WHERE story_id = ? ORDER BY id`).all(storyId) as { id: number; kind: DisagreementKind; about: string }[];
  const values = stmt(db, `SELECT dv.value, s.name AS source, dv.article_id AS articleId FROM disagreement_values dv
    JOIN articles a ON a.id = dv.article_id JOIN sources s ON s.id = a.source_id WHERE dv.disagreement_id = ? ORDER BY a.published_at, a.id, dv.rowid`);
  return ds.map((d) => ({ about: d.about, kind: d.kind, values: values.all(d.id) as DisagreementValue[] }));
}

/** Replace a story's disagreements. */
export function saveDisagreements(db: Db, storyId: number, list: readonly { about: string; kind: DisagreementKind; values: readonly { value: string; articleId: number }[] }[]): void {
  stmt(db, `DELETE FROM disagreements WHERE story_id = ?`).run(storyId);
  const addD = stmt(db, `INSERT INTO disagreements (story_id, kind, about) VALUES (?, ?, ?)`);
  const addV = stmt(db, `INSERT INTO disagreement_values (disagreement_id, value, article_id) VALUES (?, ?, ?)`);
  for (const d of list) {
    const id = addD.run(storyId, d.kind, d.about).lastInsertRowid;
    for (const v of d.values) addV.run(id, v.value, v.articleId);
  }
}

/** Stories having an article published in [from, to] (ISO), most recent first. For briefings. */
export function storiesBetween(db: Db, from: string, to: string, limit = 200): Story[] {
  const rows = stmt(db, `SELECT DISTINCT s.* FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id
    WHERE a.published_at >= ? AND a.published_at <= ? ORDER BY s.last_published DESC, s.id DESC LIMIT ?`).all(from, to, limit) as StoryRow[];
  return rows.map((r) => toStory(db, r));
}

/** Ids of stories with an article linked to any of these entities (article_entities). */
export function storyIdsWithEntities(db: Db, entityIds: readonly number[]): number[] {
  if (entityIds.length === 0) return [];
  return (db.prepare(`SELECT DISTINCT sa.story_id AS id FROM article_entities ae JOIN story_articles sa ON sa.article_id = ae.article_id
    WHERE ae.entity_id IN (${entityIds.map(() => '?').join(',')})`).all(...entityIds) as { id: number }[]).map((r) => r.id);
}
