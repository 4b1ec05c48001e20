PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_return_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text NOT NULL,
	`kind` text NOT NULL,
	`customer_name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`product` text NOT NULL,
	`specification` text DEFAULT '' NOT NULL,
	`quantity` integer NOT NULL,
	`shop_id` text NOT NULL,
	`purchase_date` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`quality_problem` integer NOT NULL,
	`reason` text NOT NULL,
	`has_receipt` integer NOT NULL,
	`receipt_matches` integer NOT NULL,
	`packaging_unopened` integer NOT NULL,
	`past_shelf_life` integer NOT NULL,
	`meets_policy` integer NOT NULL,
	`policy_reasons` text NOT NULL,
	`exception_approved_by` text,
	`exception_reason` text,
	`approval_status` text DEFAULT 'none' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`decision_note` text,
	`new_product` text DEFAULT '' NOT NULL,
	`new_specification` text DEFAULT '' NOT NULL,
	`new_amount_fen` integer,
	`price_difference_fen` integer DEFAULT 0 NOT NULL,
	`clerk_id` text NOT NULL,
	`shift_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`voided_by` text,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exception_approved_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "return_requests_amount" CHECK("__new_return_requests"."amount_fen" > 0),
	CONSTRAINT "return_requests_quantity" CHECK("__new_return_requests"."quantity" > 0),
	CONSTRAINT "return_requests_new_amount" CHECK("__new_return_requests"."new_amount_fen" is null or "__new_return_requests"."new_amount_fen" > 0),
	CONSTRAINT "return_requests_exception" CHECK(("__new_return_requests"."meets_policy" = 1 and "__new_return_requests"."approval_status" = 'none')
        or ("__new_return_requests"."meets_policy" = 0 and "__new_return_requests"."approval_status" in ('none', 'approved')
          and "__new_return_requests"."exception_approved_by" is not null and length("__new_return_requests"."exception_reason") > 0)
        or ("__new_return_requests"."meets_policy" = 0 and "__new_return_requests"."approval_status" = 'pending'
          and "__new_return_requests"."exception_approved_by" is null and length("__new_return_requests"."exception_reason") > 0)
        or ("__new_return_requests"."meets_policy" = 0 and "__new_return_requests"."approval_status" = 'rejected'
          and "__new_return_requests"."exception_approved_by" is null and "__new_return_requests"."decided_by" is not null and length("__new_return_requests"."decision_note") > 0)),
	CONSTRAINT "return_requests_void_reason" CHECK("__new_return_requests"."voided_at" is null or length("__new_return_requests"."void_reason") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_return_requests`("id", "serial_no", "kind", "customer_name", "phone", "product", "specification", "quantity", "shop_id", "purchase_date", "amount_fen", "quality_problem", "reason", "has_receipt", "receipt_matches", "packaging_unopened", "past_shelf_life", "meets_policy", "policy_reasons", "exception_approved_by", "exception_reason", "approval_status", "decided_by", "decided_at", "decision_note", "new_product", "new_specification", "new_amount_fen", "price_difference_fen", "clerk_id", "shift_id", "created_at", "updated_at", "voided_at", "void_reason", "voided_by") SELECT "id", "serial_no", "kind", "customer_name", "phone", "product", "specification", "quantity", "shop_id", "purchase_date", "amount_fen", "quality_problem", "reason", "has_receipt", "receipt_matches", "packaging_unopened", "past_shelf_life", "meets_policy", "policy_reasons", "exception_approved_by", "exception_reason", "approval_status", "decided_by", "decided_at", "decision_note", "new_product", "new_specification", "new_amount_fen", "price_difference_fen", "clerk_id", "shift_id", "created_at", "updated_at", "voided_at", "void_reason", "voided_by" FROM `return_requests`;--> statement-breakpoint
DROP TABLE `return_requests`;--> statement-breakpoint
ALTER TABLE `__new_return_requests` RENAME TO `return_requests`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `return_requests_serial_no_unique` ON `return_requests` (`serial_no`);--> statement-breakpoint
CREATE INDEX `return_requests_created_at` ON `return_requests` (`created_at`);--> statement-breakpoint
CREATE INDEX `return_requests_pending` ON `return_requests` (`created_at`) WHERE "return_requests"."approval_status" = 'pending';