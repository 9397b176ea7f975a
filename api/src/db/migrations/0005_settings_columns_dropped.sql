ALTER TABLE "agency_settings" DROP COLUMN "balance_presentation";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "disable_access_on_notice";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "disable_access_on_departure";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "disable_access_on_sale";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "hide_syndicate_bank_details";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "owner_sees_tenant_accounts";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "account_module_enabled";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "group_treasury_for_owners";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "group_treasury_for_tenants";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "group_treasury_for_co_owners";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "exclude_analytics_not_paid_back";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "works_fund_includes_102";--> statement-breakpoint
ALTER TABLE "agency_settings" DROP COLUMN "expense_list_enabled";--> statement-breakpoint
DROP TYPE "public"."balance_presentation";