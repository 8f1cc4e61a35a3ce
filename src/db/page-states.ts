import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/** What a page button needs besides its page number: the command, who may page, the command's arguments. */
export type StoredPage = { command: string; userId: string; args: string[] };

/** How long a stored page state answers its buttons after it was last shown. */
export const PAGE_STATE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Stores (or refreshes) a page state and returns its id; the same command, user and arguments keep
 * their id, so turning pages does not add rows. States older than PAGE_STATE_TTL_MS are pruned here.
 */
export function savePageState(db: Db, s: StoredPage, now: Date = new Date()): number {
  const at = now.getTime();
  return db.transaction(() => {
    stmt(db, `DELETE FROM page_states WHERE created_at < ?`).run(at - PAGE_STATE_TTL_MS);
    const row = stmt(db, `INSERT INTO page_states (command, user_id, query, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (command, user_id, query) DO UPDATE SET created_at = max(created_at, excluded.created_at) RETURNING id`)
      .get(s.command, s.userId, JSON.stringify(s.args), at) as { id: number };
    return row.id;
  }).immediate();
}

/** The state behind an id; undefined when unknown or older than PAGE_STATE_TTL_MS (pruned or not yet). */
export function loadPageState(db: Db, id: number, now: Date = new Date()): StoredPage | undefined {
  const row = stmt(db, `SELECT command, user_id, query FROM page_states WHERE id = ? AND created_at >= ?`)
    .get(id, now.getTime() - PAGE_STATE_TTL_MS) as { command: string; user_id: string; query: string } | undefined;
  if (!row) return undefined;
  const args: unknown = JSON.parse(row.query);
  return Array.isArray(args) && args.every((a) => typeof a === 'string') ? { command: row.command, userId: row.user_id, args } : undefined;
}
