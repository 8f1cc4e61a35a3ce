import type { Migration } from './index.ts';

/**
 * Page-button state too long for a button's 100-character customId: the button carries the row's id.
 * query: the command's arguments as a JSON array of strings. created_at: ms since the epoch.
 * AUTOINCREMENT so that an id is never handed out twice (an old button can never point at someone else's query).
 */
export const pageStates: Migration = {
  name: 'page-states',
  up(db) {
    db.exec(`
      CREATE TABLE page_states (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        command TEXT NOT NULL,
        user_id TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (command, user_id, query)
      ) STRICT;
      CREATE INDEX page_states_created ON page_states(created_at);
    `);
  },
};
