import { clampEmbed, safeText, type Embed } from '../../briefing/limits.ts';
import type { StoredEvent } from '../../db/events.ts';
import { link, pageFooter } from './text.ts';

export const EVENT_COLOR = 0x8a5cf6;

/** '**2026-03-12** · The council rejected the budget (Ana Ruiz) — [Outlet](url)' */
export function eventLine(e: StoredEvent): string {
  const actors = e.actors.length ? ` (${safeText(e.actors.slice(0, 3).join(', '), 120)})` : '';
  const place = e.place ? ` in ${safeText(e.place, 60)}` : '';
  return `**${e.date ?? 'undated'}** · ${safeText(e.summary, 260)}${place}${actors} — ${link(e.source, e.url, 60)}`;
}

/** A page of events (a timeline) in one embed's description. */
export function eventsEmbed(events: readonly StoredEvent[], o: { heading: string; page: number; pages: number; total: number }): Embed {
  return clampEmbed({
    title: o.heading,
    color: EVENT_COLOR,
    description: events.length ? events.map(eventLine).join('\n') : 'No dated events match. Try a wider date range or another name.',
    footer: { text: pageFooter(o.page, o.pages, o.total, 'event') },
  });
}
