ALTER TABLE `export_history` ADD `template_name` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `template_sha256` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `builtin_id` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `mapping` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `user` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `identifiable` text DEFAULT 'no' NOT NULL;--> statement-breakpoint
ALTER TABLE `export_history` ADD `output_sha256` text;--> statement-breakpoint
ALTER TABLE `export_history` ADD `repeat_of` text;--> statement-breakpoint
CREATE INDEX `export_history_created_at_idx` ON `export_history` (`created_at`);--> statement-breakpoint
ALTER TABLE `return_templates` ADD `sha256` text;--> statement-breakpoint
ALTER TABLE `return_templates` ADD `size` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `return_templates_sha256_idx` ON `return_templates` (`sha256`);