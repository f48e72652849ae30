CREATE TABLE `article_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`staff_id` integer,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_notes_article_idx` ON `article_notes` (`article_id`,`id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `review` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `review_at` integer;--> statement-breakpoint
CREATE INDEX `articles_review_idx` ON `articles` (`review`,`review_at`);