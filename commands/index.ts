import briefing from './briefing.ts';
import events from './events.ts';
import feeds from './feeds.ts';
import findQuoteSource from './find-quote-source.ts';
import quote from './quote.ts';
import story from './story.ts';
import subscribe from './subscribe.ts';
import subscriptions from './subscriptions.ts';
import timeline from './timeline.ts';
import unsubscribe from './unsubscribe.ts';
import type { MessageCommand, SlashCommand } from './types.ts';

export type { Command, MessageCommand, SlashCommand } from './types.ts';

/** Every slash command, listed explicitly (no folder scanning). */
export const slashCommands: readonly SlashCommand[] = [briefing, quote, events, timeline, story, subscribe, unsubscribe, subscriptions, feeds];

/** Every message context-menu command. */
export const messageCommands: readonly MessageCommand[] = [findQuoteSource];

/** What `npm run deploy-commands` registers. */
export const commandDefinitions = () => [...slashCommands, ...messageCommands].map((c) => c.data.toJSON());
