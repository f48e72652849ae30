DROP INDEX `authors_slug_unique`;--> statement-breakpoint
ALTER TABLE `authors` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `authors_edition_slug_idx` ON `authors` (`edition`,`slug`);--> statement-breakpoint
DROP INDEX `info_pages_slug_unique`;--> statement-breakpoint
ALTER TABLE `info_pages` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `info_pages_edition_slug_idx` ON `info_pages` (`edition`,`slug`);--> statement-breakpoint
DROP INDEX `sections_slug_unique`;--> statement-breakpoint
ALTER TABLE `sections` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `sections_edition_slug_idx` ON `sections` (`edition`,`slug`);--> statement-breakpoint
DROP INDEX `shows_slug_unique`;--> statement-breakpoint
ALTER TABLE `shows` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `shows_edition_slug_idx` ON `shows` (`edition`,`slug`);--> statement-breakpoint
DROP INDEX `tags_slug_unique`;--> statement-breakpoint
ALTER TABLE `tags` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `tags_edition_slug_idx` ON `tags` (`edition`,`slug`);--> statement-breakpoint
ALTER TABLE `articles` ADD `edition` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `translation_group` integer;--> statement-breakpoint
CREATE INDEX `articles_edition_status_published_idx` ON `articles` (`edition`,`status`,`published_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_translation_idx` ON `articles` (`translation_group`,`edition`);--> statement-breakpoint
ALTER TABLE `banners` ADD `edition` text DEFAULT 'en' NOT NULL;