import type { Message } from 'discord.js';
import type { Context } from '../context.ts';
import { quoteLookupReply } from './lookup.ts';
import { describeFailure } from './router.ts';

/**
 * "@Newsdesk who said 'not one more dollar'?" → the best matching quotes, as a reply.
 * Only direct mentions of the bot (not @everyone, not replies to its messages without a mention).
 */
export async function handleMention(message: Message, ctx: Context): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me || message.mentions.everyone) return;
  if (!message.mentions.users.has(me.id) || !new RegExp(`<@!?${me.id}>`).test(message.content)) return;
  const log = ctx.log.child({ module: 'mentions', message: message.id, guild: message.guildId, user: message.author.id });
  const started = performance.now();
  try {
    await message.reply(quoteLookupReply(ctx.db, message.content));
    log.debug({ ms: Math.round(performance.now() - started) }, 'answered mention');
  } catch (e) {
    const f = describeFailure(e);
    if (f.log) log.error({ err: e }, 'mention lookup failed');
    else log.warn({ reason: f.message }, 'could not answer a mention');
  }
}
