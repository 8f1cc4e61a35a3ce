import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { listSubscriptions } from '../src/db/subscriptions.ts';
import { UserError } from '../src/errors.ts';
import { subscriptionsEmbed } from '../src/discord/format/subscriptions.ts';
import type { SlashCommand } from './types.ts';

export default {
  data: new SlashCommandBuilder().setName('subscriptions').setDescription("This server's scheduled briefings").setContexts(0),
  async execute(interaction, ctx) {
    if (!interaction.guildId) throw new UserError('This command works in a server, not in direct messages.');
    await interaction.reply({ embeds: [subscriptionsEmbed(listSubscriptions(ctx.db, interaction.guildId))], flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
