import type { Db } from './open.ts';
import { stmt } from './statements.ts';

export type Article = {
  id: number;
  sourceId: number;
  source: string;
  url: string | null;
  title: string;
  publishedAt: string;
  text: string;
  contentHash: string;
  ingestedAt: string;
};

type Row = {
  id: number; source_id: number; source: string; url: string | null; title: string;
  published_at: string; text: string; content_hash: string; ingested_at: string;
};

const toArticle = (r: Row): Article => ({
  id: r.id, sourceId: r.source_id, source: r.source, url: r.url, title: r.title,
  publishedAt: r.published_at, text: r.text, contentHash: r.content_hash, ingestedAt: r.ingested_at,
});

const SELECT = `SELECT a.*, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id`;

export function upsertSource(db: Db, name: string): number {
  stmt(db, `INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING`).run(name);
  return (stmt(db, `SELECT id FROM sources WHERE name = ?`).get(name) as { id: number }).id;
}

/** The article already stored under this canonical URL or this content hash, if any. */
export function findDuplicate(db: Db, url: string | null, contentHash: string): Article | undefined {
  const row = stmt(db, `${SELECT} WHERE a.content_hash = ? OR (? IS NOT NULL AND a.url = ?) LIMIT 1`)
    .get(contentHash, url, url) as Row | undefined;
  return row && toArticle(row);
}

export type NewArticle = {
  source: string; url: string | null; title: string; publishedAt: string; text: string;
  contentHash: string; feedId?: number | null;
};

export function insertArticle(db: Db, a: NewArticle): number {
  const sourceId = upsertSource(db, a.source);
  const r = stmt(db, `INSERT INTO articles (source_id, feed_id, url, title, published_at, text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(sourceId, a.feedId ?? null, a.url, a.title, a.publishedAt, a.text, a.contentHash);
  return Number(r.lastInsertRowid);
}

export function getArticle(db: Db, id: number): Article | undefined {
  const row = stmt(db, `${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row && toArticle(row);
}

export function getArticles(db: Db, ids: readonly number[]): Article[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SELECT} WHERE a.id IN (${ids.map(() => '?').join(',')}) ORDER BY a.published_at, a.id`).all(...ids) as Row[];
  return rows.map(toArticle);
}

export function countArticles(db: Db): number {
  return (stmt(db, `SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
}

