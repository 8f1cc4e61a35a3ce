import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/db/migrate.ts';
import { openDb, type Db } from '../../src/db/open.ts';

/** A real SQLite file in a fresh temp dir, migrated. `cleanup()` closes and deletes it. */
export function tempDb(migrated = true): { db: Db; path: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-test-'));
  const path = join(dir, 'test.db');
  const db = openDb(path);
  if (migrated) migrate(db);
  return { db, path, dir, cleanup: () => { if (db.open) db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
