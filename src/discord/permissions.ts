import { ChannelType, GuildChannel, PermissionFlagsBits } from 'discord.js';
import { UserError } from '../errors.ts';
import type { SlashCall } from './call.ts';

/** Runtime twin of default_member_permissions: server admins can override those, so check again. */
export function requireManageChannels(interaction: SlashCall): string {
  if (!interaction.guildId) throw new UserError('This command works in a server, not in direct messages.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) {
    throw new UserError('You need the **Manage Channels** permission to change this server\'s briefings and feeds.');
  }
  return interaction.guildId;
}

const NEEDED = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
] as const;

/**
 * The channel as a postable guild text channel, or a UserError saying exactly which of
 * View Channel / Send Messages / Embed Links the bot lacks there (from permissionsFor(bot)).
 */
export function postableChannel(channel: { id: string } | null) {
  if (!(channel instanceof GuildChannel) || !channel.isTextBased() || channel.type === ChannelType.GuildVoice) {
    throw new UserError('Pick a text or announcement channel of this server that I can see.');
  }
  const me = channel.guild.members.me;
  const perms = me ? channel.permissionsFor(me) : null;
  const missing = NEEDED.filter(([bit]) => !perms?.has(bit)).map(([, name]) => name);
  if (missing.length) {
    throw new UserError(`I can't post briefings in <#${channel.id}>: I'm missing **${missing.join('**, **')}** there. `
      + 'Give my role those permissions in that channel (Edit Channel → Permissions), then try again.');
  }
  return channel;
}
