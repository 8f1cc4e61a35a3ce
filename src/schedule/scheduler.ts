import cron from 'node-cron';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import {
  claimDelivery, deliveriesSince, markDeliveryFailed, markDeliverySent, recordSkipped, type Delivery,
} from '../db/deliveries.ts';
import { allSubscriptions, type Subscription } from '../db/subscriptions.ts';
import { errorMessage } from '../errors.ts';
import { slotsBetween } from './slots.ts';

export type ScheduleOptions = {
  /** How far back each tick looks for slots without a delivery row. */
  lookbackMinutes: number;
  /** A slot missed by up to this long (bot was down, tick was late) is still sent; older ones are skipped. */
  graceMinutes: number;
  /** Total sends tried for one slot before it is abandoned. */
  maxAttempts: number;
  /** A failed slot is retried only while it is at most this old. */
  retryMinutes: number;
};

export const DEFAULT_SCHEDULE: ScheduleOptions = { lookbackMinutes: 24 * 60, graceMinutes: 15, maxAttempts: 3, retryMinutes: 60 };

/** One slot of one subscription to post now. slot: the UTC ISO instant it was due. */
export type DueDelivery = { subscription: Subscription; slot: string; attempt: number };
export type DuePlan = { send: DueDelivery[]; skip: DueDelivery[] };

/**
 * What is due at `now`: slots in (now − lookback, now] after the subscription was created, with no
 * delivery row yet (send if within grace, else skip), plus failed slots with attempts and time left (retry).
 */
export function dueDeliveries(db: Db, now: Date, lookbackMinutes = DEFAULT_SCHEDULE.lookbackMinutes, opts: Partial<ScheduleOptions> = {}): DuePlan {
  const o = { ...DEFAULT_SCHEDULE, ...opts, lookbackMinutes };
  const from = new Date(now.getTime() - o.lookbackMinutes * 60_000);
  const graceFrom = now.getTime() - o.graceMinutes * 60_000;
  const retryFrom = now.getTime() - o.retryMinutes * 60_000;
  const existing = new Map<string, Delivery>(deliveriesSince(db, from.toISOString()).map((d) => [`${d.subscriptionId} ${d.slot}`, d]));
  const plan: DuePlan = { send: [], skip: [] };
  for (const subscription of allSubscriptions(db)) {
    const created = new Date(subscription.createdAt);
    const windowStart = created > from ? created : from;
    for (const at of slotsBetween(subscription, windowStart, now)) {
      const slot = at.toISOString();
      const row = existing.get(`${subscription.id} ${slot}`);
      if (!row) {
        (at.getTime() >= graceFrom ? plan.send : plan.skip).push({ subscription, slot, attempt: 1 });
      } else if (row.status === 'failed' && row.attempts < o.maxAttempts && at.getTime() >= retryFrom) {
        plan.send.push({ subscription, slot, attempt: row.attempts + 1 });
      }
    }
  }
  return plan;
}

/** Posts one due slot; resolves to the posted message ids. */
export type SendDelivery = (delivery: DueDelivery) => Promise<string[]>;

export type TickOutcome = { subscriptionId: number; slot: string; status: 'sent' | 'failed' | 'abandoned' | 'skipped' | 'lost'; error?: string };

/** Discord error codes that will not go away by retrying: Unknown Channel, Unknown Guild, Missing Access, Missing Permissions. */
export const PERMANENT_DISCORD_CODES = new Set([10003, 10004, 50001, 50013]);

/** Thrown by a Sender when retrying cannot help, e.g. the channel is not one a bot can post in. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
}

export const isPermanentSendError = (e: unknown): boolean =>
  e instanceof PermanentSendError ||
  (typeof e === 'object' && e !== null && PERMANENT_DISCORD_CODES.has(Number((e as { code?: unknown }).code)));

/**
 * One scheduler step at `now`: record skipped slots, then claim and send each due slot in turn.
 * A slot is claimed ('pending') in a transaction before sending, so two ticks or two processes never both post it.
 * One failing channel never stops the others.
 */
export async function tick(ctx: Context, now: Date, send: SendDelivery, opts: Partial<ScheduleOptions> = {}): Promise<TickOutcome[]> {
  const o = { ...DEFAULT_SCHEDULE, ...opts };
  const log = ctx.log.child({ module: 'scheduler' });
  const plan = dueDeliveries(ctx.db, now, o.lookbackMinutes, o);
  const outcomes: TickOutcome[] = [];
  for (const d of plan.skip) {
    if (recordSkipped(ctx.db, d.subscription.id, d.slot, `missed by more than ${o.graceMinutes} min`)) {
      log.warn({ subscriptionId: d.subscription.id, slot: d.slot }, 'scheduled briefing missed; skipped');
      outcomes.push({ subscriptionId: d.subscription.id, slot: d.slot, status: 'skipped' });
    }
  }
  for (const d of plan.send) {
    const claimed = claimDelivery(ctx.db, d.subscription.id, d.slot, o.maxAttempts);
    if (!claimed) {
      outcomes.push({ subscriptionId: d.subscription.id, slot: d.slot, status: 'lost' });
      continue;
    }
    outcomes.push(await sendOne(ctx, log, send, { ...d, attempt: claimed.attempts }, claimed.id, o.maxAttempts));
  }
  return outcomes;
}

async function sendOne(ctx: Context, log: Context['log'], send: SendDelivery, d: DueDelivery, deliveryId: number, maxAttempts: number): Promise<TickOutcome> {
  const where = { subscriptionId: d.subscription.id, guildId: d.subscription.guildId, channelId: d.subscription.channelId, slot: d.slot, attempt: d.attempt };
  try {
    const ids = await send(d);
    markDeliverySent(ctx.db, deliveryId, ids);
    log.info({ ...where, messages: ids.length }, 'scheduled briefing sent');
    return { subscriptionId: d.subscription.id, slot: d.slot, status: 'sent' };
  } catch (e) {
    const error = errorMessage(e);
    const permanent = isPermanentSendError(e);
    const retry = !permanent && d.attempt < maxAttempts;
    markDeliveryFailed(ctx.db, deliveryId, error, retry);
    const code = (e as { code?: unknown } | null)?.code;
    if (permanent) log.warn({ ...where, code, err: error }, 'channel is gone or forbidden; scheduled briefing abandoned, not retried');
    else if (retry) log.warn({ ...where, err: e }, 'scheduled briefing failed; will retry');
    else log.error({ ...where, err: e }, `scheduled briefing failed ${d.attempt} times; giving up`);
    return { subscriptionId: d.subscription.id, slot: d.slot, status: retry ? 'failed' : 'abandoned', error };
  }
}

export type Scheduler = { stop(): Promise<void>; runNow(): Promise<void> };

/**
 * Runs `tick` at the start of every minute (node-cron), never two at once. Run it in one process only
 * (not per shard). runNow() runs one tick immediately, as the cron job would.
 */
export function startScheduler(ctx: Context, send: SendDelivery, opts: Partial<ScheduleOptions> = {}): Scheduler {
  const log = ctx.log.child({ module: 'scheduler' });
  const run = async () => {
    try {
      await tick(ctx, ctx.clock(), send, opts);
    } catch (e) {
      log.error({ err: e }, 'scheduler tick failed');
    }
  };
  const task = cron.schedule('* * * * *', run, { name: 'newsdesk-briefings', noOverlap: true });
  return {
    async stop() {
      await task.destroy();
    },
    runNow: run,
  };
}
