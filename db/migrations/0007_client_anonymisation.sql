ALTER TABLE `clients` ADD `age_band_at_referral` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `anonymised_at` text;