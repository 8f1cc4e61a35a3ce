/**
 * A briefing: the stories of a time window (optionally about a topic or entity), ranked by
 * how many sources carry them, how recent they are and whether they are new since the
 * subscriber's last briefing. Deterministic for the same store and `now`.
 */
import { getArticles } from '../db/articles.ts';
import { listEvents } from '../db/events.ts';
import type { Db } from '../db/open.ts';
import { findEntitiesByName } from '../db/entities.ts';
import { listStories, storiesBetween, storyIdsWithEntities, type Disagreement, type Story } from '../db/stories.ts';
import { storyQuotes } from '../stories/facts.ts';
import { groupQuotes, namedSpeaker, type QuoteWithVariants } from '../stories/quotes.ts';
import { summarise } from './summary.ts';

export type BriefingSource = { source: string; title: string; url: string | null; publishedAt: string };
export type BriefingEvent = { date: string; summary: string; source: string };
/** `wordings`: distinct wordings of this quote across the story; `sources`: how many sources carry it. */
export type BriefingQuote = { text: string; speaker: string; source: string; url: string | null; wordings: number; sources: number };
export type BriefingStory = {
  id: number; title: string; summary: string;
  sourceCount: number; articleCount: number; firstPublished: string; lastPublished: string;
  /** Has articles published after the last briefing (or there was none). */
  isNew: boolean;
  events: BriefingEvent[]; quotes: BriefingQuote[]; disagreements: Disagreement[]; sources: BriefingSource[];
};
export type Briefing = { now: string; since: string; topic: string | null; stories: BriefingStory[]; matched: number };
export type BriefingOptions = { now: Date; since: Date; topic?: string | null; lastBriefedAt?: Date | null; maxStories?: number };

export function composeBriefing(db: Db, o: BriefingOptions): Briefing {
  const from = o.since.toISOString();
  const to = o.now.toISOString();
  let stories = storiesBetween(db, from.slice(0, 19), to, 500);
  const topic = o.topic?.trim() || null;
  if (topic) {
    const about = new Set([...listStories(db, { query: topic, since: from.slice(0, 10) }).map((s) => s.id), ...storiesOfEntity(db, topic, from, to)]);
    stories = stories.filter((s) => about.has(s.id));
  }
  const ranked = stories.map((s) => ({ s, score: rankScore(s, o.now, o.lastBriefedAt ?? null) }))
    .sort((a, b) => b.score - a.score || b.s.lastPublished.localeCompare(a.s.lastPublished) || b.s.id - a.s.id);
  return {
    now: to, since: from, topic, matched: stories.length,
    stories: ranked.slice(0, o.maxStories ?? 8).map(({ s }) => describeStory(db, s, o.lastBriefedAt ?? null)),
  };
}

/** Sources count most (log), then recency (half-life 12 h), then novelty since the last briefing. */
export function rankScore(s: Story, now: Date, lastBriefedAt: Date | null): number {
  const hours = Math.max(0, (now.getTime() - Date.parse(s.lastPublished)) / 3_600_000);
  return 2 * Math.log2(1 + s.sources) + Math.pow(0.5, hours / 12) + (isNew(s, lastBriefedAt) ? 1 : 0);
}

const isNew = (s: Story, last: Date | null) => !last || Date.parse(s.lastPublished) > last.getTime();

/** Stories about an entity: its articles (by any alias) or events naming it as an actor. */
function storiesOfEntity(db: Db, name: string, from: string, to: string): number[] {
  const byEvents = listEvents(db, { entity: name, limit: 500 })
    .filter((e) => e.publishedAt >= from.slice(0, 10) && e.publishedAt <= to && e.storyId !== null).map((e) => e.storyId!);
  return [...byEvents, ...storyIdsWithEntities(db, findEntitiesByName(db, name, 20).map((e) => e.id))];
}

/** Everything a briefing shows of one story. */
export function describeStory(db: Db, s: Story, lastBriefedAt: Date | null = null): BriefingStory {
  const full = getArticles(db, s.articles.map((a) => a.id));
  return {
    id: s.id, title: s.title, summary: summarise(full), sourceCount: s.sources, articleCount: s.articles.length,
    firstPublished: s.firstPublished, lastPublished: s.lastPublished, isNew: isNew(s, lastBriefedAt),
    events: keyEvents(db, s), quotes: pickQuotes(groupQuotes(storyQuotes(db, s.id))), disagreements: s.discrepancies,
    sources: firstPerSource(s),
  };
}

/**
 * Dated events near the story's own time (two weeks before its first article to a month after
 * its last: far dates are mostly background or misreadings), the dates most articles give
 * first, one event per date, shown oldest first. Events that merely restate a headline are skipped.
 */
function keyEvents(db: Db, s: Story, max = 3): BriefingEvent[] {
  const day = 86_400_000;
  const from = Date.parse(s.firstPublished.slice(0, 10)) - 14 * day;
  const to = Date.parse(s.lastPublished.slice(0, 10)) + 30 * day;
  const titles = new Set(s.articles.map((a) => a.title.trim().toLowerCase()));
  const byDate = new Map<string, { e: BriefingEvent; articles: Set<number> }>();
  for (const e of listEvents(db, { articleIds: s.articles.map((a) => a.id), limit: 500 })) {
    if (!e.date || e.date.length < 7 || titles.has(e.summary.trim().toLowerCase())) continue;
    const at = Date.parse(e.date.length === 7 ? `${e.date}-01` : e.date);
    if (!(at >= from && at <= to)) continue;
    const entry = byDate.get(e.date) ?? { e: { date: e.date, summary: e.summary, source: e.source }, articles: new Set<number>() };
    entry.articles.add(e.articleId);
    byDate.set(e.date, entry);
  }
  return [...byDate.values()].sort((a, b) => b.articles.size - a.articles.size || a.e.date.localeCompare(b.e.date)).slice(0, max)
    .map((x) => x.e).sort((a, b) => a.date.localeCompare(b.date));
}

/** Named speakers, verbatim quotes and quotes of a readable length first; then the most widely carried. */
export function pickQuotes(groups: readonly QuoteWithVariants[], max = 2): BriefingQuote[] {
  const fit = (g: QuoteWithVariants) => (namedSpeaker(g.speaker) ? 2 : 0) + (g.kind === 'direct' || g.kind === 'mixed' ? 2 : 0)
    + (g.text.length >= 30 && g.text.length <= 300 ? 1 : 0);
  return groups.filter((g) => g.speaker && g.kind !== 'term')
    .map((g, i) => ({ g, i })).sort((a, b) => fit(b.g) - fit(a.g) || b.g.sources - a.g.sources || a.i - b.i)
    .slice(0, max)
    .map(({ g }) => ({
      text: g.text.trim().replace(/[\s,;:]+$/, ''), speaker: g.speaker!, source: g.variants[0]!.source, url: g.variants[0]!.url ?? null,
      wordings: new Set(g.variants.map((v) => v.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())).size, sources: g.sources,
    }));
}

function firstPerSource(s: Story): BriefingSource[] {
  const seen = new Set<string>();
  return s.articles.filter((a) => !seen.has(a.source.toLowerCase()) && !!seen.add(a.source.toLowerCase()))
    .map((a) => ({ source: a.source, title: a.title, url: a.url, publishedAt: a.publishedAt }));
}

/**
 * The start of a window: '24h', '90m', '3d', '2w' back from `now`, or a date/date-time.
 * parseSince('3d', new Date('2026-03-10T12:00Z')) → 2026-03-07T12:00Z
 */
export function parseSince(input: string, now: Date): Date {
  const s = input.trim();
  const rel = /^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$/i.exec(s);
  if (rel) {
    const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[rel[2]!.toLowerCase() as 'm'];
    return new Date(now.getTime() - Number(rel[1]) * unit);
  }
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s))) {
    return new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
  }
  throw new Error(`"${input}" is not a time: use 24h, 3d, 2w, 90m or a date like 2026-03-01`);
}
