import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An index for `filter.text` (lib/council/action-filter.ts), which otherwise scans every action with
 * LIKE. The filter keeps its LIKE as the exact condition; the index only narrows the rows it is asked of.
 *
 * SQLite: an FTS5 table with the trigram tokenizer (any substring of 3 or more characters), kept equal
 * to `action` by triggers, so data loads and tracked edits need no code of their own. It holds its own
 * copy of the texts rather than pointing at `action`'s implicit rowids, which VACUUM may renumber; its
 * rowids are given by `action_text_row` (an INTEGER PRIMARY KEY, which VACUUM keeps), so that a trigger
 * finds an action's text row by key: looking it up by slug in the FTS table itself reads every row.
 *
 * PostgreSQL: pg_trgm GIN indexes on exactly the expressions the filter's LIKE tests, which the planner
 * then uses for the LIKE itself. The extension lives in schema public (one per database, shared by the
 * subgraphs' schemas), and connections search only their subgraph's schema: the operator class is
 * named with its schema. Without fastupdate: the indexes are made before the first data load, which
 * would otherwise leave every row in GIN's pending list until a vacuum, priced so high that the planner
 * scanned the table instead (measured on 100x synthetic data: 1,532 against 52 for the same index).
 */
export class ActionTextSearch1763900000019 implements MigrationInterface {
  name = "ActionTextSearch1763900000019";

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === "postgres") {
      await runner.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
      await runner.query("CREATE INDEX ix_action_title_trgm ON action USING gin (LOWER(title) public.gin_trgm_ops) WITH (fastupdate = off)");
      await runner.query("CREATE INDEX ix_action_description_trgm ON action USING gin (LOWER(COALESCE(description, '')) public.gin_trgm_ops) WITH (fastupdate = off)");
      return;
    }
    await runner.query("CREATE TABLE action_text_row (id INTEGER PRIMARY KEY, slug VARCHAR NOT NULL UNIQUE)");
    await runner.query("CREATE VIRTUAL TABLE action_text USING fts5(slug UNINDEXED, title, description, tokenize = 'trigram')");
    await runner.query("INSERT INTO action_text_row (slug) SELECT slug FROM action");
    await runner.query("INSERT INTO action_text (rowid, slug, title, description) SELECT r.id, a.slug, a.title, COALESCE(a.description, '') FROM action a INNER JOIN action_text_row r ON r.slug = a.slug");
    const removeOld = "DELETE FROM action_text WHERE rowid = (SELECT id FROM action_text_row WHERE slug = old.slug); DELETE FROM action_text_row WHERE slug = old.slug;";
    const insertNew =
      "INSERT INTO action_text_row (slug) VALUES (new.slug); INSERT INTO action_text (rowid, slug, title, description) VALUES ((SELECT id FROM action_text_row WHERE slug = new.slug), new.slug, new.title, COALESCE(new.description, ''));";
    await runner.query(`CREATE TRIGGER action_text_insert AFTER INSERT ON action BEGIN ${insertNew} END`);
    await runner.query(`CREATE TRIGGER action_text_update AFTER UPDATE OF slug, title, description ON action BEGIN ${removeOld} ${insertNew} END`);
    await runner.query(`CREATE TRIGGER action_text_delete AFTER DELETE ON action BEGIN ${removeOld} END`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === "postgres") {
      await runner.query("DROP INDEX ix_action_description_trgm");
      await runner.query("DROP INDEX ix_action_title_trgm");
      return;
    }
    for (const trigger of ["action_text_delete", "action_text_update", "action_text_insert"]) await runner.query(`DROP TRIGGER ${trigger}`);
    await runner.query("DROP TABLE action_text");
    await runner.query("DROP TABLE action_text_row");
  }
}
