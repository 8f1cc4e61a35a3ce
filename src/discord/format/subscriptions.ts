import { clampEmbed, safeText, type Embed } from '../../briefing/limits.ts';
import type { Subscription } from '../../db/subscriptions.ts';

const SUB_COLOR = 0xd98c1f;

export function subscriptionLine(s: Subscription): string {
  const topic = s.topic ? ` · topic: ${safeText(s.topic, 80)}` : '';
  return `\`#${s.id}\` <#${s.channelId}> every day at **${s.time}** ${s.timezone}${topic}`;
}

/** This server's scheduled briefings. */
export function subscriptionsEmbed(subs: readonly Subscription[]): Embed {
  return clampEmbed({
    title: 'Scheduled briefings',
    color: SUB_COLOR,
    description: subs.length
      ? subs.map(subscriptionLine).join('\n')
      : 'None yet. Add one with `/subscribe channel: time: timezone:`.',
    footer: { text: 'Remove one with /unsubscribe id:' },
  });
}
