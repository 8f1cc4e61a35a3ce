import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { parseSince } from '../src/briefing/index.ts';
import { briefingMessages } from '../src/briefing/index.ts';
import { optional, validate } from '../src/discord/options.ts';
import { UserError, errorMessage } from '../src/errors.ts';
import { nothingNewMessage } from '../src/schedule/deliver.ts';
import type { SlashCommand } from './types.ts';

const MAX_SPAN_MS = 90 * 86_400_000;

const schema = z.object({
  topic: z.string().trim().min(2, 'give at least two letters, or leave it out for all news').max(100).optional(),
  since: z.string().trim().max(30).optional(),
});

/** '24h', '3d', '1w' or a past date → the start of the window, or a UserError that says what works. */
function windowStart(input: string, now: Date): Date {
  let since: Date;
  try {
    since = parseSince(input, now);
  } catch (e) {
    throw new UserError(`\`since\`: ${errorMessage(e)}.`);
  }
  if (since > now) throw new UserError('`since` is in the future: give a past date or a span like 3d.');
  if (now.getTime() - since.getTime() > MAX_SPAN_MS) throw new UserError('`since` goes back more than 90 days: pick a shorter span.');
  return since;
}

export default {
  data: new SlashCommandBuilder()
    .setName('briefing')
    .setDescription('The news since a time: stories across outlets, with where they disagree')
    .addStringOption((o) => o.setName('topic').setDescription('Only news about this (a topic or a name)').setMaxLength(100))
    .addStringOption((o) => o.setName('since').setDescription('24h (default), 3d, 1w or a date like 2026-03-14').setMaxLength(30)),
  async execute(interaction, ctx) {
    const a = validate(schema, { topic: optional(interaction.options.getString('topic')), since: optional(interaction.options.getString('since')) });
    const now = ctx.clock();
    const window = { now, since: windowStart(a.since ?? '24h', now), ...(a.topic ? { topic: a.topic } : {}) };
    await interaction.deferReply();
    const [first = nothingNewMessage(window), ...rest] = briefingMessages(ctx.db, window);
    await interaction.editReply({ content: first.content ?? '', embeds: first.embeds });
    for (const m of rest) await interaction.followUp({ content: m.content ?? '', embeds: m.embeds });
  },
} satisfies SlashCommand;
