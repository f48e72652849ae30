-- Full-text search over published articles (SQLite FTS5). Drizzle cannot model virtual tables,
-- views or triggers, so they live in this custom migration and drizzle.config.ts filters them
-- out (tablesFilter '!articles_fts*').
--
-- articles_fts_source is the one definition of what is searchable: published articles' headline,
-- lede and body text. The body's text is pulled out of its JSON blocks here (paragraph and list
-- inlines joined as written, heading, quote and attribution, image caption and credit, embed
-- title), so every write path — the newsroom, the seed, a SQL shell — keeps the index current
-- through the triggers below. Whether an article is visible yet (published_at <= now) is decided
-- at query time, so a scheduled article appears the moment it is due.
-- The tokenizer folds Latin diacritics but not Cyrillic ё, which Russian writes and searches as е
-- interchangeably: the view folds ё to е (lib/search/query.ts does the same to queries).
--
-- The index's rowid is not the article id but (published_at << 24) + id, so the index is kept in
-- publication order: "newest first", "published at or before now" and date ranges are rowid
-- ranges that FTS5 answers from its own b-tree, with no join back to articles
-- (db/queries/search.ts decodes the id with rowid & 0xFFFFFF; 24 bits allow 16.7 million articles).
--
-- NOTE: drizzle-kit drops triggers when a migration rebuilds the articles table. A migration that
-- does so must re-create the three triggers (copy them from here); tests/unit/search.test.ts
-- fails if search stops following inserts, edits, unpublishing and deletes.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, lede, body, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIEW `articles_fts_source` AS
SELECT (coalesce(a.published_at, 0) << 24) + a.id AS rowid, a.id AS id,
  replace(replace(a.title, 'ё', 'е'), 'Ё', 'Е') AS title,
  replace(replace(a.lede, 'ё', 'е'), 'Ё', 'Е') AS lede,
  replace(replace(coalesce((
    SELECT group_concat(
      CASE b.value ->> '$.type'
        WHEN 'paragraph' THEN (SELECT group_concat(i.value ->> '$.text', '' ORDER BY i.key) FROM json_each(b.value, '$.content') AS i)
        WHEN 'list' THEN (
          SELECT group_concat((SELECT group_concat(s.value ->> '$.text', '' ORDER BY s.key) FROM json_each(it.value) AS s), char(10) ORDER BY it.key)
          FROM json_each(b.value, '$.items') AS it)
        WHEN 'heading' THEN b.value ->> '$.text'
        WHEN 'quote' THEN concat_ws(' — ', b.value ->> '$.text', b.value ->> '$.attribution')
        WHEN 'image' THEN concat_ws(' ', b.value ->> '$.caption', b.value ->> '$.credit')
        WHEN 'embed' THEN b.value ->> '$.title'
      END, char(10) ORDER BY b.key)
    FROM json_each(CASE WHEN json_valid(a.body) AND json_type(a.body) = 'array' THEN a.body ELSE '[]' END) AS b
  ), ''), 'ё', 'е'), 'Ё', 'Е') AS body
FROM `articles` AS a
WHERE a.status = 'published';
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` WHEN new.status = 'published' BEGIN
  INSERT INTO `articles_fts` (rowid, title, lede, body) SELECT rowid, title, lede, body FROM `articles_fts_source` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, lede, body, status, published_at ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE rowid = (coalesce(old.published_at, 0) << 24) + old.id;
  INSERT INTO `articles_fts` (rowid, title, lede, body) SELECT rowid, title, lede, body FROM `articles_fts_source` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE rowid = (coalesce(old.published_at, 0) << 24) + old.id;
END;
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, lede, body) SELECT rowid, title, lede, body FROM `articles_fts_source`;
