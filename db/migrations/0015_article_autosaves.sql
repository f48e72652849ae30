CREATE TABLE `article_autosaves` (
	`staff_id` integer NOT NULL,
	`slot` text NOT NULL,
	`article_id` integer,
	`base_version` integer,
	`values` text NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`staff_id`, `slot`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
