import type { Migration } from './index.ts';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Stories: articles from several sources about one event, and where those sources disagree. */
export const stories: Migration = {
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        first_published TEXT NOT NULL,
        last_published TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      ) STRICT;
      CREATE INDEX stories_last_published ON stories(last_published);

      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        similarity REAL NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX story_articles_story ON story_articles(story_id);

      -- Incremental clustering state: document frequency of each term over all clustered articles
      -- (the row '' holds the number of articles), and each article's weighted term counts.
      CREATE TABLE cluster_terms (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE article_terms (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        term TEXT NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (article_id, term)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_terms_term ON article_terms(term, article_id);

      -- "Finance Minister Ana Ruiz": who each article says holds which role (role lower-cased).
      CREATE TABLE article_roles (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (article_id, role, name)
      ) STRICT, WITHOUT ROWID;

      -- kind: 'figure' | 'role' | 'date' | 'quote'. Recomputed for a story when its articles change.
      CREATE TABLE disagreements (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('figure', 'role', 'date', 'quote')),
        about TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disagreements_story ON disagreements(story_id);

      CREATE TABLE disagreement_values (
        disagreement_id INTEGER NOT NULL REFERENCES disagreements(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX disagreement_values_d ON disagreement_values(disagreement_id);
    `);
  },
};
