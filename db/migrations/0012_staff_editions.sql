CREATE TABLE `staff_editions` (
	`staff_id` integer NOT NULL,
	`edition` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`staff_id`, `edition`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "staff_editions_role_check" CHECK("staff_editions"."role" IN ('contributor', 'author', 'editor'))
);
--> statement-breakpoint
-- Backfill: every non-administrator keeps their role in every edition the data holds (and in
-- English, the default), so nobody gains or loses power on upgrade. staff_users.role already is
-- the highest of these.
INSERT INTO `staff_editions` (`staff_id`, `edition`, `role`)
SELECT `staff_users`.`id`, `e`.`edition`, `staff_users`.`role`
FROM `staff_users`, (SELECT DISTINCT `edition` FROM `sections` UNION SELECT 'en') AS `e`
WHERE `staff_users`.`role` <> 'admin';
