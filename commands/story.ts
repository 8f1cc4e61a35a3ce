import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { renderStory, storyDetails } from '../src/briefing/index.ts';
import { findStories } from '../src/db/stories.ts';
import { UserError } from '../src/errors.ts';
import { validate } from '../src/discord/options.ts';
import { deferThenEdit } from '../src/discord/respond.ts';
import type { SlashCommand } from './types.ts';

const schema = z.object({ query: z.string().trim().min(2, 'give at least two letters').max(100, 'keep it under 100 characters') });

export default {
  data: new SlashCommandBuilder()
    .setName('story')
    .setDescription('One story across outlets: its sources and where they disagree')
    .addStringOption((o) => o.setName('query').setDescription('Words from the story, e.g. "harbor budget"').setRequired(true).setMaxLength(100)),
  async execute(interaction, ctx) {
    const { query } = validate(schema, { query: interaction.options.getString('query', true) });
    await deferThenEdit(interaction, () => {
      const found = findStories(ctx.db, query, 10);
      const details = found[0] && storyDetails(ctx.db, found[0].id);
      if (!details) throw new UserError(`No story matches “${query}”. Try fewer or different words.`);
      const others = found.length - 1;
      const note = others > 0 ? `Best of ${found.length} matching stories; add words to narrow it down.` : '';
      return { content: note, embeds: renderStory(details).embeds };
    });
  },
} satisfies SlashCommand;
