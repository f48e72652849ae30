CREATE TABLE `media_captions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`lang` text NOT NULL,
	`label` text NOT NULL,
	`file` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_captions_lang_idx` ON `media_captions` (`media_id`,`lang`);--> statement-breakpoint
CREATE TABLE `media_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`stage` text DEFAULT '' NOT NULL,
	`error` text DEFAULT '' NOT NULL,
	`run_after` integer NOT NULL,
	`locked_until` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_jobs_state_run_idx` ON `media_jobs` (`state`,`run_after`);--> statement-breakpoint
CREATE INDEX `media_jobs_media_idx` ON `media_jobs` (`media_id`);--> statement-breakpoint
CREATE TABLE `shows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`artwork_media_id` integer,
	`host` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'News' NOT NULL,
	`explicit` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`artwork_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shows_slug_unique` ON `shows` (`slug`);--> statement-breakpoint
ALTER TABLE `articles` ADD `hero_gallery` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `show_id` integer REFERENCES shows(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `articles_show_idx` ON `articles` (`show_id`,`status`,`published_at`);--> statement-breakpoint
ALTER TABLE `media` ADD `kind` text DEFAULT 'image' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `status` text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `error` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `storage_key` text;--> statement-breakpoint
ALTER TABLE `media` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `transcript` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `duration_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `original_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `allow_download` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `poster_media_id` integer REFERENCES media(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `renditions` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `probe` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `media_storage_key_unique` ON `media` (`storage_key`);