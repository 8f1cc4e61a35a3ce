import { UserError } from '../errors.ts';
import { canonicalTimeZone, normalizeTime } from '../schedule/slots.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/** A scheduled briefing: post to channelId every day at time ('HH:MM') in timezone (IANA). */
export type Subscription = {
  id: number;
  guildId: string;
  channelId: string;
  time: string;
  timezone: string;
  topic: string | null;
  createdBy: string | null;
  lastBriefedAt: string | null;
  createdAt: string;
};

type Row = {
  id: number; guild_id: string; channel_id: string; time: string; timezone: string; topic: string;
  created_by: string | null; last_briefed_at: string | null; created_at: string;
};

const toSubscription = (r: Row): Subscription => ({
  id: r.id, guildId: r.guild_id, channelId: r.channel_id, time: r.time, timezone: r.timezone,
  topic: r.topic === '' ? null : r.topic, createdBy: r.created_by, lastBriefedAt: r.last_briefed_at, createdAt: r.created_at,
});

export const MAX_SUBSCRIPTIONS_PER_GUILD = 25;

export type NewSubscription = {
  guildId: string; channelId: string; time: string; timezone: string; topic?: string | null; createdBy?: string | null;
};

export type AddSubscriptionResult =
  | { status: 'added'; subscription: Subscription }
  | { status: 'exists'; subscription: Subscription };

/**
 * Adds a daily briefing. Time and zone are normalised ('7:05' → '07:05', 'europe/london' → 'Europe/London').
 * Throws UserError for a bad time or zone, or when the guild is at MAX_SUBSCRIPTIONS_PER_GUILD.
 */
export function addSubscription(db: Db, s: NewSubscription): AddSubscriptionResult {
  const time = normalizeTime(s.time);
  if (!time) throw new UserError(`"${s.time}" is not a time of day: use 24-hour HH:MM, e.g. 07:30.`);
  const timezone = canonicalTimeZone(s.timezone);
  if (!timezone) throw new UserError(`"${s.timezone}" is not a time zone I know: use an IANA name such as Europe/London.`);
  const topic = (s.topic ?? '').trim().replace(/\s+/g, ' ');
  return db.transaction((): AddSubscriptionResult => {
    const existing = stmt(db, `SELECT * FROM subscriptions WHERE guild_id = ? AND channel_id = ? AND time = ? AND timezone = ? AND topic = ?`)
      .get(s.guildId, s.channelId, time, timezone, topic) as Row | undefined;
    if (existing) return { status: 'exists', subscription: toSubscription(existing) };
    if (countSubscriptions(db, s.guildId) >= MAX_SUBSCRIPTIONS_PER_GUILD) {
      throw new UserError(`This server already has ${MAX_SUBSCRIPTIONS_PER_GUILD} scheduled briefings; remove one first.`);
    }
    const row = stmt(db, `INSERT INTO subscriptions (guild_id, channel_id, time, timezone, topic, created_by)
      VALUES (?, ?, ?, ?, ?, ?) RETURNING *`).get(s.guildId, s.channelId, time, timezone, topic, s.createdBy ?? null) as Row;
    return { status: 'added', subscription: toSubscription(row) };
  }).immediate();
}

/** Removes one of this guild's subscriptions; false if it does not exist or belongs to another guild. */
export function removeSubscription(db: Db, guildId: string, id: number): boolean {
  return stmt(db, `DELETE FROM subscriptions WHERE id = ? AND guild_id = ?`).run(id, guildId).changes > 0;
}

/** This guild's subscriptions, by channel then time. */
export function listSubscriptions(db: Db, guildId: string): Subscription[] {
  return (stmt(db, `SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY channel_id, time, topic, id`).all(guildId) as Row[])
    .map(toSubscription);
}

/** One subscription; pass guildId to see only that guild's. */
export function getSubscription(db: Db, id: number, guildId?: string): Subscription | undefined {
  const row = stmt(db, `SELECT * FROM subscriptions WHERE id = ? AND (? IS NULL OR guild_id = ?)`)
    .get(id, guildId ?? null, guildId ?? null) as Row | undefined;
  return row && toSubscription(row);
}

export function countSubscriptions(db: Db, guildId: string): number {
  return (stmt(db, `SELECT count(*) AS n FROM subscriptions WHERE guild_id = ?`).get(guildId) as { n: number }).n;
}

/** Every subscription of every guild: what the scheduler checks each tick. */
export function allSubscriptions(db: Db): Subscription[] {
  return (stmt(db, `SELECT * FROM subscriptions ORDER BY id`).all() as Row[]).map(toSubscription);
}

/** Removes every subscription posting to a channel (e.g. the channel was deleted). Returns how many. */
export function removeChannelSubscriptions(db: Db, guildId: string, channelId: string): number {
  return stmt(db, `DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ?`).run(guildId, channelId).changes;
}

export function setLastBriefedAt(db: Db, id: number, at: Date | string): void {
  stmt(db, `UPDATE subscriptions SET last_briefed_at = ? WHERE id = ?`).run(typeof at === 'string' ? at : at.toISOString(), id);
}
