CREATE TABLE `article_presence` (
	`article_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`since` integer NOT NULL,
	`last_beat_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `staff_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
