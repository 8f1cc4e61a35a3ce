import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { truncateAtWord } from '../src/briefing/limits.ts';
import { addFeed, listFeeds, removeFeed } from '../src/db/feeds.ts';
import { UserError } from '../src/errors.ts';
import { privateUrlReason } from '../src/ingest/public-url.ts';
import { feedsEmbed } from '../src/discord/format/feeds.ts';
import { validate } from '../src/discord/options.ts';
import { requireManageChannels } from '../src/discord/permissions.ts';
import type { SlashCommand } from './types.ts';

const urlSchema = z.object({ url: z.url({ protocol: /^https?$/, error: 'give the feed\'s full address, starting with https://' }).max(500) });

export default {
  data: new SlashCommandBuilder()
    .setName('feeds')
    .setDescription("This server's news sources, on top of the operator's defaults")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(0)
    .addSubcommand((s) => s.setName('add').setDescription('Add an RSS or Atom feed')
      .addStringOption((o) => o.setName('url').setDescription('https://… address of the feed').setRequired(true).setMaxLength(500)))
    .addSubcommand((s) => s.setName('remove').setDescription('Remove one of this server\'s feeds')
      .addStringOption((o) => o.setName('feed').setDescription('Which feed').setRequired(true).setAutocomplete(true).setMaxLength(500)))
    .addSubcommand((s) => s.setName('list').setDescription('Show the feeds this server reads')),
  async execute(interaction, ctx) {
    const guildId = requireManageChannels(interaction);
    const sub = interaction.options.getSubcommand();
    if (sub === 'add') {
      const { url } = validate(urlSchema, { url: interaction.options.getString('url', true).trim() });
      const refused = ctx.config.NEWSDESK_ALLOW_PRIVATE_FEEDS ? null : privateUrlReason(url);
      if (refused) throw new UserError(`That feed can't be added: ${refused}. Use the feed's public address.`);
      const r = addFeed(ctx.db, { guildId, url, addedBy: interaction.user.id });
      const msg = r.status === 'added' ? `Added feed \`#${r.feed.id}\` <${r.feed.url}>. New articles appear after the next poll.`
        : r.feed.isDefault ? `<${r.feed.url}> is already one of the operator's default feeds: every server gets it.`
        : `This server already reads <${r.feed.url}> (\`#${r.feed.id}\`).`;
      return void (await interaction.reply({ content: msg, flags: MessageFlags.Ephemeral }));
    }
    if (sub === 'remove') {
      const feed = interaction.options.getString('feed', true).trim().replace(/^#/, '');
      if (!removeFeed(ctx.db, guildId, feed)) throw new UserError('That is not one of this server\'s feeds (operator defaults cannot be removed here). See `/feeds list`.');
      return void (await interaction.reply({ content: 'Feed removed.', flags: MessageFlags.Ephemeral }));
    }
    await interaction.reply({ embeds: [feedsEmbed(listFeeds(ctx.db, guildId))], flags: MessageFlags.Ephemeral });
  },
  async autocomplete(interaction, ctx) {
    if (!interaction.guildId) return void (await interaction.respond([]));
    const typed = interaction.options.getFocused(true).value.toLowerCase();
    const own = listFeeds(ctx.db, interaction.guildId).filter((f) => !f.isDefault && `${f.title ?? ''} ${f.url}`.toLowerCase().includes(typed));
    await interaction.respond(own.slice(0, 25).map((f) => ({ name: truncateAtWord(`#${f.id} ${f.title ?? f.url}`, 100), value: String(f.id) })));
  },
} satisfies SlashCommand;
