import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import { messageCommands, slashCommands } from '../../commands/index.ts';
import type { Context } from '../context.ts';
import type { InFlight } from './inflight.ts';
import { handleMention } from './mentions.ts';
import { routeInteraction, type CommandSet } from './router.ts';

export type ClientTuning = { waitGuildTimeout?: number; restOffset?: number; restRetries?: number };

export const commandSet = (): CommandSet => ({
  slash: new Map(slashCommands.map((c) => [c.data.name, c])),
  message: new Map(messageCommands.map((c) => [c.data.name, c])),
});

/**
 * The discord.js client, wired: no privileged intents (mentions and context-menu targets carry
 * content anyway), no pings from anything the bot sends, every handler behind its own catch.
 */
export function createClient(ctx: Context, inflight: InFlight, tuning: ClientTuning = {}): Client {
  const options: ClientOptions = {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: ctx.config.DISCORD_API_URL, offset: tuning.restOffset ?? 50, retries: tuning.restRetries ?? 3 },
    ...(tuning.waitGuildTimeout !== undefined ? { waitGuildTimeout: tuning.waitGuildTimeout } : {}),
  };
  const client = new Client(options);
  const log = ctx.log.child({ module: 'discord' });
  const commands = commandSet();
  client.on(Events.InteractionCreate, (interaction) => {
    inflight.track(routeInteraction(interaction, ctx, commands)).catch((e) => log.error({ err: e }, 'interaction router failed'));
  });
  client.on(Events.MessageCreate, (message) => {
    inflight.track(handleMention(message, ctx)).catch((e) => log.error({ err: e }, 'mention handler failed'));
  });
  client.on(Events.Error, (e) => log.error({ err: e }, 'discord client error'));
  client.on(Events.Warn, (m) => log.warn({ msg: m }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (ev, id) => log.warn({ shard: id, code: ev.code }, 'gateway disconnected'));
  client.rest.on('rateLimited', (info) => log.info({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited; waiting'));
  return client;
}
