import type { Db } from '../db/open.ts';
import type { Article } from '../db/articles.ts';
import type { Extraction } from '../extract/types.ts';

/**
 * Put a newly stored article into a story (joining an existing one or starting its own).
 * Incremental: looks only at recent stories. Call inside the article's transaction.
 * Placeholder until the clustering issue: every article starts its own story.
 */
export function assignStory(db: Db, article: Article, _x: Extraction): number {
  const id = Number(db.prepare(`INSERT INTO stories (title, first_published, last_published) VALUES (?, ?, ?)`)
    .run(article.title, article.publishedAt, article.publishedAt).lastInsertRowid);
  db.prepare(`INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)`).run(article.id, id);
  return id;
}
