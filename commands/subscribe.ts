import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { safeText } from '../src/briefing/limits.ts';
import { addSubscription, removeSubscription } from '../src/db/subscriptions.ts';
import { UserError } from '../src/errors.ts';
import { subscriptionLine } from '../src/discord/format/subscriptions.ts';
import { optional, validate } from '../src/discord/options.ts';
import { postableChannel, requireManageChannels } from '../src/discord/permissions.ts';
import { describeFailure } from '../src/discord/router.ts';
import { timeZoneChoices } from '../src/schedule/slots.ts';
import type { SlashCommand } from './types.ts';

const schema = z.object({
  time: z.string().trim().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. 07:30'),
  timezone: z.string().trim().min(1).max(64),
  topic: z.string().trim().min(2, 'give at least two letters, or leave it out for all news').max(100).optional(),
});

export default {
  data: new SlashCommandBuilder()
    .setName('subscribe')
    .setDescription('Post a daily briefing in a channel')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(0)
    .addChannelOption((o) => o.setName('channel').setDescription('Where to post').setRequired(true)
      .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
    .addStringOption((o) => o.setName('time').setDescription('Time of day, 24-hour HH:MM').setRequired(true).setMaxLength(5))
    .addStringOption((o) => o.setName('timezone').setDescription('IANA zone, e.g. Europe/London').setRequired(true).setAutocomplete(true).setMaxLength(64))
    .addStringOption((o) => o.setName('topic').setDescription('Only news about this (default: everything)').setMaxLength(100)),
  async execute(interaction, ctx) {
    const guildId = requireManageChannels(interaction);
    const o = interaction.options;
    const a = validate(schema, { time: o.getString('time', true), timezone: o.getString('timezone', true), topic: optional(o.getString('topic')) });
    const channel = postableChannel(o.getChannel('channel', true));
    const result = addSubscription(ctx.db, { guildId, channelId: channel.id, time: a.time, timezone: a.timezone, topic: a.topic ?? null, createdBy: interaction.user.id });
    const line = subscriptionLine(result.subscription);
    if (result.status === 'exists') {
      return void (await interaction.reply({ content: `That briefing already exists: ${line}`, flags: MessageFlags.Ephemeral }));
    }
    // Posting can be slow (rate limits): acknowledge first, privately, so the 3-second deadline holds.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const s = result.subscription;
    try {
      await channel.send({ content: `📰 This channel will get a news briefing every day at **${s.time}** ${s.timezone}${s.topic ? ` about **${safeText(s.topic, 100)}**` : ''}.` });
    } catch (e) {
      // Discord said no after all (e.g. an overwrite the cache did not know): undo, and say why.
      removeSubscription(ctx.db, guildId, s.id);
      throw new UserError(`I could not post in <#${channel.id}>, so nothing was scheduled. ${describeFailure(e).message}`);
    }
    await interaction.editReply({ content: `Scheduled: ${line}` });
  },
  async autocomplete(interaction) {
    const focused = interaction.options.getFocused(true);
    const zones = focused.name === 'timezone' ? timeZoneChoices(focused.value, 25) : [];
    await interaction.respond(zones.map((z) => ({ name: z, value: z })));
  },
} satisfies SlashCommand;
