import type { Client } from 'discord.js';
import type { Sender } from '../schedule/deliver.ts';
import { PermanentSendError } from '../schedule/scheduler.ts';

/**
 * Scheduled posts over discord.js: channels.fetch works for any channel over REST, so this
 * runs in whichever single process owns the scheduler, whatever shard holds the guild.
 */
export function channelSender(client: Client): Sender {
  return {
    async send(channelId, messages) {
      const channel = await client.channels.fetch(channelId);
      // A voice or category channel will not become a text channel by retrying.
      if (!channel?.isSendable()) throw new PermanentSendError(`channel ${channelId} is not one I can post in`);
      const ids: string[] = [];
      for (const m of messages) ids.push((await channel.send({ ...(m.content ? { content: m.content } : {}), embeds: m.embeds })).id);
      return ids;
    },
  };
}
