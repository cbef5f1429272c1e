ALTER TABLE `hand_entered_figures` ADD `text_value` text;--> statement-breakpoint
ALTER TABLE `hand_entered_figures` ADD `source_year` text;