import { entityKey } from '../extract/05-entities.ts';
import type { Entity, EntityType } from '../extract/types.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

export type StoredEntity = { id: number; name: string; type: EntityType; aliases: string[] };

/**
 * The stored entity this extracted one is, by any shared alias key; created if none.
 * New aliases are added, so "Zelensky" in one article and "Zelenskyy" in another meet.
 */
const words = (name: string) => name.split(/\s+/).length;

export function resolveEntity(db: Db, e: Entity): number {
  const forms = [e.name, ...e.aliases];
  // full-name keys first; a bare surname of a full-named entity only meets an entity known by a bare name
  // ('Ruiz' of Ana Ruiz must not pull in Carlos Ruiz; 'Zelensky' may meet 'Zelenskyy')
  const fullName = e.name.includes(' ');
  const keys = [...new Set(forms.map(entityKey).filter(Boolean))].sort((a, b) => Number(!a.includes(' ')) - Number(!b.includes(' ')));
  let id: number | undefined;
  for (const key of keys) {
    const onlyBare = fullName && !key.includes(' ') ? 1 : 0;
    const row = stmt(db, `SELECT ea.entity_id AS id FROM entity_aliases ea JOIN entities en ON en.id = ea.entity_id
      WHERE ea.key = ? AND en.type = ? AND (? = 0 OR instr(en.name, ' ') = 0) LIMIT 1`).get(key, e.type, onlyBare) as { id: number } | undefined;
    if (row) { id = row.id; break; }
  }
  if (id === undefined) {
    id = Number(stmt(db, `INSERT INTO entities (name, type) VALUES (?, ?)`).run(e.name, e.type).lastInsertRowid);
  } else if (words(e.name) > words((stmt(db, `SELECT name FROM entities WHERE id = ?`).get(id) as { name: string }).name)) {
    // a fuller name replaces a shorter one ('Ruiz' → 'Ana Ruiz'); a variant spelling of the same length does not
    stmt(db, `UPDATE entities SET name = ? WHERE id = ?`).run(e.name, id);
  }
  const add = stmt(db, `INSERT INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`);
  for (const form of forms) {
    const key = entityKey(form);
    if (key) add.run(id, form, key);
  }
  return id;
}

/** Entities whose name or alias matches (folded key, or a prefix of one word), most mentioned first. */
export function findEntitiesByName(db: Db, name: string, limit = 10): StoredEntity[] {
  const key = entityKey(name);
  if (!key) return [];
  const rows = stmt(db, `SELECT e.id, e.name, e.type, (SELECT coalesce(sum(mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id) AS n
    FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE key = ? OR key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')
    ORDER BY n DESC, e.id LIMIT ?`).all(key, `${escapeLike(key)}%`, `% ${escapeLike(key)}%`, limit) as { id: number; name: string; type: EntityType }[];
  return rows.map((r) => ({ ...r, aliases: aliasesOf(db, r.id) }));
}

export function aliasesOf(db: Db, id: number): string[] {
  return (stmt(db, `SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias`).all(id) as { alias: string }[]).map((r) => r.alias);
}

/** Names for autocomplete: people who are quoted, most quoted first. */
export function quotedSpeakers(db: Db, prefix: string, limit = 25): string[] {
  return (stmt(db, `SELECT speaker, count(*) AS n FROM quotes WHERE speaker IS NOT NULL AND kind != 'term'
    AND speaker LIKE ? ESCAPE '\\' GROUP BY speaker ORDER BY n DESC, speaker LIMIT ?`)
    .all(`%${escapeLike(prefix)}%`, limit) as { speaker: string }[]).map((r) => r.speaker);
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
