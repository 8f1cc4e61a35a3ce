import { findDuplicate, getArticle, insertArticle } from '../db/articles.ts';
import { saveExtraction } from '../db/extractions.ts';
import type { Db } from '../db/open.ts';
import { extract } from '../extract/index.ts';
import { assignStory } from '../stories/cluster.ts';
import { canonicalUrl, contentHash } from './identity.ts';
import { articleRecordSchema, type ArticleRecord } from './record.ts';

export type StoreResult =
  | { status: 'added'; articleId: number; storyId: number; quotes: number; events: number; entities: number }
  | { status: 'duplicate'; articleId: number; reason: 'url' | 'text' };

/**
 * Validate, extract and store one article with everything extracted from it, in ONE
 * transaction: if any part fails, nothing of the article remains. Re-storing the same
 * article (same canonical URL, or same folded text) changes nothing and says so.
 */
export function storeArticle(db: Db, input: ArticleRecord): StoreResult {
  const rec = articleRecordSchema.parse(input);
  const url = rec.url ? canonicalUrl(rec.url) : null;
  const hash = contentHash(rec.text);
  const dup = findDuplicate(db, url, hash);
  if (dup) return { status: 'duplicate', articleId: dup.id, reason: dup.contentHash === hash ? 'text' : 'url' };
  // Extraction is pure and may be slow: do it before taking the write lock.
  const x = extract({ text: rec.text, published: rec.published.slice(0, 10), title: rec.title });
  return db.transaction((): StoreResult => {
    const articleId = insertArticle(db, {
      source: rec.source, url, title: rec.title, publishedAt: rec.published, text: rec.text, contentHash: hash, feedId: rec.feedId ?? null,
    });
    saveExtraction(db, articleId, x);
    const storyId = assignStory(db, getArticle(db, articleId)!, x);
    return { status: 'added', articleId, storyId, quotes: x.quotes.length, events: x.events.length, entities: x.entities.length };
  }).immediate();
}
