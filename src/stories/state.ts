/** Incremental clustering state in SQLite: document frequencies, article term vectors, candidates. */
import type { Db } from '../db/open.ts';
import { stmt } from '../db/statements.ts';

export type Vector = Map<string, number>;

export function docCount(db: Db): number {
  return (stmt(db, `SELECT df FROM cluster_terms WHERE term = ''`).get() as { df: number } | undefined)?.df ?? 0;
}

/** Document frequency of each term (0 when never seen), in one query. */
export function documentFrequencies(db: Db, terms: Iterable<string>): Map<string, number> {
  const list = [...terms];
  const out = new Map<string, number>(list.map((t) => [t, 0]));
  if (list.length === 0) return out;
  const rows = stmt(db, `SELECT ct.term, ct.df FROM json_each(?) j JOIN cluster_terms ct ON ct.term = j.value`).all(JSON.stringify(list)) as { term: string; df: number }[];
  for (const r of rows) out.set(r.term, r.df);
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

/** A story member as `storyMembers` gives it; `stamp` tells a stored article from another that got its id back after a rollback. */
export type Member = { articleId: number; publishedAt: string; stamp: string };

/** Raw vectors of recently compared articles, per connection, least recently used dropped first (~8 KB each). */
const recent = new WeakMap<Db, Map<number, { stamp: string; v: ArticleVectors }>>();
export const vectorCacheSize = 2000;

/** `articleVectors` of a story member, from memory when compared recently (an article's terms never change). */
export function memberVectors(db: Db, m: Pick<Member, 'articleId' | 'stamp'>): ArticleVectors {
  let cache = recent.get(db);
  if (!cache) recent.set(db, (cache = new Map()));
  const hit = cache.get(m.articleId);
  cache.delete(m.articleId);
  const entry = hit && hit.stamp === m.stamp ? hit : { stamp: m.stamp, v: articleVectors(db, m.articleId) };
  cache.set(m.articleId, entry);
  if (cache.size > vectorCacheSize) cache.delete(cache.keys().next().value!);
  return entry.v;
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

/** Columns read before the text (cheap), telling one stored article from another given the same id. */
const STAMP = `coalesce(a.url, '') || char(10) || a.published_at || char(10) || a.title`;

/** A story's articles, newest first, at most `limit`. */
export function storyMembers(db: Db, storyId: number, limit: number): Member[] {
  return stmt(db, `SELECT sa.article_id AS articleId, a.published_at AS publishedAt, ${STAMP} AS stamp FROM story_articles sa
    JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?`)
    .all(storyId, limit) as Member[];
}

/** `storyMembers` of several stories in one query. */
export function membersOfStories(db: Db, storyIds: readonly number[], limit: number): Map<number, Member[]> {
  const out = new Map<number, Member[]>(storyIds.map((id) => [id, []]));
  if (storyIds.length === 0) return out;
  const rows = stmt(db, `SELECT storyId, articleId, publishedAt, stamp FROM (
      SELECT sa.story_id AS storyId, sa.article_id AS articleId, a.published_at AS publishedAt, ${STAMP} AS stamp,
        row_number() OVER (PARTITION BY sa.story_id ORDER BY a.published_at DESC, a.id DESC) AS k
      FROM json_each(?) j JOIN story_articles sa ON sa.story_id = j.value JOIN articles a ON a.id = sa.article_id)
    WHERE k <= ? ORDER BY storyId, k`).all(JSON.stringify(storyIds), limit) as (Member & { storyId: number })[];
  for (const { storyId, ...m } of rows) out.get(storyId)!.push(m);
  return out;
}

/** The distinct headlines of a story (at most `limit`). */
export function storyTitles(db: Db, storyId: number, limit = 500): string[] {
  return (stmt(db, `SELECT DISTINCT a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? LIMIT ?`)
    .all(storyId, limit) as { title: string }[]).map((r) => r.title);
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
