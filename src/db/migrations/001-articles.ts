import type { Migration } from './index.ts';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Sources, feeds, articles and everything extracted from an article. */
export const articles: Migration = {
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL DEFAULT ${now}
      ) STRICT;

      -- guild_id '' = the operator's default feeds; otherwise a guild's own.
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL,
        title TEXT,
        added_by TEXT,
        last_polled_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (guild_id, url)
      ) STRICT;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
        url TEXT UNIQUE,
        title TEXT NOT NULL,
        published_at TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        ingested_at TEXT NOT NULL DEFAULT ${now}
      ) STRICT;
      CREATE INDEX articles_published ON articles(published_at);

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'other'))
      ) STRICT;

      -- key: the alias folded by entityKey() (case, accents, word order, spelling variants).
      CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (entity_id, key)
      ) STRICT;
      CREATE INDEX entity_aliases_key ON entity_aliases(key);

      CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        mentions INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (article_id, entity_id)
      ) STRICT;
      CREATE INDEX article_entities_entity ON article_entities(entity_id);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        speaker TEXT,
        entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'partial', 'term')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quotes_article ON quotes(article_id);
      CREATE INDEX quotes_entity ON quotes(entity_id);

      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content = 'quotes', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
      END;
      CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
      END;
      CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
      END;

      -- date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (NULL when unknown).
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date TEXT,
        summary TEXT NOT NULL,
        place TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX events_article ON events(article_id);
      CREATE INDEX events_date ON events(date);

      CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        PRIMARY KEY (event_id, position)
      ) STRICT;
      CREATE INDEX event_actors_entity ON event_actors(entity_id);

      CREATE TABLE date_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        value TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX date_mentions_article ON date_mentions(article_id);

      -- A money amount or count, normalised: value in units (dollars, people), kept with its text.
      CREATE TABLE figures (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        value REAL,
        unit TEXT NOT NULL,
        about TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX figures_article ON figures(article_id);
    `);
  },
};
