/** Discord-shaped payloads the fake gateway and REST server send. Fictional data only. */
export const fakeUser = { id: '300000000000000001', username: 'reader', discriminator: '0', global_name: 'Fictional Reader', avatar: null, bot: false };
export type FakeUser = typeof fakeUser;
export type BotUser = { id: string; username: string; discriminator: string; bot: true; avatar: null; global_name: null };
export type FakeGuild = { id: string; name?: string; channels?: any[]; roles?: any[]; members?: any[] };

let nextId = 900_000_000_000_000_000n;
export const snowflake = () => String(nextId++);

/** A message as a user in a guild channel sends it (MESSAGE_CREATE, or a context-menu target). */
export function userMessage(content: string, channelId: string, guildId: string | undefined, id = snowflake(), user: FakeUser = fakeUser) {
  return {
    id, channel_id: channelId, guild_id: guildId, author: user, content,
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, pinned: false, type: 0, attachments: [], embeds: [],
    components: [], mentions: [] as unknown[], mention_roles: [], mention_everyone: false, flags: 0,
  };
}

/** The message Discord returns for what the bot posted or edited. */
export function botMessage(body: any, channelId: string | null, bot: BotUser) {
  return {
    id: snowflake(), channel_id: channelId ?? '0', author: bot, content: body?.content ?? '', embeds: body?.embeds ?? [],
    components: body?.components ?? [], attachments: [], mentions: [], mention_roles: [], mention_everyone: false,
    pinned: false, tts: false, type: 0, timestamp: new Date().toISOString(), edited_timestamp: null, flags: body?.flags ?? 0,
  };
}

/** GUILD_CREATE for a guild the bot is in. */
export function guildPayload(g: FakeGuild, bot: BotUser) {
  return {
    id: g.id, name: g.name ?? 'Fictional Guild', icon: null, owner_id: '200000000000000001', afk_timeout: 300,
    verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0,
    system_channel_flags: 0, premium_tier: 0, nsfw_level: 0, preferred_locale: 'en-US', emojis: [], stickers: [],
    member_count: 2, large: false, unavailable: false, joined_at: new Date().toISOString(), voice_states: [], presences: [], threads: [],
    stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
    roles: g.roles ?? [{ id: g.id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: (g.channels ?? []).map((c) => ({ type: 0, position: 0, permission_overwrites: [], guild_id: g.id, ...c })),
    members: g.members ?? [{ user: bot, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
  };
}
