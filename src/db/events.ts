import { escapeLike, findEntitiesByName } from './entities.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

export type StoredEvent = {
  id: number; date: string | null; summary: string; place: string | null; actors: string[];
  articleId: number; source: string; publishedAt: string; url: string | null; storyId: number | null;
};

type Row = {
  id: number; date: string | null; summary: string; place: string | null; article_id: number;
  source: string; published_at: string; url: string | null; story_id: number | null;
};

export type EventQuery = { entity?: string; topic?: string; from?: string; to?: string; limit?: number; articleIds?: number[] };

/**
 * Dated events, oldest first (a timeline). `entity` matches an actor by any alias; `topic`
 * matches words in the summary. from/to compare on the event date ('2026-03' covers March).
 */
export function listEvents(db: Db, q: EventQuery): StoredEvent[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.entity) {
    const ids = findEntitiesByName(db, q.entity, 20).map((e) => e.id);
    const like = `%${escapeLike(q.entity)}%`;
    where.push(`e.id IN (SELECT event_id FROM event_actors WHERE name LIKE ? ESCAPE '\\'${ids.length ? ` OR entity_id IN (${ids.map(() => '?').join(',')})` : ''})`);
    params.push(like, ...ids);
  }
  if (q.topic) {
    for (const w of q.topic.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      where.push(`(lower(e.summary) LIKE ? OR e.id IN (SELECT event_id FROM event_actors WHERE lower(name) LIKE ?))`);
      params.push(`%${w}%`, `%${w}%`);
    }
  }
  if (q.from) { where.push(`e.date >= ?`); params.push(q.from); }
  if (q.to) { where.push(`substr(e.date, 1, ?) <= ?`); params.push(q.to.length, q.to); }
  if (q.articleIds) { where.push(`e.article_id IN (${q.articleIds.map(() => '?').join(',') || 'NULL'})`); params.push(...q.articleIds); }
  const sql = `SELECT e.id, e.date, e.summary, e.place, e.article_id, s.name AS source, a.published_at, a.url, sa.story_id
    FROM events e JOIN articles a ON a.id = e.article_id JOIN sources s ON s.id = a.source_id
    LEFT JOIN story_articles sa ON sa.article_id = a.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.date IS NULL, e.date, a.published_at, e.start LIMIT ?`;
  const rows = db.prepare(sql).all(...params, q.limit ?? 50) as Row[];
  const actors = stmt(db, `SELECT name FROM event_actors WHERE event_id = ? ORDER BY position`);
  return rows.map((r) => ({
    id: r.id, date: r.date, summary: r.summary, place: r.place, articleId: r.article_id, source: r.source,
    publishedAt: r.published_at, url: r.url, storyId: r.story_id,
    actors: (actors.all(r.id) as { name: string }[]).map((a) => a.name),
  }));
}
