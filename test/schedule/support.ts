import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import type { Context } from '../../src/context.ts';
import type { Db } from '../../src/db/open.ts';
import { addSubscription, type NewSubscription, type Subscription } from '../../src/db/subscriptions.ts';
import { createLog } from '../../src/log.ts';

/**
 * A real Context over a test database, with a movable clock and the log lines collected as objects.
 * Guild feeds may point at the tests' loopback servers unless `env` says otherwise.
 */
export function testContext(db: Db, start: string, env: NodeJS.ProcessEnv = {}) {
  env = { NEWSDESK_ALLOW_PRIVATE_FEEDS: 'true', ...env };
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  let now = new Date(start);
  const ctx: Context = { db, log: createLog('info', sink), config: loadConfig(env), clock: () => now };
  return { ctx, lines, setNow: (iso: string) => { now = new Date(iso); } };
}

/** Adds a subscription as if created at `createdAt` (the table default is the real clock). */
export function subscribe(db: Db, s: Partial<NewSubscription> & { time: string; timezone: string }, createdAt: string): Subscription {
  const r = addSubscription(db, { guildId: 'g1', channelId: 'c1', ...s });
  db.prepare(`UPDATE subscriptions SET created_at = ? WHERE id = ?`).run(new Date(createdAt).toISOString(), r.subscription.id);
  return { ...r.subscription, createdAt: new Date(createdAt).toISOString() };
}

export const minutesAfter = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);
