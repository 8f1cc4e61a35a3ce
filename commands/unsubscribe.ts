import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { truncateAtWord } from '../src/briefing/limits.ts';
import { getSubscription, listSubscriptions, removeSubscription } from '../src/db/subscriptions.ts';
import { UserError } from '../src/errors.ts';
import { subscriptionLine } from '../src/discord/format/subscriptions.ts';
import { validate } from '../src/discord/options.ts';
import { requireManageChannels } from '../src/discord/permissions.ts';
import type { SlashCommand } from './types.ts';

const schema = z.object({ id: z.string().trim().regex(/^#?\d{1,12}$/, 'pick a briefing from the list, or give its number like 3').transform((s) => Number(s.replace('#', ''))) });

export default {
  data: new SlashCommandBuilder()
    .setName('unsubscribe')
    .setDescription('Stop a scheduled briefing')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(0)
    .addStringOption((o) => o.setName('id').setDescription('Which briefing').setRequired(true).setAutocomplete(true).setMaxLength(13)),
  async execute(interaction, ctx) {
    const guildId = requireManageChannels(interaction);
    const { id } = validate(schema, { id: interaction.options.getString('id', true) });
    const sub = getSubscription(ctx.db, id, guildId);
    if (!sub || !removeSubscription(ctx.db, guildId, id)) {
      throw new UserError(`This server has no scheduled briefing #${id}. See \`/subscriptions\`.`);
    }
    await interaction.reply({ content: `Stopped: ${subscriptionLine(sub)}`, flags: MessageFlags.Ephemeral });
  },
  async autocomplete(interaction, ctx) {
    if (!interaction.guildId) return void (await interaction.respond([]));
    const typed = interaction.options.getFocused(true).value.toLowerCase();
    const subs = listSubscriptions(ctx.db, interaction.guildId)
      .map((s) => ({ s, label: `#${s.id} · ${s.time} ${s.timezone}${s.topic ? ` · ${s.topic}` : ''}` }))
      .filter(({ label }) => label.toLowerCase().includes(typed))
      .slice(0, 25);
    await interaction.respond(subs.map(({ s, label }) => ({ name: truncateAtWord(label, 100), value: String(s.id) })));
  },
} satisfies SlashCommand;
