import type { Db } from './open.ts';
import { migrations, type Migration } from './migrations/index.ts';

export class DatabaseTooNewError extends Error {
  override name = 'DatabaseTooNewError';
}

/**
 * Apply every migration after the database's `user_version`, all in one transaction.
 * A database written by newer code (user_version beyond the list) is refused, not touched.
 * Returns the versions applied.
 */
export function migrate(db: Db, list: readonly Migration[] = migrations): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > list.length) {
    throw new DatabaseTooNewError(
      `Database ${db.name} is at schema version ${current}, but this Newsdesk knows only ${list.length}. ` +
        'Upgrade Newsdesk, or point NEWSDESK_DB at another file.',
    );
  }
  const pending = list.slice(current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    pending.forEach((m) => m.up(db));
    db.pragma(`user_version = ${list.length}`);
  }).immediate();
  return pending.map((_, i) => current + i + 1);
}
