import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import {
  claimDelivery, getDelivery, markDeliveryFailed, markDeliverySent, recentDeliveries, recordSkipped,
} from '../../src/db/deliveries.ts';
import { addSubscription, removeSubscription } from '../../src/db/subscriptions.ts';
import { tempDb } from '../support/temp-db.ts';

let t: ReturnType<typeof tempDb>;
let subId = 0;
beforeEach(() => {
  t = tempDb();
  subId = addSubscription(t.db, { guildId: 'g1', channelId: 'c1', time: '07:30', timezone: 'UTC' }).subscription.id;
});
afterEach(() => t.cleanup());

const SLOT = '2026-06-10T07:30:00.000Z';

describe('deliveries store', () => {
  test('a slot is claimed once; a failed one can be claimed again until its attempts run out', () => {
    const first = claimDelivery(t.db, subId, SLOT, 2);
    assert.deepEqual([first?.status, first?.attempts], ['pending', 1]);
    assert.equal(claimDelivery(t.db, subId, SLOT, 2), undefined);
    markDeliveryFailed(t.db, first!.id, 'HTTP 503', true);
    assert.equal(claimDelivery(t.db, subId, SLOT, 2)?.attempts, 2);
    markDeliveryFailed(t.db, first!.id, 'HTTP 503', true);
    assert.equal(claimDelivery(t.db, subId, SLOT, 2), undefined);
  });

  test('sent and abandoned slots are never claimed again', () => {
    const a = claimDelivery(t.db, subId, SLOT, 5)!;
    markDeliverySent(t.db, a.id, ['111', '222']);
    assert.equal(claimDelivery(t.db, subId, SLOT, 5), undefined);
    assert.deepEqual(getDelivery(t.db, subId, SLOT)?.messageIds, ['111', '222']);
    const b = claimDelivery(t.db, subId, '2026-06-11T07:30:00.000Z', 5)!;
    markDeliveryFailed(t.db, b.id, 'Unknown Channel', false);
    assert.equal(getDelivery(t.db, subId, '2026-06-11T07:30:00.000Z')?.status, 'abandoned');
    assert.equal(claimDelivery(t.db, subId, '2026-06-11T07:30:00.000Z', 5), undefined);
  });

  test('a skipped slot is recorded once and blocks a later claim', () => {
    assert.equal(recordSkipped(t.db, subId, SLOT, 'missed'), true);
    assert.equal(recordSkipped(t.db, subId, SLOT, 'missed'), false);
    assert.equal(claimDelivery(t.db, subId, SLOT, 3), undefined);
    assert.deepEqual(recentDeliveries(t.db, subId).map((d) => d.status), ['skipped']);
  });

  test('removing a subscription removes its deliveries', () => {
    claimDelivery(t.db, subId, SLOT, 3);
    removeSubscription(t.db, 'g1', subId);
    assert.equal(getDelivery(t.db, subId, SLOT), undefined);
  });
});
