-- Search per edition, with folding that fits each language. Rebuilds 0007's index (read its
-- header: the rowid scheme and why the view is the one definition of what is searchable).
--
-- Edition: the index gains an `edition` column holding one token, the story's edition code
-- behind U+E002 (EDITION_MARK in db/fts.ts), a private-use character the tokenizer keeps in the
-- token and lib/search/query.ts strips from every query, so no reader's word can match it and the
-- reader's words need no column filter (which would make BM25 read every position list).
-- db/queries/search.ts requires the token inside the MATCH expression (`"<mark>ru" AND (…)`),
-- so FTS5 intersects the edition's doclist with the query's in rowid order: "newest first", date
-- ranges and the counting window stay rowid ranges served from the index, with no join back to
-- articles. The column's BM25 weight is 0.
--
-- Folding: articles_search_text is the searchable text as written (db/queries/search.ts cuts
-- highlighted passages from it); articles_fts_source folds it as SEARCH_FOLDS in db/fts.ts says:
-- ё → е; Arabic harakat U+064B–U+065F, superscript alef U+0670 and tatweel U+0640 removed;
-- أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ک ی → ك ي (the reasons are in db/fts.ts).
-- The nested replace() chains are foldSql() of db/fts.ts written out (migrations are plain SQL);
-- tests/unit/search-editions.test.ts fails if they and SEARCH_FOLDS ever differ. Folding in the
-- view keeps every write path (newsroom, seed, a SQL shell) folding the same way.
--
-- The update trigger also follows `edition` (a story moved to another edition's section).
-- NOTE (as in 0007): drizzle-kit drops triggers when a migration rebuilds the articles table. A
-- migration that does so must re-create the three triggers below (copy them from here);
-- tests/unit/search.test.ts fails if search stops following inserts, edits, unpublishing and deletes.
DROP TRIGGER IF EXISTS `articles_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `articles_fts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `articles_fts_delete`;
--> statement-breakpoint
DROP VIEW IF EXISTS `articles_fts_source`;
--> statement-breakpoint
DROP TABLE IF EXISTS `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, lede, body, edition, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIEW `articles_search_text` AS
SELECT (coalesce(a.published_at, 0) << 24) + a.id AS rowid, a.id AS id, a.edition AS edition, a.title AS title, a.lede AS lede,
  coalesce((
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
  ), '') AS body
FROM `articles` AS a
WHERE a.status = 'published';
--> statement-breakpoint
CREATE VIEW `articles_fts_source` AS
SELECT t.rowid AS rowid, t.id AS id, char(57346) || t.edition AS edition,
  CASE WHEN t.title GLOB '*[' || char(1105, 1025, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1571, 1573, 1570, 1649, 1609, 1577, 1572, 1574, 1705, 1740) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t.title, char(1105), char(1077)), char(1025), char(1045)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)), char(1572), char(1608)), char(1574), char(1610)), char(1705), char(1603)), char(1740), char(1610)) ELSE t.title END AS title,
  CASE WHEN t.lede GLOB '*[' || char(1105, 1025, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1571, 1573, 1570, 1649, 1609, 1577, 1572, 1574, 1705, 1740) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t.lede, char(1105), char(1077)), char(1025), char(1045)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)), char(1572), char(1608)), char(1574), char(1610)), char(1705), char(1603)), char(1740), char(1610)) ELSE t.lede END AS lede,
  CASE WHEN t.body GLOB '*[' || char(1105, 1025, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1571, 1573, 1570, 1649, 1609, 1577, 1572, 1574, 1705, 1740) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t.body, char(1105), char(1077)), char(1025), char(1045)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)), char(1572), char(1608)), char(1574), char(1610)), char(1705), char(1603)), char(1740), char(1610)) ELSE t.body END AS body
FROM `articles_search_text` AS t;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` WHEN new.status = 'published' BEGIN
  INSERT INTO `articles_fts` (rowid, title, lede, body, edition) SELECT rowid, title, lede, body, edition FROM `articles_fts_source` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, lede, body, status, published_at, edition ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE rowid = (coalesce(old.published_at, 0) << 24) + old.id;
  INSERT INTO `articles_fts` (rowid, title, lede, body, edition) SELECT rowid, title, lede, body, edition FROM `articles_fts_source` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE rowid = (coalesce(old.published_at, 0) << 24) + old.id;
END;
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, lede, body, edition) SELECT rowid, title, lede, body, edition FROM `articles_fts_source`;
--> statement-breakpoint
INSERT INTO `articles_fts` (`articles_fts`) VALUES ('optimize');
