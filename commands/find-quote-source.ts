import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.ts';
import { quoteLookupReply } from '../src/discord/lookup.ts';
import type { MessageCommand } from './types.ts';

/** Right-click a message → Apps → Find quote source: who said it, where and when. */
export default {
  data: new ContextMenuCommandBuilder().setName('Find quote source').setType(ApplicationCommandType.Message),
  async execute(interaction, ctx) {
    const m = interaction.targetMessage;
    const text = [m.content, ...m.embeds.map((e) => e.description ?? '')].join(' ').trim();
    if (!text) throw new UserError('That message has no text I can look up.');
    await interaction.reply(quoteLookupReply(ctx.db, text));
  },
} satisfies MessageCommand;
