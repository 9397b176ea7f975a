/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { received created updated unchanged } }\n": typeof types.LedgerImportDocument,
    "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token } }\n": typeof types.LedgerCreateTokenDocument,
    "mutation LedgerForbiddenAccounts($v: [AccountInput!]!) { upsertAccounts(accounts: $v) { created } }": typeof types.LedgerForbiddenAccountsDocument,
    "mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $v) { created } }": typeof types.LedgerForbiddenYearsDocument,
    "mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) { upsertExpenses(expenses: $v) { created } }": typeof types.LedgerForbiddenExpensesDocument,
    "mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $v) { created } }": typeof types.LedgerForbiddenFundsDocument,
    "query LedgerOwnAccounts { viewer { person { accounts { nodes { id } } } } }": typeof types.LedgerOwnAccountsDocument,
    "mutation LedgerPublish($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }": typeof types.LedgerPublishDocument,
    "query LedgerPeople { people(first: 1, role: COOWNER) { nodes { id } } }": typeof types.LedgerPeopleDocument,
    "mutation LedgerUpsertAccounts($a: [AccountInput!]!) { upsertAccounts(accounts: $a) { received created updated unchanged } }": typeof types.LedgerUpsertAccountsDocument,
    "mutation LedgerUpsertYears($y: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $y) { created updated unchanged } }": typeof types.LedgerUpsertYearsDocument,
    "mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $l) { created updated unchanged } }": typeof types.LedgerUpsertFundsDocument,
    "mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created updated unchanged } }": typeof types.LedgerUpsertExpensesDocument,
    "\n  query ReportsWorksFunds { viewer { person { worksFunds { building { code } total lots { lot { code } total lines { accountNumber label amount } } } } } }\n": typeof types.ReportsWorksFundsDocument,
    "query ReportsPeople { people(search: \"CLIQUOT\") { nodes { id } } }": typeof types.ReportsPeopleDocument,
    "query ReportsPersonFunds($id: ID!) { node(id: $id) { ... on Person { worksFunds { total } } } }": typeof types.ReportsPersonFundsDocument,
    "\n      query ReportsCouncilFunds { viewer { person { councilMemberships { nodes { building { council { nodes { person { displayName worksFunds { total } } } } } } } } } }\n    ": typeof types.ReportsCouncilFundsDocument,
    "\n  query ReportsExpenseList($fy: ID) { viewer { person { councilMemberships { nodes { building { code canReadExpenseList expenseList(fiscalYearId: $fy) {\n    fiscalYears { id code } fiscalYear { code } total\n    groups { allocationKey { code } accountNumber accountLabel count amount vat recoverable }\n    expenses(first: 100) { nodes { id date label amount invoiceUrl } }\n  } } } } } } }\n": typeof types.ReportsExpenseListDocument,
    "query ReportsCoOwnerList { viewer { person { ownerships { nodes { lot { building { canReadExpenseList expenseList { total } } } } } } } }": typeof types.ReportsCoOwnerListDocument,
    "query ReportsCoOwnerCanRead { viewer { person { ownerships { nodes { lot { building { canReadExpenseList } } } } } } }": typeof types.ReportsCoOwnerCanReadDocument,
    "mutation ReportsUpsertExpense($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created } }": typeof types.ReportsUpsertExpenseDocument,
    "\n      query ReportsExportUrls { viewer { person { mandates { nodes { account { id statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\") statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\") } } } } } }\n    ": typeof types.ReportsExportUrlsDocument,
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n": typeof types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n": typeof types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n": typeof types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n": typeof types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n": typeof types.StatementPageDocument,
    "\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n": typeof types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n": typeof types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n": typeof types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n": typeof types.StatementAccountNodeDocument,
    "\n  query ForbiddenPeople($s: String) { people(search: $s) { nodes { id } } }\n": typeof types.ForbiddenPeopleDocument,
    "\n  query ForbiddenPersonOwnerships($id: ID!) { node(id: $id) { ... on Person { ownerships { nodes { id lot { id building { id } } account { id } } } } } }\n": typeof types.ForbiddenPersonOwnershipsDocument,
    "\n  query ForbiddenPersonLeases($id: ID!) { node(id: $id) { ... on Person { leases { nodes { id account { id } } } } } }\n": typeof types.ForbiddenPersonLeasesDocument,
    "\n  query ForbiddenPersonMandates($id: ID!) { node(id: $id) { ... on Person { mandates { nodes { account { id } } } } } }\n": typeof types.ForbiddenPersonMandatesDocument,
    "\n  query ForbiddenBuildingIds { buildings { nodes { id } } }\n": typeof types.ForbiddenBuildingIdsDocument,
    "\n  query ForbiddenNode($id: ID!) { node(id: $id) { id } }\n": typeof types.ForbiddenNodeDocument,
    "\n  mutation ForbiddenSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-12-01\") { endDate } }\n": typeof types.ForbiddenSaleDocument,
    "\n      query ForbiddenCoOwnerNested { viewer { person { ownerships { nodes { lot { building { code lots(first: 100) { nodes { code ownerships { nodes { person { displayName emails } account { number } } } } } } } } } } } }\n    ": typeof types.ForbiddenCoOwnerNestedDocument,
    "\n      query ForbiddenCoOwnerKey { viewer { person { ownerships { nodes { lot { shares { allocationKey { totalShares building { lots(first: 100) { nodes { code } } council { nodes { person { displayName } } } } } } } } } } } }\n    ": typeof types.ForbiddenCoOwnerKeyDocument,
    "query ForbiddenCoOwnerPeople { people { nodes { displayName } } }": typeof types.ForbiddenCoOwnerPeopleDocument,
    "query ForbiddenCoOwnerBuildings { buildings { nodes { code } } }": typeof types.ForbiddenCoOwnerBuildingsDocument,
    "query ForbiddenCoOwnerTokens { apiTokens { nodes { name } } }": typeof types.ForbiddenCoOwnerTokensDocument,
    "mutation ForbiddenCoOwnerDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { id } }": typeof types.ForbiddenCoOwnerDisableDocument,
    "query ForbiddenCoOwnerOwnerships { viewer { person { ownerships { nodes { id } } } } }": typeof types.ForbiddenCoOwnerOwnershipsDocument,
    "\n      query ForbiddenCouncil { viewer { person { councilMemberships { nodes { role building { council { nodes { role person { displayName emails phones } } } lots(first: 100) { nodes { code } } } } } } } }\n    ": typeof types.ForbiddenCouncilDocument,
    "\n      query ForbiddenOwnerTenants { viewer { person { mandates { nodes { lots { code leases { nodes { tenant { displayName emails phones } account { number } } } } } } } } }\n    ": typeof types.ForbiddenOwnerTenantsDocument,
    "\n      query ForbiddenTenantOwn { viewer { spaces person { accounts { nodes { number balance } } leases { nodes { lot { code } } } } } }\n    ": typeof types.ForbiddenTenantOwnDocument,
    "query ForbiddenOtherSearch { people(search: \"cliquot\") { nodes { displayName } } buildings { nodes { code } } }": typeof types.ForbiddenOtherSearchDocument,
    "mutation ForbiddenOtherEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { temporaryPassword } }": typeof types.ForbiddenOtherEnableDocument,
    "mutation ForbiddenWrongType($id: ID!) { issueTemporaryPassword(personId: $id) { identifier } }": typeof types.ForbiddenWrongTypeDocument,
    "mutation ForbiddenAnonymousPreferences { updateMyPreferences(notifyNewDocuments: true) { id } }": typeof types.ForbiddenAnonymousPreferencesDocument,
    "\n      query ForbiddenContacts($id: ID!) { node(id: $id) { ... on Person { emails phones roles extranetAccess { identifier isEnabled } } } }\n    ": typeof types.ForbiddenContactsDocument,
    "query ForbiddenBank { viewer { person { ownerships { nodes { lot { building { id syndicate { name iban bic } } } } } } } }": typeof types.ForbiddenBankDocument,
    "query ForbiddenManagerBank($id: ID!) { node(id: $id) { ... on Building { syndicate { iban } } } }": typeof types.ForbiddenManagerBankDocument,
    "query LimitsPageSize { people(first: 101) { nodes { id } } }": typeof types.LimitsPageSizeDocument,
    "query LimitsForgedCursor { people(after: \"forged\") { nodes { id } } }": typeof types.LimitsForgedCursorDocument,
    "query LimitsMalformedUuid($id: ID!) { node(id: $id) { id } }": typeof types.LimitsMalformedUuidDocument,
    "\n  query LimitsPeoplePage($after: String) { people(first: 5, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } } }\n": typeof types.LimitsPeoplePageDocument,
    "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) { people(role: $role, search: $search) { nodes { displayName } } }\n": typeof types.LimitsPeopleByRoleDocument,
    "query AccessViewer { viewer { identifier } }": typeof types.AccessViewerDocument,
    "query AccessPeople($s: String) { people(search: $s) { nodes { id } } }": typeof types.AccessPeopleDocument,
    "\n  mutation AccessEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword person { displayName extranetAccess { isEnabled mustChangePassword } } } }\n": typeof types.AccessEnableDocument,
    "query AccessOwnerships { viewer { person { ownerships { nodes { id } } } } }": typeof types.AccessOwnershipsDocument,
    "mutation AccessSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-11-25\") { endDate isActive } }": typeof types.AccessSaleDocument,
    "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token apiToken { id name scopes lastUsedAt } } }\n": typeof types.AccessCreateTokenDocument,
    "query AccessViewerPerson { viewer { person { displayName } } }": typeof types.AccessViewerPersonDocument,
    "mutation AccessDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { displayName extranetAccess { isEnabled } } }": typeof types.AccessDisableDocument,
    "mutation AccessEnableIdentifiers($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier } }": typeof types.AccessEnableIdentifiersDocument,
    "mutation AccessChangePassword($p: String!) { changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) { identifier } }": typeof types.AccessChangePasswordDocument,
    "query AccessLeases { viewer { person { leases { nodes { id } } } } }": typeof types.AccessLeasesDocument,
    "mutation AccessNotice($id: ID!) { recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") { noticeDate account { isPublished } } }": typeof types.AccessNoticeDocument,
    "mutation AccessDeparture($id: ID!, $date: Date!) { recordLeaseDeparture(leaseId: $id, departureDate: $date) { departureDate account { isPublished } } }": typeof types.AccessDepartureDocument,
    "query AccessSpaces { viewer { spaces } }": typeof types.AccessSpacesDocument,
    "query AccessTokenBuildings { buildings { nodes { code lots(first: 1) { nodes { code } } } } }": typeof types.AccessTokenBuildingsDocument,
    "query AccessTokenPeople { people { nodes { displayName } } }": typeof types.AccessTokenPeopleDocument,
    "\n      query AccessTokenOwnerships { buildings(first: 1) { nodes { lots(first: 1) { nodes { ownerships { nodes { account { number } person { displayName } } } } } } } }\n    ": typeof types.AccessTokenOwnershipsDocument,
    "query AccessTokens { apiTokens { nodes { name lastUsedAt } } }": typeof types.AccessTokensDocument,
    "mutation AccessRevoke($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": typeof types.AccessRevokeDocument,
    "query AccessTokenCodes { buildings { nodes { code } } }": typeof types.AccessTokenCodesDocument,
    "query AccessOtherAgency { buildings { nodes { code } } people(search: \"CLIQUOT\") { nodes { displayName } } }": typeof types.AccessOtherAgencyDocument,
    "query PasswordViewer { viewer { identifier mustChangePassword } }": typeof types.PasswordViewerDocument,
    "\n  mutation PasswordChange($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { mustChangePassword } }\n": typeof types.PasswordChangeDocument,
    "mutation PasswordLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier } } }": typeof types.PasswordLoginDocument,
    "mutation PasswordRequestReset($i: String!) { requestPasswordReset(identifier: $i) }": typeof types.PasswordRequestResetDocument,
    "mutation PasswordReset($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }": typeof types.PasswordResetDocument,
    "query PasswordViewerPerson { viewer { person { displayName } } }": typeof types.PasswordViewerPersonDocument,
    "query PasswordViewerSpaces { viewer { spaces } }": typeof types.PasswordViewerSpacesDocument,
    "mutation PasswordPreferences { updateMyPreferences(notifyNewDocuments: false) { displayName } }": typeof types.PasswordPreferencesDocument,
    "query PasswordSpace { viewer { spaces person { displayName } } }": typeof types.PasswordSpaceDocument,
    "mutation PasswordIssue($id: ID!) { issueTemporaryPassword(personId: $id) { identifier temporaryPassword person { displayName } } }": typeof types.PasswordIssueDocument,
    "query PasswordPeople($s: String) { people(search: $s) { nodes { id displayName } } }": typeof types.PasswordPeopleDocument,
    "query PasswordBrouilly { people(search: \"brouilly\") { nodes { id } } }": typeof types.PasswordBrouillyDocument,
    "mutation PasswordIssueRefused($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }": typeof types.PasswordIssueRefusedDocument,
    "mutation SignInLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier displayName mustChangePassword spaces } } }": typeof types.SignInLoginDocument,
    "query SignInViewer { viewer { identifier mustChangePassword person { displayName } spaces } }": typeof types.SignInViewerDocument,
    "query SignInBuildings { buildings { nodes { code } } }": typeof types.SignInBuildingsDocument,
    "mutation SignInLogout { logout }": typeof types.SignInLogoutDocument,
    "\n  query ViewerCanAll { viewer { can { managePortfolio readAccounts readWorksFunds readExpenseLists } } }\n": typeof types.ViewerCanAllDocument,
    "\n  query ViewerCanStatement { viewer { person { accounts { nodes { statement(from: \"2026-01-01\", to: \"2026-12-31\") { closingBalance } } } } } }\n": typeof types.ViewerCanStatementDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n": typeof types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n": typeof types.HomeStatementsPeopleDocument,
    "\n  query BuildersViewer { viewer { identifier spaces person { displayName roles ownerships { nodes { lot { code } account { number balance } } } } } }\n": typeof types.BuildersViewerDocument,
    "query BuildersNode($id: ID!) { node(id: $id) { id } }": typeof types.BuildersNodeDocument,
    "query BuildersPeople { people { nodes { roles } } }": typeof types.BuildersPeopleDocument,
    "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n": typeof types.HarnessLoginDocument,
};
const documents: Documents = {
    "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { received created updated unchanged } }\n": types.LedgerImportDocument,
    "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token } }\n": types.LedgerCreateTokenDocument,
    "mutation LedgerForbiddenAccounts($v: [AccountInput!]!) { upsertAccounts(accounts: $v) { created } }": types.LedgerForbiddenAccountsDocument,
    "mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $v) { created } }": types.LedgerForbiddenYearsDocument,
    "mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) { upsertExpenses(expenses: $v) { created } }": types.LedgerForbiddenExpensesDocument,
    "mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $v) { created } }": types.LedgerForbiddenFundsDocument,
    "query LedgerOwnAccounts { viewer { person { accounts { nodes { id } } } } }": types.LedgerOwnAccountsDocument,
    "mutation LedgerPublish($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }": types.LedgerPublishDocument,
    "query LedgerPeople { people(first: 1, role: COOWNER) { nodes { id } } }": types.LedgerPeopleDocument,
    "mutation LedgerUpsertAccounts($a: [AccountInput!]!) { upsertAccounts(accounts: $a) { received created updated unchanged } }": types.LedgerUpsertAccountsDocument,
    "mutation LedgerUpsertYears($y: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $y) { created updated unchanged } }": types.LedgerUpsertYearsDocument,
    "mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $l) { created updated unchanged } }": types.LedgerUpsertFundsDocument,
    "mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created updated unchanged } }": types.LedgerUpsertExpensesDocument,
    "\n  query ReportsWorksFunds { viewer { person { worksFunds { building { code } total lots { lot { code } total lines { accountNumber label amount } } } } } }\n": types.ReportsWorksFundsDocument,
    "query ReportsPeople { people(search: \"CLIQUOT\") { nodes { id } } }": types.ReportsPeopleDocument,
    "query ReportsPersonFunds($id: ID!) { node(id: $id) { ... on Person { worksFunds { total } } } }": types.ReportsPersonFundsDocument,
    "\n      query ReportsCouncilFunds { viewer { person { councilMemberships { nodes { building { council { nodes { person { displayName worksFunds { total } } } } } } } } } }\n    ": types.ReportsCouncilFundsDocument,
    "\n  query ReportsExpenseList($fy: ID) { viewer { person { councilMemberships { nodes { building { code canReadExpenseList expenseList(fiscalYearId: $fy) {\n    fiscalYears { id code } fiscalYear { code } total\n    groups { allocationKey { code } accountNumber accountLabel count amount vat recoverable }\n    expenses(first: 100) { nodes { id date label amount invoiceUrl } }\n  } } } } } } }\n": types.ReportsExpenseListDocument,
    "query ReportsCoOwnerList { viewer { person { ownerships { nodes { lot { building { canReadExpenseList expenseList { total } } } } } } } }": types.ReportsCoOwnerListDocument,
    "query ReportsCoOwnerCanRead { viewer { person { ownerships { nodes { lot { building { canReadExpenseList } } } } } } }": types.ReportsCoOwnerCanReadDocument,
    "mutation ReportsUpsertExpense($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created } }": types.ReportsUpsertExpenseDocument,
    "\n      query ReportsExportUrls { viewer { person { mandates { nodes { account { id statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\") statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\") } } } } } }\n    ": types.ReportsExportUrlsDocument,
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n": types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n": types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n": types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n": types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n": types.StatementPageDocument,
    "\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n": types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n": types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n": types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n": types.StatementAccountNodeDocument,
    "\n  query ForbiddenPeople($s: String) { people(search: $s) { nodes { id } } }\n": types.ForbiddenPeopleDocument,
    "\n  query ForbiddenPersonOwnerships($id: ID!) { node(id: $id) { ... on Person { ownerships { nodes { id lot { id building { id } } account { id } } } } } }\n": types.ForbiddenPersonOwnershipsDocument,
    "\n  query ForbiddenPersonLeases($id: ID!) { node(id: $id) { ... on Person { leases { nodes { id account { id } } } } } }\n": types.ForbiddenPersonLeasesDocument,
    "\n  query ForbiddenPersonMandates($id: ID!) { node(id: $id) { ... on Person { mandates { nodes { account { id } } } } } }\n": types.ForbiddenPersonMandatesDocument,
    "\n  query ForbiddenBuildingIds { buildings { nodes { id } } }\n": types.ForbiddenBuildingIdsDocument,
    "\n  query ForbiddenNode($id: ID!) { node(id: $id) { id } }\n": types.ForbiddenNodeDocument,
    "\n  mutation ForbiddenSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-12-01\") { endDate } }\n": types.ForbiddenSaleDocument,
    "\n      query ForbiddenCoOwnerNested { viewer { person { ownerships { nodes { lot { building { code lots(first: 100) { nodes { code ownerships { nodes { person { displayName emails } account { number } } } } } } } } } } } }\n    ": types.ForbiddenCoOwnerNestedDocument,
    "\n      query ForbiddenCoOwnerKey { viewer { person { ownerships { nodes { lot { shares { allocationKey { totalShares building { lots(first: 100) { nodes { code } } council { nodes { person { displayName } } } } } } } } } } } }\n    ": types.ForbiddenCoOwnerKeyDocument,
    "query ForbiddenCoOwnerPeople { people { nodes { displayName } } }": types.ForbiddenCoOwnerPeopleDocument,
    "query ForbiddenCoOwnerBuildings { buildings { nodes { code } } }": types.ForbiddenCoOwnerBuildingsDocument,
    "query ForbiddenCoOwnerTokens { apiTokens { nodes { name } } }": types.ForbiddenCoOwnerTokensDocument,
    "mutation ForbiddenCoOwnerDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { id } }": types.ForbiddenCoOwnerDisableDocument,
    "query ForbiddenCoOwnerOwnerships { viewer { person { ownerships { nodes { id } } } } }": types.ForbiddenCoOwnerOwnershipsDocument,
    "\n      query ForbiddenCouncil { viewer { person { councilMemberships { nodes { role building { council { nodes { role person { displayName emails phones } } } lots(first: 100) { nodes { code } } } } } } } }\n    ": types.ForbiddenCouncilDocument,
    "\n      query ForbiddenOwnerTenants { viewer { person { mandates { nodes { lots { code leases { nodes { tenant { displayName emails phones } account { number } } } } } } } } }\n    ": types.ForbiddenOwnerTenantsDocument,
    "\n      query ForbiddenTenantOwn { viewer { spaces person { accounts { nodes { number balance } } leases { nodes { lot { code } } } } } }\n    ": types.ForbiddenTenantOwnDocument,
    "query ForbiddenOtherSearch { people(search: \"cliquot\") { nodes { displayName } } buildings { nodes { code } } }": types.ForbiddenOtherSearchDocument,
    "mutation ForbiddenOtherEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { temporaryPassword } }": types.ForbiddenOtherEnableDocument,
    "mutation ForbiddenWrongType($id: ID!) { issueTemporaryPassword(personId: $id) { identifier } }": types.ForbiddenWrongTypeDocument,
    "mutation ForbiddenAnonymousPreferences { updateMyPreferences(notifyNewDocuments: true) { id } }": types.ForbiddenAnonymousPreferencesDocument,
    "\n      query ForbiddenContacts($id: ID!) { node(id: $id) { ... on Person { emails phones roles extranetAccess { identifier isEnabled } } } }\n    ": types.ForbiddenContactsDocument,
    "query ForbiddenBank { viewer { person { ownerships { nodes { lot { building { id syndicate { name iban bic } } } } } } } }": types.ForbiddenBankDocument,
    "query ForbiddenManagerBank($id: ID!) { node(id: $id) { ... on Building { syndicate { iban } } } }": types.ForbiddenManagerBankDocument,
    "query LimitsPageSize { people(first: 101) { nodes { id } } }": types.LimitsPageSizeDocument,
    "query LimitsForgedCursor { people(after: \"forged\") { nodes { id } } }": types.LimitsForgedCursorDocument,
    "query LimitsMalformedUuid($id: ID!) { node(id: $id) { id } }": types.LimitsMalformedUuidDocument,
    "\n  query LimitsPeoplePage($after: String) { people(first: 5, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } } }\n": types.LimitsPeoplePageDocument,
    "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) { people(role: $role, search: $search) { nodes { displayName } } }\n": types.LimitsPeopleByRoleDocument,
    "query AccessViewer { viewer { identifier } }": types.AccessViewerDocument,
    "query AccessPeople($s: String) { people(search: $s) { nodes { id } } }": types.AccessPeopleDocument,
    "\n  mutation AccessEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword person { displayName extranetAccess { isEnabled mustChangePassword } } } }\n": types.AccessEnableDocument,
    "query AccessOwnerships { viewer { person { ownerships { nodes { id } } } } }": types.AccessOwnershipsDocument,
    "mutation AccessSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-11-25\") { endDate isActive } }": types.AccessSaleDocument,
    "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token apiToken { id name scopes lastUsedAt } } }\n": types.AccessCreateTokenDocument,
    "query AccessViewerPerson { viewer { person { displayName } } }": types.AccessViewerPersonDocument,
    "mutation AccessDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { displayName extranetAccess { isEnabled } } }": types.AccessDisableDocument,
    "mutation AccessEnableIdentifiers($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier } }": types.AccessEnableIdentifiersDocument,
    "mutation AccessChangePassword($p: String!) { changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) { identifier } }": types.AccessChangePasswordDocument,
    "query AccessLeases { viewer { person { leases { nodes { id } } } } }": types.AccessLeasesDocument,
    "mutation AccessNotice($id: ID!) { recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") { noticeDate account { isPublished } } }": types.AccessNoticeDocument,
    "mutation AccessDeparture($id: ID!, $date: Date!) { recordLeaseDeparture(leaseId: $id, departureDate: $date) { departureDate account { isPublished } } }": types.AccessDepartureDocument,
    "query AccessSpaces { viewer { spaces } }": types.AccessSpacesDocument,
    "query AccessTokenBuildings { buildings { nodes { code lots(first: 1) { nodes { code } } } } }": types.AccessTokenBuildingsDocument,
    "query AccessTokenPeople { people { nodes { displayName } } }": types.AccessTokenPeopleDocument,
    "\n      query AccessTokenOwnerships { buildings(first: 1) { nodes { lots(first: 1) { nodes { ownerships { nodes { account { number } person { displayName } } } } } } } }\n    ": types.AccessTokenOwnershipsDocument,
    "query AccessTokens { apiTokens { nodes { name lastUsedAt } } }": types.AccessTokensDocument,
    "mutation AccessRevoke($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": types.AccessRevokeDocument,
    "query AccessTokenCodes { buildings { nodes { code } } }": types.AccessTokenCodesDocument,
    "query AccessOtherAgency { buildings { nodes { code } } people(search: \"CLIQUOT\") { nodes { displayName } } }": types.AccessOtherAgencyDocument,
    "query PasswordViewer { viewer { identifier mustChangePassword } }": types.PasswordViewerDocument,
    "\n  mutation PasswordChange($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { mustChangePassword } }\n": types.PasswordChangeDocument,
    "mutation PasswordLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier } } }": types.PasswordLoginDocument,
    "mutation PasswordRequestReset($i: String!) { requestPasswordReset(identifier: $i) }": types.PasswordRequestResetDocument,
    "mutation PasswordReset($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }": types.PasswordResetDocument,
    "query PasswordViewerPerson { viewer { person { displayName } } }": types.PasswordViewerPersonDocument,
    "query PasswordViewerSpaces { viewer { spaces } }": types.PasswordViewerSpacesDocument,
    "mutation PasswordPreferences { updateMyPreferences(notifyNewDocuments: false) { displayName } }": types.PasswordPreferencesDocument,
    "query PasswordSpace { viewer { spaces person { displayName } } }": types.PasswordSpaceDocument,
    "mutation PasswordIssue($id: ID!) { issueTemporaryPassword(personId: $id) { identifier temporaryPassword person { displayName } } }": types.PasswordIssueDocument,
    "query PasswordPeople($s: String) { people(search: $s) { nodes { id displayName } } }": types.PasswordPeopleDocument,
    "query PasswordBrouilly { people(search: \"brouilly\") { nodes { id } } }": types.PasswordBrouillyDocument,
    "mutation PasswordIssueRefused($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }": types.PasswordIssueRefusedDocument,
    "mutation SignInLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier displayName mustChangePassword spaces } } }": types.SignInLoginDocument,
    "query SignInViewer { viewer { identifier mustChangePassword person { displayName } spaces } }": types.SignInViewerDocument,
    "query SignInBuildings { buildings { nodes { code } } }": types.SignInBuildingsDocument,
    "mutation SignInLogout { logout }": types.SignInLogoutDocument,
    "\n  query ViewerCanAll { viewer { can { managePortfolio readAccounts readWorksFunds readExpenseLists } } }\n": types.ViewerCanAllDocument,
    "\n  query ViewerCanStatement { viewer { person { accounts { nodes { statement(from: \"2026-01-01\", to: \"2026-12-31\") { closingBalance } } } } } }\n": types.ViewerCanStatementDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n": types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n": types.HomeStatementsPeopleDocument,
    "\n  query BuildersViewer { viewer { identifier spaces person { displayName roles ownerships { nodes { lot { code } account { number balance } } } } } }\n": types.BuildersViewerDocument,
    "query BuildersNode($id: ID!) { node(id: $id) { id } }": types.BuildersNodeDocument,
    "query BuildersPeople { people { nodes { roles } } }": types.BuildersPeopleDocument,
    "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n": types.HarnessLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { received created updated unchanged } }\n"): (typeof documents)["\n  mutation LedgerImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { received created updated unchanged } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token } }\n"): (typeof documents)["\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerForbiddenAccounts($v: [AccountInput!]!) { upsertAccounts(accounts: $v) { created } }"): (typeof documents)["mutation LedgerForbiddenAccounts($v: [AccountInput!]!) { upsertAccounts(accounts: $v) { created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $v) { created } }"): (typeof documents)["mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $v) { created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) { upsertExpenses(expenses: $v) { created } }"): (typeof documents)["mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) { upsertExpenses(expenses: $v) { created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $v) { created } }"): (typeof documents)["mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $v) { created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerOwnAccounts { viewer { person { accounts { nodes { id } } } } }"): (typeof documents)["query LedgerOwnAccounts { viewer { person { accounts { nodes { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerPublish($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }"): (typeof documents)["mutation LedgerPublish($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerPeople { people(first: 1, role: COOWNER) { nodes { id } } }"): (typeof documents)["query LedgerPeople { people(first: 1, role: COOWNER) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerUpsertAccounts($a: [AccountInput!]!) { upsertAccounts(accounts: $a) { received created updated unchanged } }"): (typeof documents)["mutation LedgerUpsertAccounts($a: [AccountInput!]!) { upsertAccounts(accounts: $a) { received created updated unchanged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerUpsertYears($y: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $y) { created updated unchanged } }"): (typeof documents)["mutation LedgerUpsertYears($y: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $y) { created updated unchanged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $l) { created updated unchanged } }"): (typeof documents)["mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $l) { created updated unchanged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created updated unchanged } }"): (typeof documents)["mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created updated unchanged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsWorksFunds { viewer { person { worksFunds { building { code } total lots { lot { code } total lines { accountNumber label amount } } } } } }\n"): (typeof documents)["\n  query ReportsWorksFunds { viewer { person { worksFunds { building { code } total lots { lot { code } total lines { accountNumber label amount } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsPeople { people(search: \"CLIQUOT\") { nodes { id } } }"): (typeof documents)["query ReportsPeople { people(search: \"CLIQUOT\") { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsPersonFunds($id: ID!) { node(id: $id) { ... on Person { worksFunds { total } } } }"): (typeof documents)["query ReportsPersonFunds($id: ID!) { node(id: $id) { ... on Person { worksFunds { total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReportsCouncilFunds { viewer { person { councilMemberships { nodes { building { council { nodes { person { displayName worksFunds { total } } } } } } } } } }\n    "): (typeof documents)["\n      query ReportsCouncilFunds { viewer { person { councilMemberships { nodes { building { council { nodes { person { displayName worksFunds { total } } } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsExpenseList($fy: ID) { viewer { person { councilMemberships { nodes { building { code canReadExpenseList expenseList(fiscalYearId: $fy) {\n    fiscalYears { id code } fiscalYear { code } total\n    groups { allocationKey { code } accountNumber accountLabel count amount vat recoverable }\n    expenses(first: 100) { nodes { id date label amount invoiceUrl } }\n  } } } } } } }\n"): (typeof documents)["\n  query ReportsExpenseList($fy: ID) { viewer { person { councilMemberships { nodes { building { code canReadExpenseList expenseList(fiscalYearId: $fy) {\n    fiscalYears { id code } fiscalYear { code } total\n    groups { allocationKey { code } accountNumber accountLabel count amount vat recoverable }\n    expenses(first: 100) { nodes { id date label amount invoiceUrl } }\n  } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsCoOwnerList { viewer { person { ownerships { nodes { lot { building { canReadExpenseList expenseList { total } } } } } } } }"): (typeof documents)["query ReportsCoOwnerList { viewer { person { ownerships { nodes { lot { building { canReadExpenseList expenseList { total } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsCoOwnerCanRead { viewer { person { ownerships { nodes { lot { building { canReadExpenseList } } } } } } }"): (typeof documents)["query ReportsCoOwnerCanRead { viewer { person { ownerships { nodes { lot { building { canReadExpenseList } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsUpsertExpense($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created } }"): (typeof documents)["mutation ReportsUpsertExpense($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReportsExportUrls { viewer { person { mandates { nodes { account { id statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\") statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\") } } } } } }\n    "): (typeof documents)["\n      query ReportsExportUrls { viewer { person { mandates { nodes { account { id statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\") statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\") } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n"): (typeof documents)["\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n"): (typeof documents)["\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n"): (typeof documents)["\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n"): (typeof documents)["\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n"): (typeof documents)["\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n"): (typeof documents)["\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n"): (typeof documents)["\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n"): (typeof documents)["\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPeople($s: String) { people(search: $s) { nodes { id } } }\n"): (typeof documents)["\n  query ForbiddenPeople($s: String) { people(search: $s) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonOwnerships($id: ID!) { node(id: $id) { ... on Person { ownerships { nodes { id lot { id building { id } } account { id } } } } } }\n"): (typeof documents)["\n  query ForbiddenPersonOwnerships($id: ID!) { node(id: $id) { ... on Person { ownerships { nodes { id lot { id building { id } } account { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonLeases($id: ID!) { node(id: $id) { ... on Person { leases { nodes { id account { id } } } } } }\n"): (typeof documents)["\n  query ForbiddenPersonLeases($id: ID!) { node(id: $id) { ... on Person { leases { nodes { id account { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonMandates($id: ID!) { node(id: $id) { ... on Person { mandates { nodes { account { id } } } } } }\n"): (typeof documents)["\n  query ForbiddenPersonMandates($id: ID!) { node(id: $id) { ... on Person { mandates { nodes { account { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenBuildingIds { buildings { nodes { id } } }\n"): (typeof documents)["\n  query ForbiddenBuildingIds { buildings { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenNode($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query ForbiddenNode($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForbiddenSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-12-01\") { endDate } }\n"): (typeof documents)["\n  mutation ForbiddenSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-12-01\") { endDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenCoOwnerNested { viewer { person { ownerships { nodes { lot { building { code lots(first: 100) { nodes { code ownerships { nodes { person { displayName emails } account { number } } } } } } } } } } } }\n    "): (typeof documents)["\n      query ForbiddenCoOwnerNested { viewer { person { ownerships { nodes { lot { building { code lots(first: 100) { nodes { code ownerships { nodes { person { displayName emails } account { number } } } } } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenCoOwnerKey { viewer { person { ownerships { nodes { lot { shares { allocationKey { totalShares building { lots(first: 100) { nodes { code } } council { nodes { person { displayName } } } } } } } } } } } }\n    "): (typeof documents)["\n      query ForbiddenCoOwnerKey { viewer { person { ownerships { nodes { lot { shares { allocationKey { totalShares building { lots(first: 100) { nodes { code } } council { nodes { person { displayName } } } } } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenCoOwnerPeople { people { nodes { displayName } } }"): (typeof documents)["query ForbiddenCoOwnerPeople { people { nodes { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenCoOwnerBuildings { buildings { nodes { code } } }"): (typeof documents)["query ForbiddenCoOwnerBuildings { buildings { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenCoOwnerTokens { apiTokens { nodes { name } } }"): (typeof documents)["query ForbiddenCoOwnerTokens { apiTokens { nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForbiddenCoOwnerDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { id } }"): (typeof documents)["mutation ForbiddenCoOwnerDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenCoOwnerOwnerships { viewer { person { ownerships { nodes { id } } } } }"): (typeof documents)["query ForbiddenCoOwnerOwnerships { viewer { person { ownerships { nodes { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenCouncil { viewer { person { councilMemberships { nodes { role building { council { nodes { role person { displayName emails phones } } } lots(first: 100) { nodes { code } } } } } } } }\n    "): (typeof documents)["\n      query ForbiddenCouncil { viewer { person { councilMemberships { nodes { role building { council { nodes { role person { displayName emails phones } } } lots(first: 100) { nodes { code } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenOwnerTenants { viewer { person { mandates { nodes { lots { code leases { nodes { tenant { displayName emails phones } account { number } } } } } } } } }\n    "): (typeof documents)["\n      query ForbiddenOwnerTenants { viewer { person { mandates { nodes { lots { code leases { nodes { tenant { displayName emails phones } account { number } } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenTenantOwn { viewer { spaces person { accounts { nodes { number balance } } leases { nodes { lot { code } } } } } }\n    "): (typeof documents)["\n      query ForbiddenTenantOwn { viewer { spaces person { accounts { nodes { number balance } } leases { nodes { lot { code } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenOtherSearch { people(search: \"cliquot\") { nodes { displayName } } buildings { nodes { code } } }"): (typeof documents)["query ForbiddenOtherSearch { people(search: \"cliquot\") { nodes { displayName } } buildings { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForbiddenOtherEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { temporaryPassword } }"): (typeof documents)["mutation ForbiddenOtherEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForbiddenWrongType($id: ID!) { issueTemporaryPassword(personId: $id) { identifier } }"): (typeof documents)["mutation ForbiddenWrongType($id: ID!) { issueTemporaryPassword(personId: $id) { identifier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForbiddenAnonymousPreferences { updateMyPreferences(notifyNewDocuments: true) { id } }"): (typeof documents)["mutation ForbiddenAnonymousPreferences { updateMyPreferences(notifyNewDocuments: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenContacts($id: ID!) { node(id: $id) { ... on Person { emails phones roles extranetAccess { identifier isEnabled } } } }\n    "): (typeof documents)["\n      query ForbiddenContacts($id: ID!) { node(id: $id) { ... on Person { emails phones roles extranetAccess { identifier isEnabled } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenBank { viewer { person { ownerships { nodes { lot { building { id syndicate { name iban bic } } } } } } } }"): (typeof documents)["query ForbiddenBank { viewer { person { ownerships { nodes { lot { building { id syndicate { name iban bic } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForbiddenManagerBank($id: ID!) { node(id: $id) { ... on Building { syndicate { iban } } } }"): (typeof documents)["query ForbiddenManagerBank($id: ID!) { node(id: $id) { ... on Building { syndicate { iban } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsPageSize { people(first: 101) { nodes { id } } }"): (typeof documents)["query LimitsPageSize { people(first: 101) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsForgedCursor { people(after: \"forged\") { nodes { id } } }"): (typeof documents)["query LimitsForgedCursor { people(after: \"forged\") { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMalformedUuid($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query LimitsMalformedUuid($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPeoplePage($after: String) { people(first: 5, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } } }\n"): (typeof documents)["\n  query LimitsPeoplePage($after: String) { people(first: 5, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) { people(role: $role, search: $search) { nodes { displayName } } }\n"): (typeof documents)["\n  query LimitsPeopleByRole($role: PersonRole, $search: String) { people(role: $role, search: $search) { nodes { displayName } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer { viewer { identifier } }"): (typeof documents)["query AccessViewer { viewer { identifier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPeople($s: String) { people(search: $s) { nodes { id } } }"): (typeof documents)["query AccessPeople($s: String) { people(search: $s) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword person { displayName extranetAccess { isEnabled mustChangePassword } } } }\n"): (typeof documents)["\n  mutation AccessEnable($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword person { displayName extranetAccess { isEnabled mustChangePassword } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessOwnerships { viewer { person { ownerships { nodes { id } } } } }"): (typeof documents)["query AccessOwnerships { viewer { person { ownerships { nodes { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-11-25\") { endDate isActive } }"): (typeof documents)["mutation AccessSale($id: ID!) { recordSale(ownershipId: $id, saleDate: \"2026-11-25\") { endDate isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token apiToken { id name scopes lastUsedAt } } }\n"): (typeof documents)["\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) { createApiToken(input: { name: $name, scopes: $scopes }) { token apiToken { id name scopes lastUsedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewerPerson { viewer { person { displayName } } }"): (typeof documents)["query AccessViewerPerson { viewer { person { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { displayName extranetAccess { isEnabled } } }"): (typeof documents)["mutation AccessDisable($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { displayName extranetAccess { isEnabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessEnableIdentifiers($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier } }"): (typeof documents)["mutation AccessEnableIdentifiers($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessChangePassword($p: String!) { changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) { identifier } }"): (typeof documents)["mutation AccessChangePassword($p: String!) { changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) { identifier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLeases { viewer { person { leases { nodes { id } } } } }"): (typeof documents)["query AccessLeases { viewer { person { leases { nodes { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessNotice($id: ID!) { recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") { noticeDate account { isPublished } } }"): (typeof documents)["mutation AccessNotice($id: ID!) { recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") { noticeDate account { isPublished } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDeparture($id: ID!, $date: Date!) { recordLeaseDeparture(leaseId: $id, departureDate: $date) { departureDate account { isPublished } } }"): (typeof documents)["mutation AccessDeparture($id: ID!, $date: Date!) { recordLeaseDeparture(leaseId: $id, departureDate: $date) { departureDate account { isPublished } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessSpaces { viewer { spaces } }"): (typeof documents)["query AccessSpaces { viewer { spaces } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTokenBuildings { buildings { nodes { code lots(first: 1) { nodes { code } } } } }"): (typeof documents)["query AccessTokenBuildings { buildings { nodes { code lots(first: 1) { nodes { code } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTokenPeople { people { nodes { displayName } } }"): (typeof documents)["query AccessTokenPeople { people { nodes { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessTokenOwnerships { buildings(first: 1) { nodes { lots(first: 1) { nodes { ownerships { nodes { account { number } person { displayName } } } } } } } }\n    "): (typeof documents)["\n      query AccessTokenOwnerships { buildings(first: 1) { nodes { lots(first: 1) { nodes { ownerships { nodes { account { number } person { displayName } } } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTokens { apiTokens { nodes { name lastUsedAt } } }"): (typeof documents)["query AccessTokens { apiTokens { nodes { name lastUsedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRevoke($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"): (typeof documents)["mutation AccessRevoke($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTokenCodes { buildings { nodes { code } } }"): (typeof documents)["query AccessTokenCodes { buildings { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessOtherAgency { buildings { nodes { code } } people(search: \"CLIQUOT\") { nodes { displayName } } }"): (typeof documents)["query AccessOtherAgency { buildings { nodes { code } } people(search: \"CLIQUOT\") { nodes { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordViewer { viewer { identifier mustChangePassword } }"): (typeof documents)["query PasswordViewer { viewer { identifier mustChangePassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { mustChangePassword } }\n"): (typeof documents)["\n  mutation PasswordChange($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { mustChangePassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier } } }"): (typeof documents)["mutation PasswordLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordRequestReset($i: String!) { requestPasswordReset(identifier: $i) }"): (typeof documents)["mutation PasswordRequestReset($i: String!) { requestPasswordReset(identifier: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordReset($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }"): (typeof documents)["mutation PasswordReset($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordViewerPerson { viewer { person { displayName } } }"): (typeof documents)["query PasswordViewerPerson { viewer { person { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordViewerSpaces { viewer { spaces } }"): (typeof documents)["query PasswordViewerSpaces { viewer { spaces } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordPreferences { updateMyPreferences(notifyNewDocuments: false) { displayName } }"): (typeof documents)["mutation PasswordPreferences { updateMyPreferences(notifyNewDocuments: false) { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordSpace { viewer { spaces person { displayName } } }"): (typeof documents)["query PasswordSpace { viewer { spaces person { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordIssue($id: ID!) { issueTemporaryPassword(personId: $id) { identifier temporaryPassword person { displayName } } }"): (typeof documents)["mutation PasswordIssue($id: ID!) { issueTemporaryPassword(personId: $id) { identifier temporaryPassword person { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordPeople($s: String) { people(search: $s) { nodes { id displayName } } }"): (typeof documents)["query PasswordPeople($s: String) { people(search: $s) { nodes { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordBrouilly { people(search: \"brouilly\") { nodes { id } } }"): (typeof documents)["query PasswordBrouilly { people(search: \"brouilly\") { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordIssueRefused($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }"): (typeof documents)["mutation PasswordIssueRefused($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier displayName mustChangePassword spaces } } }"): (typeof documents)["mutation SignInLogin($i: String!, $p: String!) { login(identifier: $i, password: $p) { viewer { identifier displayName mustChangePassword spaces } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInViewer { viewer { identifier mustChangePassword person { displayName } spaces } }"): (typeof documents)["query SignInViewer { viewer { identifier mustChangePassword person { displayName } spaces } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInBuildings { buildings { nodes { code } } }"): (typeof documents)["query SignInBuildings { buildings { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInLogout { logout }"): (typeof documents)["mutation SignInLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanAll { viewer { can { managePortfolio readAccounts readWorksFunds readExpenseLists } } }\n"): (typeof documents)["\n  query ViewerCanAll { viewer { can { managePortfolio readAccounts readWorksFunds readExpenseLists } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanStatement { viewer { person { accounts { nodes { statement(from: \"2026-01-01\", to: \"2026-12-31\") { closingBalance } } } } } }\n"): (typeof documents)["\n  query ViewerCanStatement { viewer { person { accounts { nodes { statement(from: \"2026-01-01\", to: \"2026-12-31\") { closingBalance } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n"): (typeof documents)["\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildersViewer { viewer { identifier spaces person { displayName roles ownerships { nodes { lot { code } account { number balance } } } } } }\n"): (typeof documents)["\n  query BuildersViewer { viewer { identifier spaces person { displayName roles ownerships { nodes { lot { code } account { number balance } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BuildersNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query BuildersNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BuildersPeople { people { nodes { roles } } }"): (typeof documents)["query BuildersPeople { people { nodes { roles } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n"): (typeof documents)["\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;