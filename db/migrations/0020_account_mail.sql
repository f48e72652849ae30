CREATE TABLE `account_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`email` text NOT NULL,
	`edition` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	CONSTRAINT "account_tokens_purpose_check" CHECK("account_tokens"."purpose" IN ('reset', 'verify')),
	CONSTRAINT "account_tokens_subject_check" CHECK("account_tokens"."subject_type" IN ('staff', 'reader'))
);
--> statement-breakpoint
CREATE INDEX `account_tokens_subject_idx` ON `account_tokens` (`subject_type`,`subject_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `account_tokens_expires_idx` ON `account_tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_created_idx` ON `mail_outbox` (`created_at`);--> statement-breakpoint
ALTER TABLE `readers` ADD `email_verified_at` integer;