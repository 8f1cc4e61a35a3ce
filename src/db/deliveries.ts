import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/**
 * One scheduled slot of one subscription. pending = claimed and being sent; sent; failed = will be retried;
 * abandoned = will not be retried (channel gone, forbidden, or out of attempts); skipped = missed by too long.
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'abandoned' | 'skipped';

export type Delivery = {
  id: number;
  subscriptionId: number;
  slot: string;
  status: DeliveryStatus;
  error: string | null;
  messageIds: string[];
  attempts: number;
  createdAt: string;
  updatedAt: string;
};

type Row = {
  id: number; subscription_id: number; slot: string; status: DeliveryStatus; error: string | null;
  message_ids: string | null; attempts: number; created_at: string; updated_at: string;
};

const toDelivery = (r: Row): Delivery => ({
  id: r.id, subscriptionId: r.subscription_id, slot: r.slot, status: r.status, error: r.error,
  messageIds: r.message_ids ? (JSON.parse(r.message_ids) as string[]) : [], attempts: r.attempts,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/**
 * Claims a slot for sending, atomically: a new slot, or a failed one with attempts left, becomes 'pending'
 * with attempts + 1. Returns undefined when the slot is not claimable (sent, pending elsewhere, abandoned, skipped).
 */
export function claimDelivery(db: Db, subscriptionId: number, slot: string, maxAttempts: number): Delivery | undefined {
  return db.transaction((): Delivery | undefined => {
    const inserted = stmt(db, `INSERT INTO deliveries (subscription_id, slot, status, attempts) VALUES (?, ?, 'pending', 1)
      ON CONFLICT (subscription_id, slot) DO NOTHING RETURNING *`).get(subscriptionId, slot) as Row | undefined;
    if (inserted) return toDelivery(inserted);
    const retried = stmt(db, `UPDATE deliveries SET status = 'pending', attempts = attempts + 1, updated_at = ${NOW}
      WHERE subscription_id = ? AND slot = ? AND status = 'failed' AND attempts < ? RETURNING *`)
      .get(subscriptionId, slot, maxAttempts) as Row | undefined;
    return retried && toDelivery(retried);
  }).immediate();
}

export function markDeliverySent(db: Db, id: number, messageIds: readonly string[]): void {
  stmt(db, `UPDATE deliveries SET status = 'sent', error = NULL, message_ids = ?, updated_at = ${NOW} WHERE id = ?`)
    .run(JSON.stringify(messageIds), id);
}

/** 'failed' (tried again on a later tick) when retry, else 'abandoned'. */
export function markDeliveryFailed(db: Db, id: number, error: string, retry: boolean): void {
  stmt(db, `UPDATE deliveries SET status = ?, error = ?, updated_at = ${NOW} WHERE id = ?`)
    .run(retry ? 'failed' : 'abandoned', error.slice(0, 1000), id);
}

/** Records a missed slot as skipped; false if the slot already has a row. */
export function recordSkipped(db: Db, subscriptionId: number, slot: string, reason: string): boolean {
  return stmt(db, `INSERT INTO deliveries (subscription_id, slot, status, error) VALUES (?, ?, 'skipped', ?)
    ON CONFLICT (subscription_id, slot) DO NOTHING`).run(subscriptionId, slot, reason).changes > 0;
}

/** Every delivery row for slots after `since` (ISO), for all subscriptions. */
export function deliveriesSince(db: Db, since: string): Delivery[] {
  return (stmt(db, `SELECT * FROM deliveries WHERE slot > ? ORDER BY slot, id`).all(since) as Row[]).map(toDelivery);
}

export function getDelivery(db: Db, subscriptionId: number, slot: string): Delivery | undefined {
  const row = stmt(db, `SELECT * FROM deliveries WHERE subscription_id = ? AND slot = ?`).get(subscriptionId, slot) as Row | undefined;
  return row && toDelivery(row);
}

/** A subscription's most recent deliveries, newest first (for /subscriptions: "last sent …"). */
export function recentDeliveries(db: Db, subscriptionId: number, limit = 5): Delivery[] {
  return (stmt(db, `SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?`).all(subscriptionId, limit) as Row[])
    .map(toDelivery);
}
