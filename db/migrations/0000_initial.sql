CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`nhs_number` text,
	`given_name` text,
	`family_name` text,
	`date_of_birth` text,
	`gender` text,
	`ethnicity` text,
	`diagnosis` text,
	`specialist` text,
	`team` text,
	`referral_date` text NOT NULL,
	`employment_status_at_referral` text,
	`retention_case` text NOT NULL,
	`retention_return_date` text,
	`vocational_profile_date` text,
	`action_plan_date` text,
	`discharge_date` text,
	`discharge_reason` text,
	`education_level` text,
	`benefits` text NOT NULL,
	`paid_work_recency` text,
	`maintained_job_over_1y` text,
	`in_secondary_mh_care` text,
	`care_plan_employment_actions` text,
	`care_plan_retention_actions` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "clients_retention_case_yes_no" CHECK("clients"."retention_case" IN ('yes', 'no')),
	CONSTRAINT "clients_maintained_job_over_1y_yes_no_unknown" CHECK("clients"."maintained_job_over_1y" IS NULL OR "clients"."maintained_job_over_1y" IN ('yes', 'no', 'unknown')),
	CONSTRAINT "clients_in_secondary_mh_care_yes_no_unknown" CHECK("clients"."in_secondary_mh_care" IS NULL OR "clients"."in_secondary_mh_care" IN ('yes', 'no', 'unknown')),
	CONSTRAINT "clients_care_plan_employment_actions_yes_no_unknown" CHECK("clients"."care_plan_employment_actions" IS NULL OR "clients"."care_plan_employment_actions" IN ('yes', 'no', 'unknown')),
	CONSTRAINT "clients_care_plan_retention_actions_yes_no_unknown" CHECK("clients"."care_plan_retention_actions" IS NULL OR "clients"."care_plan_retention_actions" IN ('yes', 'no', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_client_id_unique` ON `clients` (`client_id`);--> statement-breakpoint
CREATE INDEX `clients_referral_date_idx` ON `clients` (`referral_date`);--> statement-breakpoint
CREATE INDEX `clients_nhs_number_idx` ON `clients` (`nhs_number`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`client_pk` text NOT NULL,
	`employer` text,
	`job_title` text,
	`start_date` text NOT NULL,
	`four_hours_confirmed` text NOT NULL,
	`end_date` text,
	`hours_per_week` real NOT NULL,
	`contract_type` text NOT NULL,
	`competitive` text NOT NULL,
	`sector` text,
	`soc_major_group` text,
	`evidence` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_pk`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "jobs_four_hours_confirmed_yes_no" CHECK("jobs"."four_hours_confirmed" IN ('yes', 'no')),
	CONSTRAINT "jobs_competitive_yes_no" CHECK("jobs"."competitive" IN ('yes', 'no'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_job_id_unique` ON `jobs` (`job_id`);--> statement-breakpoint
CREATE INDEX `jobs_client_pk_idx` ON `jobs` (`client_pk`);--> statement-breakpoint
CREATE INDEX `jobs_start_date_idx` ON `jobs` (`start_date`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`client_pk` text,
	`employer` text,
	`specialist` text,
	`client_preference_based` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_pk`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contacts_client_preference_based_yes_no_unknown" CHECK("contacts"."client_preference_based" IS NULL OR "contacts"."client_preference_based" IN ('yes', 'no', 'unknown'))
);
--> statement-breakpoint
CREATE INDEX `contacts_client_pk_date_idx` ON `contacts` (`client_pk`,`date`);--> statement-breakpoint
CREATE INDEX `contacts_kind_date_idx` ON `contacts` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`client_pk` text NOT NULL,
	`start_date` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_pk`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activities_client_pk_start_date_idx` ON `activities` (`client_pk`,`start_date`);--> statement-breakpoint
CREATE TABLE `wellbeing` (
	`id` text PRIMARY KEY NOT NULL,
	`client_pk` text NOT NULL,
	`date` text NOT NULL,
	`measure` text NOT NULL,
	`score` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_pk`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wellbeing_client_pk_date_idx` ON `wellbeing` (`client_pk`,`date`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`fte` real,
	`start_date` text,
	`end_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `database_meta` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `database_meta_key_unique` ON `database_meta` (`key`);--> statement-breakpoint
CREATE TABLE `service_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_settings_key_unique` ON `service_settings` (`key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_unique` ON `users` (`name`);--> statement-breakpoint
CREATE TABLE `fidelity_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`item` integer,
	`action` text NOT NULL,
	`owner` text,
	`due_date` text,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fidelity_actions_review_id_idx` ON `fidelity_actions` (`review_id`);--> statement-breakpoint
CREATE TABLE `fidelity_review_items` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`item_number` integer NOT NULL,
	`score` integer,
	`evidence` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fidelity_review_items_review_item_idx` ON `fidelity_review_items` (`review_id`,`item_number`);--> statement-breakpoint
CREATE TABLE `fidelity_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`instrument` text NOT NULL,
	`date` text NOT NULL,
	`reviewers` text NOT NULL,
	`status` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `fidelity_reviews_instrument_date_idx` ON `fidelity_reviews` (`instrument`,`date`);--> statement-breakpoint
CREATE TABLE `export_history` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text,
	`period` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`as_of` text NOT NULL,
	`file_name` text NOT NULL,
	`figures` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `return_templates`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `export_history_template_id_idx` ON `export_history` (`template_id`);--> statement-breakpoint
CREATE TABLE `hand_entered_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`financial_year` text NOT NULL,
	`item_key` text NOT NULL,
	`value` real,
	`source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hand_entered_figures_year_item_idx` ON `hand_entered_figures` (`financial_year`,`item_key`);--> statement-breakpoint
CREATE TABLE `return_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`file_name` text,
	`file` blob NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user` text,
	`action` text NOT NULL,
	`entity` text,
	`entity_id` text,
	`details` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);