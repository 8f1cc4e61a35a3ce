import { entityKey } from '../../extract/05-entities.ts';
import type { Migration } from './index.ts';

/**
 * Alias keys are entityKey() of the alias. When its folds change (here: 'Alexei'/'Aleksei', 'Tymoshenko'/'Timoshenko',
 * 'Ahmad'/'Ahmed'), the stored keys are recomputed so that old spellings still meet new ones. Append another
 * migration calling `rekeyAliases` whenever the folds change again. Two aliases of one entity that now fold together keep one row.
 */
export function rekeyAliases(db: Parameters<Migration['up']>[0]): void {
  const rows = db.prepare(`SELECT entity_id AS id, alias, key FROM entity_aliases`).all() as { id: number; alias: string; key: string }[];
  db.exec(`DELETE FROM entity_aliases`);
  const add = db.prepare(`INSERT INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`);
  for (const r of rows) add.run(r.id, r.alias, entityKey(r.alias) || r.key);
}

export const rekeyAliases2026: Migration = { name: 'rekey-aliases', up: rekeyAliases };
