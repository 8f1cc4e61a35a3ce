import type { Migration } from './index.ts';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** What guilds configure: settings, scheduled-briefing subscriptions, and what was delivered. */
export const guilds: Migration = {
  name: 'guilds',
  up(db) {
    db.exec(`
      CREATE TABLE guild_settings (
        guild_id TEXT PRIMARY KEY,
        timezone TEXT,
        created_at TEXT NOT NULL DEFAULT ${now}
      ) STRICT;

      -- time: 'HH:MM' in timezone (IANA). topic '' = everything.
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'),
        timezone TEXT NOT NULL,
        topic TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        created_by TEXT,
        last_briefed_at TEXT,
        created_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (guild_id, channel_id, time, timezone, topic)
      ) STRICT;
      CREATE INDEX subscriptions_guild ON subscriptions(guild_id);

      -- One row per subscription per scheduled slot (UTC ISO time): a slot is never posted twice.
      -- status: pending (claimed, being sent) → sent | failed (retried later) | abandoned (never retried);
      -- skipped = the slot was missed by more than the grace period.
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'abandoned', 'skipped')),
        error TEXT,
        message_ids TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (subscription_id, slot)
      ) STRICT;
      CREATE INDEX deliveries_status ON deliveries(status, slot);
    `);
  },
};
