/** The briefing API the CLI and the bot use. */
import type { Db } from '../db/open.ts';
import { getStory } from '../db/stories.ts';
import { composeBriefing, describeStory, type BriefingOptions, type BriefingStory } from './compose.ts';
import type { DiscordMessage } from './limits.ts';
import { renderBriefing } from './render.ts';

export { composeBriefing, parseSince, describeStory, type Briefing, type BriefingStory, type BriefingOptions } from './compose.ts';
export { renderBriefing, renderStory, storyEmbed, packEmbeds } from './render.ts';
export { briefingToText, storyToText } from './text.ts';
export { timeline, timelineToText, timelineMessages, type TimelineEntry } from './timeline.ts';

/** Store + window → the briefing's Discord messages; [] when there is nothing to brief (fits `BuildBriefing`). */
export function briefingMessages(db: Db, o: BriefingOptions): DiscordMessage[] {
  return renderBriefing(composeBriefing(db, o));
}

/** One stored story with its summary, dated events, quotes, disagreements and sources (for /story). */
export function storyDetails(db: Db, id: number, lastBriefedAt: Date | null = null): BriefingStory | undefined {
  const s = getStory(db, id);
  return s && describeStory(db, s, lastBriefedAt);
}
