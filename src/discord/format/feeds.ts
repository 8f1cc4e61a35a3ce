import { clampEmbed, safeText, type Embed } from '../../briefing/limits.ts';
import type { Feed } from '../../db/feeds.ts';

const FEED_COLOR = 0x2e9e6a;
const MAX_LINES = 30;

function feedLine(f: Feed): string {
  const title = f.title ? `${safeText(f.title, 80)} — ` : '';
  const status = f.lastError ? ` ⚠️ last poll failed: ${safeText(f.lastError, 120)}` : f.lastPolledAt ? '' : ' (not polled yet)';
  return `\`#${f.id}\` ${title}<${f.url}>${status}`;
}

/** The guild's own feeds, then the operator's defaults that every server gets. */
export function feedsEmbed(feeds: readonly Feed[]): Embed {
  const own = feeds.filter((f) => !f.isDefault);
  const defaults = feeds.filter((f) => f.isDefault);
  const section = (list: readonly Feed[], empty: string) =>
    list.length ? list.slice(0, MAX_LINES).map(feedLine).join('\n') + (list.length > MAX_LINES ? `\n…and ${list.length - MAX_LINES} more` : '') : empty;
  return clampEmbed({
    title: 'News feeds',
    color: FEED_COLOR,
    fields: [
      { name: `This server's feeds (${own.length})`, value: section(own, 'None yet: add one with `/feeds add url:`') },
      { name: `Operator defaults (${defaults.length})`, value: section(defaults, 'None') },
    ],
  });
}
