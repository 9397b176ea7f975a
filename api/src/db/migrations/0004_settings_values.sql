ALTER TABLE "agency_settings" ADD COLUMN "values" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Settings move from one column each to the modules' registry: keep what agencies chose, keyed by
-- the registry's names; values equal to the defaults are stored too (harmless, and explicit).
UPDATE "agency_settings" SET "values" = jsonb_build_object(
  'balancePresentation', balance_presentation::text,
  'disableAccessOnNotice', disable_access_on_notice,
  'disableAccessOnDeparture', disable_access_on_departure,
  'disableAccessOnSale', disable_access_on_sale,
  'hideSyndicateBankDetails', hide_syndicate_bank_details,
  'ownerSeesTenantAccounts', owner_sees_tenant_accounts,
  'accountModuleEnabled', account_module_enabled,
  'groupTreasuryForOwners', group_treasury_for_owners,
  'groupTreasuryForTenants', group_treasury_for_tenants,
  'groupTreasuryForCoOwners', group_treasury_for_co_owners,
  'excludeAnalyticsNotPaidBack', exclude_analytics_not_paid_back,
  'worksFundIncludes102', works_fund_includes_102,
  'expenseListEnabled', expense_list_enabled
);
