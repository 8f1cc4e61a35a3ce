import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Context } from '../src/context.ts';
import { timeline, timelineMessages } from '../src/briefing/index.ts';
import type { Reply } from '../src/discord/call.ts';
import { pageFooter } from '../src/discord/format/text.ts';
import { validate } from '../src/discord/options.ts';
import { pageButtons, slicePage } from '../src/discord/pager.ts';
import { deferThenEdit } from '../src/discord/respond.ts';
import type { SlashCommand } from './types.ts';

const PER_PAGE = 10;

const schema = z.object({ topic: z.string().trim().min(2, 'give at least two letters').max(100, 'keep it under 100 characters') });

/** Page n of the topic's timeline (events merged across sources, oldest first). */
function page(ctx: Context, args: string[], n: number, userId: string): Reply {
  const [topic = ''] = args;
  const entries = timeline(ctx.db, topic, { limit: 200 });
  const p = slicePage(entries, PER_PAGE, n);
  const [message] = timelineMessages(topic, p.items);
  const embeds = (message?.embeds ?? []).map((e) => ({ ...e, footer: { text: pageFooter(p.page, p.pages, entries.length, 'event') } }));
  return { content: message?.content ?? '', embeds, components: pageButtons(ctx, { command: 'timeline', userId, page: p.page, args: [topic] }, p.pages) };
}

export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('What happened, in order, on a topic or about a name')
    .addStringOption((o) => o.setName('topic').setDescription('Words such as "harbor budget", or a name').setRequired(true).setMaxLength(100)),
  async execute(interaction, ctx) {
    const { topic } = validate(schema, { topic: interaction.options.getString('topic', true) });
    await deferThenEdit(interaction, () => page(ctx, [topic], 0, interaction.user.id));
  },
  page,
} satisfies SlashCommand;
