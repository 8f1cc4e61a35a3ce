/** What a story's sources say, loaded from the store, and the disagreements recomputed from it. */
import type { Article } from '../db/articles.ts';
import type { Db } from '../db/open.ts';
import { stmt } from '../db/statements.ts';
import { saveDisagreements } from '../db/stories.ts';
import type { Extraction } from '../extract/types.ts';
import { dateDisagreements, leadDateDisagreements, type StoryEvent, type StoryLead } from './dates.ts';
import { leadDay } from './lead.ts';
import { figureDisagreements, type StoryFigure } from './figures.ts';
import type { Draft } from './match.ts';
import { groupQuotes, quoteDisagreements, type StoryQuote } from './quotes.ts';
import { articleRoles, roleDisagreements, type ArticleRole } from './roles.ts';

/**
 * A story's facts are read from its newest `articles` only: a long-running story (hundreds of
 * articles, thousands of quotes) then costs no more per new article than a mid-sized one, and
 * its disagreements and quotes are those of its recent coverage.
 */
export const factParams = { articles: 40 };

/** Articles of the story (its newest `limit`): the subquery every loader below starts from. */
const SCOPE = `FROM (SELECT sa.article_id FROM story_articles sa JOIN articles x ON x.id = sa.article_id
    WHERE sa.story_id = ? ORDER BY x.published_at DESC, x.id DESC LIMIT ?) sa
  JOIN articles a ON a.id = sa.article_id JOIN sources s ON s.id = a.source_id`;
const ORDER = `ORDER BY a.published_at, a.id`;

export function storyFigures(db: Db, storyId: number, limit = factParams.articles): StoryFigure[] {
  return stmt(db, `SELECT f.article_id AS articleId, s.name AS source, f.text, f.value, f.unit, f.about, a.published_at AS publishedAt,
      substr(a.text, max(1, f.start - 149), min(f.start, 150) + (f.end - f.start) + 150) AS context, min(f.start, 150) AS at, f.start ${SCOPE}
    JOIN figures f ON f.article_id = a.id ${ORDER}, f.start`).all(storyId, limit) as StoryFigure[];
}

export function storyEvents(db: Db, storyId: number, limit = factParams.articles): StoryEvent[] {
  return stmt(db, `SELECT e.article_id AS articleId, s.name AS source, e.date, e.summary, a.published_at AS publishedAt ${SCOPE}
    JOIN events e ON e.article_id = a.id ${ORDER}, e.start`).all(storyId, limit) as StoryEvent[];
}

export function storyQuotes(db: Db, storyId: number, limit = factParams.articles): StoryQuote[] {
  return stmt(db, `SELECT q.article_id AS articleId, s.name AS source, q.text, q.speaker, q.kind, a.url, a.published_at AS publishedAt ${SCOPE}
    JOIN quotes q ON q.article_id = a.id ${ORDER}, q.start`).all(storyId, limit) as StoryQuote[];
}

export function storyRoles(db: Db, storyId: number, limit = factParams.articles): ArticleRole[] {
  return stmt(db, `SELECT r.article_id AS articleId, s.name AS source, r.role, r.name ${SCOPE}
    JOIN article_roles r ON r.article_id = a.id ${ORDER}`).all(storyId, limit) as ArticleRole[];
}

/** Each article's lead day (see leadDay), from its stored events and date mentions. */
export function storyLeads(db: Db, storyId: number, limit = factParams.articles): StoryLead[] {
  const articles = stmt(db, `SELECT a.id, s.name AS source, a.title, substr(a.text, 1, length(a.title) + 1) AS head, a.published_at AS publishedAt ${SCOPE} ${ORDER}`)
    .all(storyId, limit) as { id: number; source: string; title: string; head: string; publishedAt: string }[];
  const events = stmt(db, `SELECT start, end, date, summary FROM events WHERE article_id = ? ORDER BY start`);
  const dates = stmt(db, `SELECT start, end, value, text FROM date_mentions WHERE article_id = ? ORDER BY start`);
  const out: StoryLead[] = [];
  for (const a of articles) {
    const evs = events.all(a.id) as { start: number; end: number; date: string | null; summary: string }[];
    const day = leadDay(a.head, a.title, { events: evs.map((e) => ({ ...e, actors: [] })), dates: dates.all(a.id) as Extraction['dates'] });
    const lead = day ? evs.find((e) => e.date === day) : undefined;
    if (day && lead) out.push({ articleId: a.id, source: a.source, day, publishedAt: a.publishedAt, summary: lead.summary });
  }
  return out;
}

/** Every disagreement among the sources of a story (its newest articles), from what is stored. */
export function findDisagreements(db: Db, storyId: number): Draft[] {
  const text = stmt(db, `SELECT text FROM articles WHERE id = ?`);
  const textOf = (id: number) => (text.get(id) as { text: string } | undefined)?.text ?? '';
  return [
    ...figureDisagreements(storyFigures(db, storyId)),
    ...roleDisagreements(storyRoles(db, storyId), textOf),
    ...mergedDateDisagreements(leadDateDisagreements(storyLeads(db, storyId)), dateDisagreements(storyEvents(db, storyId))),
    ...quoteDisagreements(groupQuotes(storyQuotes(db, storyId))),
  ];
}

/** The main event's dates first; another date disagreement only when it names other values. */
function mergedDateDisagreements(lead: Draft[], others: Draft[]): Draft[] {
  const key = (d: Draft) => [...new Set(d.values.map((v) => v.value))].sort().join('|');
  const seen = new Set(lead.map(key));
  return [...lead, ...others.filter((d) => !seen.has(key(d)))];
}

/** After an article joined a story: remember who it says holds which role, and recompute the story's disagreements. */
export function refreshStoryFacts(db: Db, storyId: number, article: Article, x: Extraction): void {
  const add = stmt(db, `INSERT INTO article_roles (article_id, role, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`);
  for (const r of articleRoles(article.text, x.entities)) add.run(article.id, r.role, r.name);
  saveDisagreements(db, storyId, findDisagreements(db, storyId));
}
