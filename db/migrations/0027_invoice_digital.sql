-- Invoices as they are issued today (issue 12). These rules hold for what is written from now on, so they are
-- triggers rather than CHECK constraints: requests issued before keep their numbers (older electronic invoices
-- carried a 发票代码), and ordinary invoices taken before may carry an address or bank that the old form asked for.
--
-- Issuing: a fully digitalised e-invoice (数电票, electronic) has a 20-digit number and no invoice code; a paper
-- invoice has a 10- or 12-digit code and an 8-digit number (shared/contract/invoice-numbers.ts says the same).
CREATE TRIGGER `invoice_requests_issue_numbers` BEFORE UPDATE OF `status` ON `invoice_requests`
WHEN NEW.`status` = 'issued' AND OLD.`status` = 'requested' AND NOT (
  (NEW.`medium` = 'electronic' AND NEW.`invoice_code` IS NULL
    AND length(NEW.`invoice_no`) = 20 AND NEW.`invoice_no` NOT GLOB '*[^0-9]*')
  OR (NEW.`medium` = 'paper' AND length(NEW.`invoice_code`) IN (10, 12) AND NEW.`invoice_code` NOT GLOB '*[^0-9]*'
    AND length(NEW.`invoice_no`) = 8 AND NEW.`invoice_no` NOT GLOB '*[^0-9]*')
)
BEGIN
  SELECT RAISE(ABORT, 'invoice_requests_issue_numbers: the numbers do not fit the invoice medium');
END;
--> statement-breakpoint
-- Address and bank details belong to a special VAT invoice (for an organisation) only.
CREATE TRIGGER `invoice_requests_special_only_insert` BEFORE INSERT ON `invoice_requests`
WHEN NEW.`kind` <> 'vat_special' AND (NEW.`address` <> '' OR NEW.`bank` <> '' OR NEW.`account` <> '')
BEGIN
  SELECT RAISE(ABORT, 'invoice_requests_special_only: address and bank are for a special invoice only');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_requests_special_only_update` BEFORE UPDATE OF `kind`, `address`, `bank`, `account` ON `invoice_requests`
WHEN NEW.`kind` <> 'vat_special' AND (NEW.`address` <> '' OR NEW.`bank` <> '' OR NEW.`account` <> '')
  AND (NEW.`kind` IS NOT OLD.`kind` OR NEW.`address` IS NOT OLD.`address` OR NEW.`bank` IS NOT OLD.`bank`
    OR NEW.`account` IS NOT OLD.`account`)
BEGIN
  SELECT RAISE(ABORT, 'invoice_requests_special_only: address and bank are for a special invoice only');
END;
