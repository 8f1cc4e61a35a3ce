import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Context } from '../src/context.ts';
import { truncateAtWord } from '../src/briefing/limits.ts';
import { quotedSpeakers } from '../src/db/entities.ts';
import type { Reply } from '../src/discord/call.ts';
import { noQuotesEmbed, quotesEmbed } from '../src/discord/format/quotes.ts';
import { findQuotes } from '../src/discord/lookup.ts';
import { optional, validate } from '../src/discord/options.ts';
import { pageButtons, slicePage } from '../src/discord/pager.ts';
import type { SlashCommand } from './types.ts';

const PER_PAGE = 5;

const schema = z.object({
  text: z.string().trim().min(2, 'give at least two letters of what was said').max(200, 'keep it under 200 characters'),
  speaker: z.string().trim().max(100, 'keep the name under 100 characters').optional(),
});

/** Page n of the quotes matching [text, speaker]. */
function page(ctx: Context, args: string[], n: number, userId: string): Reply {
  const [text = '', speaker = ''] = args;
  const quotes = findQuotes(ctx.db, text, { speaker: speaker || undefined, limit: 25 });
  const heading = truncateAtWord(`Quotes matching “${text}”${speaker ? ` by ${speaker}` : ''}`, 200);
  if (quotes.length === 0) {
    return { embeds: [noQuotesEmbed(heading, 'No quote matches those words. Try fewer or different words, or drop the speaker.')] };
  }
  const p = slicePage(quotes, PER_PAGE, n);
  return {
    embeds: [quotesEmbed(p.items, { heading, page: p.page, pages: p.pages, total: quotes.length })],
    components: pageButtons(ctx, { command: 'quote', userId, page: p.page, args: [text, speaker] }, p.pages),
  };
}

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Who said it? Best matching quotes with speaker, outlet, date and link')
    .addStringOption((o) => o.setName('text').setDescription('Words from the quote').setRequired(true).setMaxLength(200))
    .addStringOption((o) => o.setName('speaker').setDescription('Only quotes by this person').setAutocomplete(true).setMaxLength(100)),
  async execute(interaction, ctx) {
    const args = validate(schema, { text: interaction.options.getString('text', true), speaker: optional(interaction.options.getString('speaker')) });
    await interaction.reply(page(ctx, [args.text, args.speaker ?? ''], 0, interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const names = focused.name === 'speaker' ? quotedSpeakers(ctx.db, focused.value.trim().slice(0, 100), 25) : [];
    await interaction.respond(names.map((n) => ({ name: truncateAtWord(n, 100), value: n.slice(0, 100) })));
  },
  page,
} satisfies SlashCommand;
