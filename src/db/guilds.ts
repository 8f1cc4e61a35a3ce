import { UserError } from '../errors.ts';
import { canonicalTimeZone } from '../schedule/slots.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/** A guild's default time zone for /subscribe, or undefined when it never set one. */
export function getGuildTimezone(db: Db, guildId: string): string | undefined {
  const row = stmt(db, `SELECT timezone FROM guild_settings WHERE guild_id = ?`).get(guildId) as { timezone: string | null } | undefined;
  return row?.timezone ?? undefined;
}

/** Sets (canonical spelling) or clears (null) the guild's default time zone. Throws UserError for an unknown zone. */
export function setGuildTimezone(db: Db, guildId: string, timezone: string | null): string | null {
  const tz = timezone === null ? null : canonicalTimeZone(timezone);
  if (tz === undefined) throw new UserError(`"${timezone}" is not a time zone I know: use an IANA name such as Europe/London.`);
  stmt(db, `INSERT INTO guild_settings (guild_id, timezone) VALUES (?, ?)
    ON CONFLICT (guild_id) DO UPDATE SET timezone = excluded.timezone`).run(guildId, tz);
  return tz;
}

/** Forgets everything a guild configured (the bot was removed from it). Articles are shared and stay. */
export function forgetGuild(db: Db, guildId: string): void {
  if (guildId === '') return;
  db.transaction(() => {
    stmt(db, `DELETE FROM subscriptions WHERE guild_id = ?`).run(guildId);
    stmt(db, `DELETE FROM feeds WHERE guild_id = ?`).run(guildId);
    stmt(db, `DELETE FROM guild_settings WHERE guild_id = ?`).run(guildId);
  })();
}
