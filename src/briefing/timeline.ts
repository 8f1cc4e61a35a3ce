/** Timelines: dated events of an entity or topic across stories, oldest first, repeats across sources merged. */
import { listEvents, type StoredEvent } from '../db/events.ts';
import type { Db } from '../db/open.ts';
import { overlap, wordSet } from '../stories/match.ts';
import { oneLine, safeText, truncateAtWord, type DiscordMessage, type Embed } from './limits.ts';
import { link, packEmbeds } from './render.ts';

export type TimelineEntry = {
  date: string; summary: string; actors: string[]; storyId: number | null;
  sources: { source: string; url: string | null; articleId: number }[];
};
export type TimelineOptions = { from?: string; to?: string; limit?: number };

/** Events of the entity (any alias) if it has some, else events whose summary or actors mention the topic words. */
export function timeline(db: Db, entityOrTopic: string, o: TimelineOptions = {}): TimelineEntry[] {
  const q = { from: o.from, to: o.to, limit: Math.max(200, (o.limit ?? 50) * 4) };
  let events = listEvents(db, { ...q, entity: entityOrTopic });
  if (events.length === 0) events = listEvents(db, { ...q, topic: entityOrTopic });
  return mergeEvents(events.filter((e) => e.date)).slice(0, o.limit ?? 50);
}

/** One entry per (date, similar summary): the same event reported by several sources. */
export function mergeEvents(events: readonly StoredEvent[]): TimelineEntry[] {
  const out: (TimelineEntry & { words: Set<string> })[] = [];
  for (const e of events) {
    const words = wordSet(e.summary);
    const same = out.find((x) => x.date === e.date && (x.storyId === e.storyId || overlap(x.words, words) >= 0.5) && overlap(x.words, words) >= 0.3);
    const src = { source: e.source, url: e.url, articleId: e.articleId };
    if (same) {
      if (!same.sources.some((s) => s.source === e.source)) same.sources.push(src);
      for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
    } else out.push({ date: e.date!, summary: e.summary, actors: [...e.actors], storyId: e.storyId, sources: [src], words });
  }
  return out.map(({ words: _w, ...entry }) => entry);
}

export function timelineToText(subject: string, entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return `No dated events found for "${subject}".`;
  return [`🕒 Timeline: ${subject} (${entries.length} event${entries.length === 1 ? '' : 's'})`,
    ...entries.map((e) => `${e.date.padEnd(10)}  ${truncateAtWord(oneLine(e.summary), 200)}  — ${e.sources.map((s) => s.source).join(', ')}`)].join('\n');
}

/** Timeline embeds: up to 20 events per embed (one field each), packed into messages within the limits. */
export function timelineMessages(subject: string, entries: readonly TimelineEntry[]): DiscordMessage[] {
  const embeds: Embed[] = [];
  for (let i = 0; i < entries.length; i += 20) {
    embeds.push({
      title: i === 0 ? `🕒 Timeline: ${safeText(subject, 200)}` : `🕒 Timeline: ${safeText(subject, 180)} (cont.)`,
      fields: entries.slice(i, i + 20).map((e) => ({
        name: e.date,
        value: `${safeText(e.summary, 700)}\n${e.sources.slice(0, 4).map((s) => link(s.source, s.url, 50)).join(' · ')}`,
      })),
    });
  }
  if (embeds.length === 0) return [{ content: `No dated events found for "${safeText(subject, 200)}".`, embeds: [] }];
  return packEmbeds(embeds);
}
