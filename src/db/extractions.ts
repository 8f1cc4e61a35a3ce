import { entityKey } from '../extract/05-entities.ts';
import type { Extraction } from '../extract/types.ts';
import { resolveEntity } from './entities.ts';
import type { Db } from './open.ts';
import { stmt } from './statements.ts';

/** Store everything extracted from one article. Call inside the article's transaction. */
export function saveExtraction(db: Db, articleId: number, x: Extraction): void {
  const idByKey = new Map<string, number>();
  const linkEntity = stmt(db, `INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)
    ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions`);
  for (const e of x.entities) {
    const id = resolveEntity(db, e);
    linkEntity.run(articleId, id, e.mentions ?? 1);
    for (const form of [e.name, ...e.aliases]) idByKey.set(entityKey(form), id);
  }
  const entityFor = (name: string | null) => (name ? idByKey.get(entityKey(name)) ?? null : null);

  const addQuote = stmt(db, `INSERT INTO quotes (article_id, text, speaker, entity_id, kind, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const q of x.quotes) addQuote.run(articleId, q.text, q.speaker, entityFor(q.speaker), q.kind, q.start, q.end);

  const addEvent = stmt(db, `INSERT INTO events (article_id, date, summary, place, start, end) VALUES (?, ?, ?, ?, ?, ?)`);
  const addActor = stmt(db, `INSERT INTO event_actors (event_id, position, name, entity_id) VALUES (?, ?, ?, ?)`);
  for (const ev of x.events) {
    const eventId = addEvent.run(articleId, ev.date, ev.summary, ev.place ?? null, ev.start, ev.end).lastInsertRowid;
    ev.actors.forEach((name, i) => addActor.run(eventId, i, name, entityFor(name)));
  }

  const addDate = stmt(db, `INSERT INTO date_mentions (article_id, text, value, start, end) VALUES (?, ?, ?, ?, ?)`);
  for (const d of x.dates) addDate.run(articleId, d.text, d.value, d.start, d.end);

  const addFigure = stmt(db, `INSERT INTO figures (article_id, text, value, unit, about, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const f of x.figures) addFigure.run(articleId, f.text, f.value, f.unit, f.about ?? null, f.start, f.end);
}
