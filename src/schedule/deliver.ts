import { briefingMessages } from '../briefing/index.ts';
import type { DiscordMessage } from '../briefing/limits.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { setLastBriefedAt } from '../db/subscriptions.ts';
import type { DueDelivery, SendDelivery } from './scheduler.ts';

/** Posts messages to a channel; resolves to the message ids. The Discord side implements it over discord.js. */
export interface Sender {
  send(channelId: string, messages: DiscordMessage[]): Promise<string[]>;
}

export type BriefingWindow = { now: Date; since: Date; topic?: string; lastBriefedAt?: Date };

/** Store + window → the messages of one briefing; [] when there is nothing new. */
export type BuildBriefing = (db: Db, window: BriefingWindow) => DiscordMessage[];

const DAY = 24 * 60 * 60_000;
/** A subscription that has not been briefed for longer than this gets only this much. */
export const MAX_BRIEFING_SPAN_MS = 7 * DAY;

/** since = last_briefed_at (at most 7 days back), or 24 h before now for a first briefing. */
export function briefingWindow(d: DueDelivery, now: Date): BriefingWindow {
  const last = d.subscription.lastBriefedAt ? new Date(d.subscription.lastBriefedAt) : undefined;
  const since = last ? new Date(Math.max(last.getTime(), now.getTime() - MAX_BRIEFING_SPAN_MS)) : new Date(now.getTime() - DAY);
  return { now, since, ...(d.subscription.topic ? { topic: d.subscription.topic } : {}), ...(last ? { lastBriefedAt: last } : {}) };
}

/** What an empty briefing posts: a short line, so the channel knows the schedule still runs. */
export function nothingNewMessage(w: BriefingWindow): DiscordMessage {
  const when = `<t:${Math.floor(w.since.getTime() / 1000)}:f>`;
  return { content: w.topic ? `Nothing new on “${w.topic}” since ${when}.` : `Nothing new since ${when}.`, embeds: [] };
}

/**
 * Builds and posts one subscription's briefing, then moves its last_briefed_at to now.
 * Errors (Discord's included) propagate: the scheduler records and retries them.
 */
export async function deliverBriefing(ctx: Context, sender: Sender, build: BuildBriefing, d: DueDelivery): Promise<string[]> {
  const window = briefingWindow(d, ctx.clock());
  const built = build(ctx.db, window);
  const messages = built.length ? built : [nothingNewMessage(window)];
  const ids = await sender.send(d.subscription.channelId, messages);
  setLastBriefedAt(ctx.db, d.subscription.id, window.now);
  return ids;
}

/** The scheduler's send function for a Sender. */
export const briefingSender = (ctx: Context, sender: Sender, build: BuildBriefing = briefingMessages): SendDelivery =>
  (d) => deliverBriefing(ctx, sender, build, d);
