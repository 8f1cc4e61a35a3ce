/** Incremental clustering state in SQLite: document frequencies, article term vectors, candidates. */
import type { Db } from '../db/open.ts';
import { stmt } from '../db/statements.ts';

export type Vector = Map<string, number>;

export function docCount(db: Db): number {
  return (stmt(db, `SELECT df FROM cluster_terms WHERE term = ''`).get() as { df: number } | undefined)?.df ?? 0;
}

export function documentFrequencies(db: Db, terms: Iterable<string>): Map<string, number> {
  const get = stmt(db, `SELECT df FROM cluster_terms WHERE term = ?`);
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (get.get(t) as { df: number } | undefined)?.df ?? 0);
  return out;
}

/** Title terms are kept beside the article's terms under this prefix (not counted into frequencies). */
const TITLE = '^';

export type ArticleVectors = { all: Vector; title: Vector };

/** Remember an article's vectors, and count its terms (and the article) into the frequencies. */
export function addArticleTerms(db: Db, articleId: number, a: ArticleVectors): void {
  const put = stmt(db, `INSERT INTO article_terms (article_id, term, weight) VALUES (?, ?, ?)`);
  const bump = stmt(db, `INSERT INTO cluster_terms (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1`);
  for (const [t, w] of a.all) { put.run(articleId, t, w); bump.run(t); }
  for (const [t, w] of a.title) put.run(articleId, TITLE + t, w);
  bump.run('');
}

/** An article's whole-text and title vectors (raw weights). */
export function articleVectors(db: Db, articleId: number): ArticleVectors {
  const rows = stmt(db, `SELECT term, weight FROM article_terms WHERE article_id = ?`).all(articleId) as { term: string; weight: number }[];
  const out: ArticleVectors = { all: new Map(), title: new Map() };
  for (const r of rows) {
    if (r.term.startsWith(TITLE)) out.title.set(r.term.slice(TITLE.length), r.weight);
    else out.all.set(r.term, r.weight);
  }
  return out;
}

export type CandidateArticle = { articleId: number; storyId: number; publishedAt: string; shared: number };

/**
 * Articles published in [from, to] sharing any of `terms`, with how many they share: the only
 * articles an incoming one is compared with. At most 400 per term, latest stored first, so the
 * cost per article stays bounded however large the store grows.
 */
export function candidateArticles(db: Db, terms: readonly string[], from: string, to: string, limit: number): CandidateArticle[] {
  if (terms.length === 0) return [];
  const posting = stmt(db, `SELECT at.article_id AS articleId, sa.story_id AS storyId, a.published_at AS publishedAt
    FROM article_terms at JOIN articles a ON a.id = at.article_id JOIN story_articles sa ON sa.article_id = at.article_id
    WHERE at.term = ? AND a.published_at >= ? AND a.published_at <= ? ORDER BY at.article_id DESC LIMIT 400`);
  const byArticle = new Map<number, CandidateArticle>();
  for (const t of terms) {
    for (const r of posting.all(t, from, to) as Omit<CandidateArticle, 'shared'>[]) {
      const c = byArticle.get(r.articleId) ?? { ...r, shared: 0 };
      c.shared += 1;
      byArticle.set(r.articleId, c);
    }
  }
  return [...byArticle.values()].sort((a, b) => b.shared - a.shared || b.articleId - a.articleId).slice(0, limit);
}

/** A story's articles, newest first, at most `limit`. */
export function storyMembers(db: Db, storyId: number, limit: number): { articleId: number; publishedAt: string }[] {
  return stmt(db, `SELECT sa.article_id AS articleId, a.published_at AS publishedAt FROM story_articles sa
    JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?`)
    .all(storyId, limit) as { articleId: number; publishedAt: string }[];
}

export function createStory(db: Db, title: string, publishedAt: string): number {
  return Number(stmt(db, `INSERT INTO stories (title, first_published, last_published) VALUES (?, ?, ?)`)
    .run(title, publishedAt, publishedAt).lastInsertRowid);
}

export function addToStory(db: Db, storyId: number, articleId: number, publishedAt: string, similarity: number): void {
  stmt(db, `INSERT INTO story_articles (article_id, story_id, similarity) VALUES (?, ?, ?)`).run(articleId, storyId, similarity);
  stmt(db, `UPDATE stories SET first_published = min(first_published, ?), last_published = max(last_published, ?),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(publishedAt, publishedAt, storyId);
}

/** Move every article of story `from` into `into` (widening its dates) and drop `from` with its disagreements. */
export function mergeStories(db: Db, into: number, from: number): void {
  stmt(db, `UPDATE story_articles SET story_id = ? WHERE story_id = ?`).run(into, from);
  stmt(db, `UPDATE stories SET first_published = min(first_published, (SELECT first_published FROM stories WHERE id = ?)),
    last_published = max(last_published, (SELECT last_published FROM stories WHERE id = ?)),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(from, from, into);
  stmt(db, `DELETE FROM stories WHERE id = ?`).run(from);
}
