CREATE TABLE `fidelity_action_items` (
	`action_id` text NOT NULL,
	`item_number` integer NOT NULL,
	PRIMARY KEY(`action_id`, `item_number`),
	FOREIGN KEY (`action_id`) REFERENCES `fidelity_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `fidelity_action_progress` (
	`id` text PRIMARY KEY NOT NULL,
	`action_id` text NOT NULL,
	`date` text NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `fidelity_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fidelity_action_progress_action_id_idx` ON `fidelity_action_progress` (`action_id`);--> statement-breakpoint
ALTER TABLE `fidelity_actions` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fidelity_review_items` ADD `sources` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `fidelity_review_items` ADD `not_enough_evidence` text DEFAULT 'no' NOT NULL;--> statement-breakpoint
ALTER TABLE `fidelity_review_items` ADD `suggestion` text;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `period_start` text;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `period_end` text;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `kind` text DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `finalised_at` text;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `finalised_by` text;--> statement-breakpoint
ALTER TABLE `fidelity_reviews` ADD `copied_from` text;--> statement-breakpoint
-- Actions from before 0005 answered one item, in fidelity_actions.item: carry it over to the new link table.
INSERT INTO `fidelity_action_items` (`action_id`, `item_number`) SELECT `id`, `item` FROM `fidelity_actions` WHERE `item` IS NOT NULL;