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
    "\n  query AccountPositionOwn {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountPositionOwnDocument,
    "\n  query AccountPositionTotals($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: $from, to: $to) {\n          openingBalance\n          closingBalance\n          totalDebit\n          totalCredit\n        }\n      }\n    }\n  }\n": typeof types.AccountPositionTotalsDocument,
    "\n  query AccountPositionNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        position {\n          amount\n        }\n        lastPayment {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.AccountPositionNodeDocument,
    "\n  query AccountPositionFunds {\n    viewer {\n      person {\n        worksFunds {\n          total\n          asOf\n          lots {\n            lines {\n              accountNumber\n              updatedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountPositionFundsDocument,
    "\n  mutation AccountPositionUpsertFunds($l: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $l) {\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountPositionUpsertFundsDocument,
    "\n  mutation RenderingImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n": typeof types.RenderingImportDocument,
    "\n  mutation AccountBatchesAccounts($rows: [AccountInput!]!) {\n    upsertAccounts(accounts: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountBatchesAccountsDocument,
    "\n  mutation AccountBatchesYears($rows: [FiscalYearInput!]!) {\n    upsertFiscalYears(fiscalYears: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountBatchesYearsDocument,
    "\n  mutation AccountBatchesFunds($rows: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountBatchesFundsDocument,
    "\n  mutation AccountBatchesExpenses($rows: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountBatchesExpensesDocument,
    "\n  mutation AccountBatchesEntries($rows: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.AccountBatchesEntriesDocument,
    "\n  mutation InvoiceFilesUpsert($e: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $e) {\n      created\n      unchanged\n    }\n  }\n": typeof types.InvoiceFilesUpsertDocument,
    "\n  mutation InvoiceFilesAccounts($a: [AccountInput!]!) {\n    upsertAccounts(accounts: $a) {\n      created\n    }\n  }\n": typeof types.InvoiceFilesAccountsDocument,
    "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.LedgerImportDocument,
    "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.LedgerCreateTokenDocument,
    "\n    mutation LedgerForbiddenAccounts($v: [AccountInput!]!) {\n      upsertAccounts(accounts: $v) {\n        created\n      }\n    }\n  ": typeof types.LedgerForbiddenAccountsDocument,
    "\n    mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) {\n      upsertFiscalYears(fiscalYears: $v) {\n        created\n      }\n    }\n  ": typeof types.LedgerForbiddenYearsDocument,
    "\n    mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) {\n      upsertExpenses(expenses: $v) {\n        created\n      }\n    }\n  ": typeof types.LedgerForbiddenExpensesDocument,
    "\n    mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) {\n      upsertWorksFundLines(lines: $v) {\n        created\n      }\n    }\n  ": typeof types.LedgerForbiddenFundsDocument,
    "\n      query LedgerOwnAccounts {\n        viewer {\n          person {\n            accounts {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.LedgerOwnAccountsDocument,
    "\n      mutation LedgerPublish($ids: [ID!]!) {\n        setAccountsPublished(accountIds: $ids, isPublished: false) {\n          isPublished\n        }\n      }\n    ": typeof types.LedgerPublishDocument,
    "\n          query LedgerPeople {\n            people(first: 1, role: COOWNER) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.LedgerPeopleDocument,
    "\n      mutation LedgerUpsertAccounts($a: [AccountInput!]!) {\n        upsertAccounts(accounts: $a) {\n          received\n          created\n          updated\n          unchanged\n        }\n      }\n    ": typeof types.LedgerUpsertAccountsDocument,
    "\n        mutation LedgerUpsertYears($y: [FiscalYearInput!]!) {\n          upsertFiscalYears(fiscalYears: $y) {\n            created\n            updated\n            unchanged\n          }\n        }\n      ": typeof types.LedgerUpsertYearsDocument,
    "\n        mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) {\n          upsertWorksFundLines(lines: $l) {\n            created\n            updated\n            unchanged\n          }\n        }\n      ": typeof types.LedgerUpsertFundsDocument,
    "\n      mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) {\n        upsertExpenses(expenses: $e) {\n          created\n          updated\n          unchanged\n        }\n      }\n    ": typeof types.LedgerUpsertExpensesDocument,
    "\n  query ReportsWorksFunds {\n    viewer {\n      person {\n        worksFunds {\n          building {\n            code\n          }\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n            lines {\n              accountNumber\n              label\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportsWorksFundsDocument,
    "\n          query ReportsPeople {\n            people(search: \"CLIQUOT\") {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.ReportsPeopleDocument,
    "\n        query ReportsPersonFunds($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              worksFunds {\n                total\n              }\n            }\n          }\n        }\n      ": typeof types.ReportsPersonFundsDocument,
    "\n          query ReportsCouncilFunds {\n            viewer {\n              person {\n                councilMemberships {\n                  nodes {\n                    building {\n                      council {\n                        nodes {\n                          person {\n                            displayName\n                            worksFunds {\n                              total\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ReportsCouncilFundsDocument,
    "\n  query ReportsExpenseList($fy: ID) {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            building {\n              code\n              canReadExpenseList\n              expenseList(fiscalYearId: $fy) {\n                fiscalYears {\n                  id\n                  code\n                }\n                fiscalYear {\n                  code\n                }\n                total\n                groups {\n                  allocationKey {\n                    code\n                  }\n                  accountNumber\n                  accountLabel\n                  count\n                  amount\n                  vat\n                  recoverable\n                }\n                expenses(first: 100) {\n                  nodes {\n                    id\n                    date\n                    label\n                    amount\n                    invoiceUrl\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportsExpenseListDocument,
    "\n        query ReportsCoOwnerList {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                      expenseList {\n                        total\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReportsCoOwnerListDocument,
    "\n        query ReportsCoOwnerCanRead {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReportsCoOwnerCanReadDocument,
    "\n        mutation ReportsUpsertExpense($e: [ExpenseInput!]!) {\n          upsertExpenses(expenses: $e) {\n            created\n          }\n        }\n      ": typeof types.ReportsUpsertExpenseDocument,
    "\n          query ReportsExportUrls {\n            viewer {\n              person {\n                mandates {\n                  nodes {\n                    account {\n                      id\n                      statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                      statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ReportsExportUrlsDocument,
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              number\n              balance\n              statement(from: $from, to: $to) {\n                openingBalance\n                closingBalance\n                presentation\n                entries(first: $first, after: $after) {\n                  nodes {\n                    date\n                    label\n                    debit\n                    credit\n                    balance\n                    entryCount\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") {\n                date\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n": typeof types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: $from, to: $to) {\n              entries {\n                nodes {\n                  label\n                  entryCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: \"2000-01-01\", to: \"2030-12-31\") {\n          openingBalance\n          closingBalance\n          entries(first: 50, after: $after) {\n            nodes {\n              balance\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementPageDocument,
    "\n  query StatementClientAccounts {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            id\n            number\n          }\n        }\n        ownerships {\n          nodes {\n            account {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) {\n    setAccountsPublished(accountIds: $ids, isPublished: $isPublished) {\n      isPublished\n    }\n  }\n": typeof types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        number\n        balance\n      }\n    }\n  }\n": typeof types.StatementAccountNodeDocument,
    "\n  mutation AnnouncementPublish($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n      audience\n      publishOn\n      building {\n        code\n      }\n    }\n  }\n": typeof types.AnnouncementPublishDocument,
    "\n  query AnnouncementViewerList($first: Int, $after: String) {\n    viewer {\n      can {\n        readAnnouncements\n        manageAnnouncements\n      }\n      announcements(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          body\n          building {\n            code\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementViewerListDocument,
    "\n  query AnnouncementRootList {\n    announcements(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n": typeof types.AnnouncementRootListDocument,
    "\n  query AnnouncementNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Announcement {\n        title\n      }\n    }\n  }\n": typeof types.AnnouncementNodeDocument,
    "\n  mutation AnnouncementDelete($id: ID!) {\n    deleteAnnouncement(announcementId: $id)\n  }\n": typeof types.AnnouncementDeleteDocument,
    "\n  query NewsFeedItems($first: Int) {\n    viewer {\n      can {\n        readNewsFeed\n      }\n      newsItems(first: $first) {\n        title\n        url\n        summary\n        publishedAt\n        categories\n      }\n    }\n  }\n": typeof types.NewsFeedItemsDocument,
    "\n  mutation NewsFeedSetUrl($url: String) {\n    setNewsFeedUrl(url: $url) {\n      url\n    }\n  }\n": typeof types.NewsFeedSetUrlDocument,
    "\n  query NewsFeedReadUrl {\n    newsFeed {\n      url\n    }\n  }\n": typeof types.NewsFeedReadUrlDocument,
    "\n  mutation OfficeCreate($input: AgencyOfficeInput!) {\n    createAgencyOffice(input: $input) {\n      id\n      name\n      address\n      phone\n      email\n      openingHours\n      legalForm\n      siret\n      apeCode\n    }\n  }\n": typeof types.OfficeCreateDocument,
    "\n  mutation OfficeUpdate($id: ID!, $input: AgencyOfficeInput!) {\n    updateAgencyOffice(officeId: $id, input: $input) {\n      name\n      phone\n      siret\n    }\n  }\n": typeof types.OfficeUpdateDocument,
    "\n  mutation OfficeDelete($id: ID!) {\n    deleteAgencyOffice(officeId: $id)\n  }\n": typeof types.OfficeDeleteDocument,
    "\n  query OfficeList {\n    agencyOffices(first: 50) {\n      nodes {\n        id\n        name\n        phone\n        siret\n      }\n    }\n  }\n": typeof types.OfficeListDocument,
    "\n  query OfficeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on AgencyOffice {\n        name\n      }\n    }\n  }\n": typeof types.OfficeNodeDocument,
    "\n  mutation OfficeProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      apeCode\n      representativeName\n    }\n  }\n": typeof types.OfficeProfileUpdateDocument,
    "\n  query AssemblyRead($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        attendance {\n          total {\n            count\n          }\n        }\n        participants(first: 50) {\n          nodes {\n            displayName\n            status\n          }\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        viewerParticipant {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AssemblyReadDocument,
    "\n  mutation AssemblyCast($input: CastPostalVoteInput!) {\n    castPostalVote(input: $input) {\n      receivedOn\n      castAt\n      choices {\n        choice\n        resolution {\n          number\n        }\n      }\n      participant {\n        status\n        postalFormValid\n      }\n    }\n  }\n": typeof types.AssemblyCastDocument,
    "\n  mutation AssemblyPublishConvocations($id: ID!) {\n    publishConvocations(assemblyId: $id) {\n      id\n      convocationsPublishedAt\n    }\n  }\n": typeof types.AssemblyPublishConvocationsDocument,
    "\n  query AssemblyConvocationDocument($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n": typeof types.AssemblyConvocationDocumentDocument,
    "\n  query DemoAssemblies {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        title\n        postalVoteDeadline\n        isPostalVoteOpen\n        reportPublishedAt\n        minutesDocument {\n          title\n          fileName\n          contentType\n          downloadUrl\n          publishedOn\n          binder {\n            name\n          }\n        }\n        attendanceSheetDocument {\n          title\n          contentType\n          publishedOn\n        }\n        attendance {\n          absent {\n            count\n            shares\n          }\n          present {\n            count\n            shares\n          }\n          remote {\n            count\n            shares\n          }\n          represented {\n            count\n            shares\n          }\n          postal {\n            count\n            shares\n          }\n          total {\n            count\n            shares\n          }\n        }\n        resolutions {\n          number\n          amended\n          result {\n            outcome\n            decidingArticle\n            yes {\n              count\n              shares\n            }\n            defaillants\n            absentees\n            secondVote {\n              article\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoAssembliesDocument,
    "\n  mutation RemoteProviderToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.RemoteProviderTokenDocument,
    "\n  mutation RemoteHand($input: HandAssemblyToProviderInput!) {\n    handAssemblyToProvider(input: $input) {\n      handedToProviderAt\n    }\n  }\n": typeof types.RemoteHandDocument,
    "\n  query RemoteCodes {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        participants(first: 10) {\n          nodes {\n            id\n            displayName\n            remoteAccessCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.RemoteCodesDocument,
    "\n  mutation RemoteMarkAll($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: REMOTE) {\n      id\n    }\n  }\n": typeof types.RemoteMarkAllDocument,
    "\n  mutation RemoteImportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n      }\n    }\n  }\n": typeof types.RemoteImportVotesDocument,
    "\n  query AssemblyReportList {\n    generalAssemblies(first: 20) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AssemblyReportListDocument,
    "\n  mutation StatementsAllPresent($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: PRESENT) {\n      id\n    }\n  }\n": typeof types.StatementsAllPresentDocument,
    "\n  mutation StatementsBallot($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        outcome\n      }\n    }\n  }\n": typeof types.StatementsBallotDocument,
    "\n  query StatementsResults($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        resolutions {\n          result {\n            outcome\n            yes {\n              count\n              shares\n            }\n            opponents\n            secondVote {\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsResultsDocument,
    "\n  query StatementsReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        report {\n          attendees {\n            displayName\n            attendanceText\n          }\n          resolutions {\n            verdict\n            resolution {\n              number\n            }\n            result {\n              yes {\n                count\n              }\n              opponents\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsReportDocument,
    "\n        query ForbiddenCoOwnerNested {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      code\n                      lots(first: 100) {\n                        nodes {\n                          code\n                          ownerships {\n                            nodes {\n                              person {\n                                displayName\n                                emails\n                              }\n                              account {\n                                number\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenCoOwnerNestedDocument,
    "\n        query ForbiddenCoOwnerKey {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    shares {\n                      allocationKey {\n                        totalShares\n                        building {\n                          lots(first: 100) {\n                            nodes {\n                              code\n                            }\n                          }\n                          council {\n                            nodes {\n                              person {\n                                displayName\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenCoOwnerKeyDocument,
    "\n            query ForbiddenCoOwnerPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          ": typeof types.ForbiddenCoOwnerPeopleDocument,
    "\n            query ForbiddenCoOwnerBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": typeof types.ForbiddenCoOwnerBuildingsDocument,
    "\n            query ForbiddenCoOwnerTokens {\n              apiTokens {\n                nodes {\n                  name\n                }\n              }\n            }\n          ": typeof types.ForbiddenCoOwnerTokensDocument,
    "\n        mutation ForbiddenCoOwnerDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            id\n          }\n        }\n      ": typeof types.ForbiddenCoOwnerDisableDocument,
    "\n        query ForbiddenCoOwnerOwnerships {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenCoOwnerOwnershipsDocument,
    "\n        query ForbiddenCouncil {\n          viewer {\n            person {\n              councilMemberships {\n                nodes {\n                  role\n                  building {\n                    council {\n                      nodes {\n                        role\n                        person {\n                          displayName\n                          emails\n                          phones\n                        }\n                      }\n                    }\n                    lots(first: 100) {\n                      nodes {\n                        code\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenCouncilDocument,
    "\n        query ForbiddenContacts($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              emails\n              phones\n              roles\n              extranetAccess {\n                identifier\n                isEnabled\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenContactsDocument,
    "\n      query ForbiddenBank {\n        viewer {\n          person {\n            ownerships {\n              nodes {\n                lot {\n                  building {\n                    id\n                    syndicate {\n                      name\n                      iban\n                      bic\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ForbiddenBankDocument,
    "\n      query ForbiddenManagerBank($id: ID!) {\n        node(id: $id) {\n          ... on Building {\n            syndicate {\n              iban\n            }\n          }\n        }\n      }\n    ": typeof types.ForbiddenManagerBankDocument,
    "\n        mutation ForbiddenWrongType($id: ID!) {\n          issueTemporaryPassword(personId: $id) {\n            identifier\n          }\n        }\n      ": typeof types.ForbiddenWrongTypeDocument,
    "\n            mutation ForbiddenAnonymousPreferences {\n              updateMyPreferences(notifyNewDocuments: true) {\n                id\n              }\n            }\n          ": typeof types.ForbiddenAnonymousPreferencesDocument,
    "\n        query ForbiddenOtherSearch {\n          people(search: \"cliquot\") {\n            nodes {\n              displayName\n            }\n          }\n          buildings {\n            nodes {\n              code\n            }\n          }\n        }\n      ": typeof types.ForbiddenOtherSearchDocument,
    "\n        mutation ForbiddenOtherEnable($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            temporaryPassword\n          }\n        }\n      ": typeof types.ForbiddenOtherEnableDocument,
    "\n        query ForbiddenOwnerTenants {\n          viewer {\n            person {\n              mandates {\n                nodes {\n                  lots {\n                    code\n                    leases {\n                      nodes {\n                        tenant {\n                          displayName\n                          emails\n                          phones\n                        }\n                        account {\n                          number\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenOwnerTenantsDocument,
    "\n        query ForbiddenTenantOwn {\n          viewer {\n            spaces\n            person {\n              accounts {\n                nodes {\n                  number\n                  balance\n                }\n              }\n              leases {\n                nodes {\n                  lot {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ForbiddenTenantOwnDocument,
    "\n  mutation BinderRename($id: ID!, $name: String!) {\n    renameBinder(binderId: $id, name: $name) {\n      name\n      folders\n    }\n  }\n": typeof types.BinderRenameDocument,
    "\n  mutation BinderDelete($id: ID!) {\n    deleteBinder(binderId: $id)\n  }\n": typeof types.BinderDeleteDocument,
    "\n  mutation BinderDeleteDocuments($ids: [ID!]!) {\n    deleteDocuments(documentIds: $ids)\n  }\n": typeof types.BinderDeleteDocumentsDocument,
    "\n  mutation BinderSetRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        owner\n        tenant\n      }\n    }\n  }\n": typeof types.BinderSetRightsDocument,
    "\n  query BinderClientDocuments {\n    viewer {\n      documents {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": typeof types.BinderClientDocumentsDocument,
    "\n  query BinderExpenseList($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        canReadExpenseList\n      }\n    }\n  }\n": typeof types.BinderExpenseListDocument,
    "\n  query BinderIntegratorList($space: Space!) {\n    binders(space: $space) {\n      name\n      documentCount\n    }\n    documents(first: 5) {\n      nodes {\n        title\n      }\n    }\n  }\n": typeof types.BinderIntegratorListDocument,
    "\n      mutation BinderCreateAs($input: CreateBinderInput!) {\n        createBinder(input: $input) {\n          name\n        }\n      }\n    ": typeof types.BinderCreateAsDocument,
    "\n    query BinderEmptyOnes {\n      viewer {\n        binders(space: SYNDIC) {\n          name\n          documentCount\n        }\n      }\n    }\n  ": typeof types.BinderEmptyOnesDocument,
    "\n  mutation ListRegenerate($ids: [ID!]!) {\n    regenerateCoOwnerLists(buildingIds: $ids) {\n      id\n      title\n      downloadUrl\n      binder {\n        name\n      }\n    }\n  }\n": typeof types.ListRegenerateDocument,
    "\n  query ListMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.ListMyDocumentsDocument,
    "\n  mutation ListUpsertPersons($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      updated\n    }\n  }\n": typeof types.ListUpsertPersonsDocument,
    "\n  mutation ListSeat($memberships: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $memberships) {\n      created\n    }\n  }\n": typeof types.ListSeatDocument,
    "\n  mutation ListSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n    }\n  }\n": typeof types.ListSaleDocument,
    "\n  mutation ListWorksFund($lines: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $lines) {\n      updated\n    }\n  }\n": typeof types.ListWorksFundDocument,
    "\n  query DemoMyDocuments($space: Space) {\n    viewer {\n      documents(space: $space, first: 100) {\n        nodes {\n          id\n          title\n          binder {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoMyDocumentsDocument,
    "\n  query DemoMyBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        name\n        documentCount\n        rights {\n          syndicLevel\n        }\n      }\n    }\n  }\n": typeof types.DemoMyBindersDocument,
    "\n  query DemoManagerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          isPublished\n          expiresOn\n          concerns\n        }\n      }\n    }\n  }\n": typeof types.DemoManagerDocumentsDocument,
    "\n  query DemoPhotos {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n          width\n          height\n          thumbnailWidth\n          thumbnailHeight\n          building {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoPhotosDocument,
    "\n  mutation BatchPublish($inputs: [PublishDocumentInput!]!) {\n    publishDocuments(inputs: $inputs) {\n      id\n      title\n      isPublished\n    }\n  }\n": typeof types.BatchPublishDocument,
    "\n  query BatchMine {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": typeof types.BatchMineDocument,
    "\n  mutation NotifyPreferences($on: Boolean!) {\n    updateMyPreferences(notifyNewDocuments: $on) {\n      displayName\n    }\n  }\n": typeof types.NotifyPreferencesDocument,
    "\n  mutation NotifyBinderDefault($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        notifyByDefault\n      }\n    }\n  }\n": typeof types.NotifyBinderDefaultDocument,
    "\n  mutation NotifyCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n      rights {\n        notifyByDefault\n      }\n    }\n  }\n": typeof types.NotifyCreateBinderDocument,
    "\n  query NotifyDocumentChoice($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        notify\n      }\n    }\n  }\n": typeof types.NotifyDocumentChoiceDocument,
    "\n  query PublishTestCount {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": typeof types.PublishTestCountDocument,
    "\n  query RightsList {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.RightsListDocument,
    "\n  query RightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Document {\n        title\n      }\n    }\n  }\n": typeof types.RightsNodeDocument,
    "\n  query RightsBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        documentCount\n        documents(first: 100) {\n          nodes {\n            title\n            binder {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RightsBindersDocument,
    "\n  query RightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        binder {\n          documents(first: 100) {\n            nodes {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RightsNestedDocument,
    "\n  query DocumentSearch($search: String) {\n    viewer {\n      documents(search: $search, first: 50) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": typeof types.DocumentSearchDocument,
    "\n  query DocumentSearchMyPerson {\n    viewer {\n      person {\n        id\n      }\n    }\n  }\n": typeof types.DocumentSearchMyPersonDocument,
    "\n  query PersonDocuments($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        documents(first: 50) {\n          nodes {\n            title\n            concerns\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonDocumentsDocument,
    "\n  query AgencyWideBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        name\n        isAgencyWide\n      }\n    }\n  }\n": typeof types.AgencyWideBindersDocument,
    "\n  query StatementsDocuments {\n    viewer {\n      documents(first: 20) {\n        nodes {\n          id\n          title\n          fileName\n          byteSize\n          publishedOn\n          expiresOn\n          downloadUrl\n          path\n          binder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsDocumentsDocument,
    "\n  query StatementsBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        name\n        folders\n        documentCount\n      }\n    }\n  }\n": typeof types.StatementsBindersDocument,
    "\n  query StatementsBinderPages($after: String) {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        documentCount\n        documents(first: 3, after: $after) {\n          nodes {\n            id\n            title\n            binder {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsBinderPagesDocument,
    "\n  query StatementsBinderFiltered($binderId: ID!) {\n    viewer {\n      documents(binderId: $binderId, first: 3) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StatementsBinderFilteredDocument,
    "\n  query StatementsManagerDocuments {\n    viewer {\n      documents(first: 50) {\n        nodes {\n          title\n          concerns\n          binder {\n            name\n            rights {\n              syndicLevel\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsManagerDocumentsDocument,
    "\n  query PhotoPublishCount {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n        }\n      }\n    }\n  }\n": typeof types.PhotoPublishCountDocument,
    "\n  query PhotoRightsViewer {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          id\n          caption\n        }\n      }\n    }\n  }\n": typeof types.PhotoRightsViewerDocument,
    "\n  query PhotoRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Photo {\n        caption\n      }\n    }\n  }\n": typeof types.PhotoRightsNodeDocument,
    "\n  query PhotoRightsThroughLots {\n    viewer {\n      person {\n        ownerships(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n        leases(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PhotoRightsThroughLotsDocument,
    "\n  query PhotoRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Photo {\n        building {\n          photos(first: 20) {\n            nodes {\n              caption\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PhotoRightsNestedDocument,
    "\n  query PhotoRightsRoot {\n    photos(first: 100) {\n      nodes {\n        caption\n      }\n    }\n  }\n": typeof types.PhotoRightsRootDocument,
    "\n  query StatementsPhotos {\n    viewer {\n      photos(first: 20) {\n        nodes {\n          id\n          caption\n          takenOn\n          width\n          height\n          url\n          thumbnailUrl\n          building {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsPhotosDocument,
    "\n  query StatementsBuildingPhotos {\n    viewer {\n      person {\n        ownerships(first: 10) {\n          nodes {\n            lot {\n              building {\n                photos(first: 10) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsBuildingPhotosDocument,
    "\n  query PagedPhotos($buildingId: ID, $after: String) {\n    viewer {\n      photos(buildingId: $buildingId, first: 5, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PagedPhotosDocument,
    "\n  mutation ForgedLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": typeof types.ForgedLoginDocument,
    "\n  query ForgedBuildings {\n    buildings(first: 1) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ForgedBuildingsDocument,
    "\n  query ForgedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.ForgedNodeDocument,
    "\n  query ForgedStatement($from: Date!, $to: Date!, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              statement(from: $from, to: $to) {\n                entries(first: 2, after: $after) {\n                  nodes {\n                    balance\n                  }\n                  pageInfo {\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForgedStatementDocument,
    "\n        query LimitsPageSize {\n          people(first: 101) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.LimitsPageSizeDocument,
    "\n        query LimitsForgedCursor {\n          people(after: \"forged\") {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.LimitsForgedCursorDocument,
    "\n        query LimitsMalformedUuid($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": typeof types.LimitsMalformedUuidDocument,
    "\n  query LimitsPeoplePage($after: String) {\n    people(first: 5, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LimitsPeoplePageDocument,
    "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) {\n    people(role: $role, search: $search) {\n      nodes {\n        displayName\n      }\n    }\n  }\n": typeof types.LimitsPeopleByRoleDocument,
    "\n  mutation HttpSecurityLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": typeof types.HttpSecurityLoginDocument,
    "\n  mutation HttpSecurityCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Http security\", scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.HttpSecurityCreateTokenDocument,
    "\n  query AccessViewer {\n    viewer {\n      identifier\n    }\n  }\n": typeof types.AccessViewerDocument,
    "\n  query AccessPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.AccessPeopleDocument,
    "\n  mutation AccessEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n      person {\n        displayName\n        extranetAccess {\n          isEnabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": typeof types.AccessEnableDocument,
    "\n  query AccessOwnerships {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessOwnershipsDocument,
    "\n  mutation AccessSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-11-25\") {\n      endDate\n      isActive\n    }\n  }\n": typeof types.AccessSaleDocument,
    "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.AccessCreateTokenDocument,
    "\n            query AccessViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          ": typeof types.AccessViewerPersonDocument,
    "\n        mutation AccessDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            displayName\n            extranetAccess {\n              isEnabled\n            }\n          }\n        }\n      ": typeof types.AccessDisableDocument,
    "\n        mutation AccessEnableIdentifiers($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            identifier\n          }\n        }\n      ": typeof types.AccessEnableIdentifiersDocument,
    "\n        mutation AccessChangePassword($p: String!) {\n          changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) {\n            identifier\n          }\n        }\n      ": typeof types.AccessChangePasswordDocument,
    "\n          query AccessLeases {\n            viewer {\n              person {\n                leases {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AccessLeasesDocument,
    "\n      mutation AccessNotice($id: ID!) {\n        recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") {\n          noticeDate\n          account {\n            isPublished\n          }\n        }\n      }\n    ": typeof types.AccessNoticeDocument,
    "\n      mutation AccessDeparture($id: ID!, $date: Date!) {\n        recordLeaseDeparture(leaseId: $id, departureDate: $date) {\n          departureDate\n          account {\n            isPublished\n          }\n        }\n      }\n    ": typeof types.AccessDepartureDocument,
    "\n            query AccessSpaces {\n              viewer {\n                spaces\n              }\n            }\n          ": typeof types.AccessSpacesDocument,
    "\n        query AccessTokenBuildings {\n          buildings {\n            nodes {\n              code\n              lots(first: 1) {\n                nodes {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccessTokenBuildingsDocument,
    "\n            query AccessTokenPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          ": typeof types.AccessTokenPeopleDocument,
    "\n        query AccessTokenOwnerships {\n          buildings(first: 1) {\n            nodes {\n              lots(first: 1) {\n                nodes {\n                  ownerships {\n                    nodes {\n                      account {\n                        number\n                      }\n                      person {\n                        displayName\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccessTokenOwnershipsDocument,
    "\n        query AccessTokens {\n          apiTokens {\n            nodes {\n              name\n              lastUsedAt\n            }\n          }\n        }\n      ": typeof types.AccessTokensDocument,
    "\n        mutation AccessRevoke($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      ": typeof types.AccessRevokeDocument,
    "\n            query AccessTokenCodes {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": typeof types.AccessTokenCodesDocument,
    "\n        query AccessOtherAgency {\n          buildings {\n            nodes {\n              code\n            }\n          }\n          people(search: \"CLIQUOT\") {\n            nodes {\n              displayName\n            }\n          }\n        }\n      ": typeof types.AccessOtherAgencyDocument,
    "\n  query ProfileRead($code: String) {\n    agencyProfile(code: $code) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n": typeof types.ProfileReadDocument,
    "\n  mutation ProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n": typeof types.ProfileUpdateDocument,
    "\n  query ProfileStatementUrl {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statementPdfUrl(from: \"2026-01-01\", to: \"2026-12-31\")\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileStatementUrlDocument,
    "\n          mutation ProfileToken {\n            createApiToken(input: { name: \"Profil\", scopes: [PORTFOLIO_WRITE, PEOPLE_READ, PORTFOLIO_READ] }) {\n              token\n            }\n          }\n        ": typeof types.ProfileTokenDocument,
    "\n  query SettingsRead {\n    agencySettings {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n      entries {\n        key\n        section\n        isEnabled\n        choice\n        choices\n      }\n    }\n  }\n": typeof types.SettingsReadDocument,
    "\n  mutation SettingsUpdate($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n    }\n  }\n": typeof types.SettingsUpdateDocument,
    "\n  query SettingsViewerCan {\n    viewer {\n      can {\n        manageAgency\n        readAccounts\n        readAgencyContact\n        readProperties\n        readWorksFunds\n        readExpenseLists\n        readDocuments\n        readPhotos\n        openRequests\n        readPartners\n        readAnnouncements\n        readNewsFeed\n      }\n    }\n  }\n": typeof types.SettingsViewerCanDocument,
    "\n  mutation SettingsCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Paramètres\", scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.SettingsCreateTokenDocument,
    "\n    query SettingsModuleAccount {\n      viewer {\n        person {\n          accounts {\n            nodes {\n              statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n                closingBalance\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleAccountDocument,
    "\n    query SettingsModuleContact {\n      viewer {\n        contacts(space: SYNDIC) {\n          name\n        }\n      }\n    }\n  ": typeof types.SettingsModuleContactDocument,
    "\n    query SettingsModuleProperties {\n      viewer {\n        person {\n          ownerships {\n            nodes {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModulePropertiesDocument,
    "\n    query SettingsModuleWorksFunds {\n      viewer {\n        person {\n          worksFunds {\n            total\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleWorksFundsDocument,
    "\n    query SettingsModuleExpenses {\n      viewer {\n        person {\n          councilMemberships {\n            nodes {\n              building {\n                expenseList {\n                  total\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleExpensesDocument,
    "\n    query SettingsModuleDocuments {\n      viewer {\n        documents {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleDocumentsDocument,
    "\n    query SettingsModulePhotos {\n      viewer {\n        photos {\n          nodes {\n            caption\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModulePhotosDocument,
    "\n    query SettingsModuleNewsFeed {\n      viewer {\n        newsItems {\n          title\n        }\n      }\n    }\n  ": typeof types.SettingsModuleNewsFeedDocument,
    "\n    query SettingsModuleAnnouncements {\n      viewer {\n        announcements {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleAnnouncementsDocument,
    "\n    query SettingsModulePartners {\n      partners {\n        nodes {\n          name\n        }\n      }\n    }\n  ": typeof types.SettingsModulePartnersDocument,
    "\n    query SettingsModuleRequests {\n      viewer {\n        requests {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": typeof types.SettingsModuleRequestsDocument,
    "\n    mutation SettingsModuleTickets {\n      setTicketStatus(input: { ticketId: \"not-a-ticket\", status: DONE }) {\n        status\n      }\n    }\n  ": typeof types.SettingsModuleTicketsDocument,
    "\n  mutation ApiTokenCreate($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(input: { name: $name, scopes: [PORTFOLIO_READ], expiresAt: $expiresAt }) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.ApiTokenCreateDocument,
    "\n  query ApiTokenList {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiTokenListDocument,
    "\n  query ApiTokenBuildings {\n    buildings {\n      nodes {\n        code\n      }\n    }\n  }\n": typeof types.ApiTokenBuildingsDocument,
    "\n  query BulkPeopleFiltered($buildingId: ID, $role: PersonRole, $hasAccess: Boolean, $first: Int) {\n    people(buildingId: $buildingId, role: $role, hasAccess: $hasAccess, first: $first) {\n      totalCount\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          isEnabled\n        }\n      }\n    }\n  }\n": typeof types.BulkPeopleFilteredDocument,
    "\n  mutation BulkEnable($personIds: [ID!]!) {\n    enableExtranetAccessInBulk(personIds: $personIds) {\n      grants {\n        identifier\n        temporaryPassword\n        person {\n          displayName\n          extranetAccess {\n            isEnabled\n            mustChangePassword\n          }\n        }\n      }\n      lettersPdfBase64\n    }\n  }\n": typeof types.BulkEnableDocument,
    "\n  mutation BulkDisable($personIds: [ID!]!) {\n    disableExtranetAccess(personIds: $personIds) {\n      displayName\n    }\n  }\n": typeof types.BulkDisableDocument,
    "\n  mutation CollaboratorAdd($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      identifier\n      temporaryPassword\n      emailedTo\n      letterPdfBase64\n      person {\n        id\n        displayName\n        civility\n        roles\n      }\n    }\n  }\n": typeof types.CollaboratorAddDocument,
    "\n  query CollaboratorList {\n    collaborators(first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CollaboratorListDocument,
    "\n  mutation CollaboratorRemove($personId: ID!) {\n    removeCollaborator(personId: $personId) {\n      displayName\n      roles\n    }\n  }\n": typeof types.CollaboratorRemoveDocument,
    "\n  query CollaboratorViewerCan {\n    viewer {\n      can {\n        manageCollaborators\n        manageApiTokens\n      }\n    }\n  }\n": typeof types.CollaboratorViewerCanDocument,
    "\n  mutation CollaboratorToken($name: String!) {\n    createApiToken(input: { name: $name, scopes: [PEOPLE_READ] }) {\n      token\n    }\n  }\n": typeof types.CollaboratorTokenDocument,
    "\n      mutation CollaboratorChangePassword($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-1\" }) {\n          mustChangePassword\n        }\n      }\n    ": typeof types.CollaboratorChangePasswordDocument,
    "\n      mutation CollaboratorRemoveChange($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-2\" }) {\n          mustChangePassword\n        }\n      }\n    ": typeof types.CollaboratorRemoveChangeDocument,
    "\n  query PersonByExternalIdLookup($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n      displayName\n      externalId\n    }\n  }\n": typeof types.PersonByExternalIdLookupDocument,
    "\n  mutation PersonImportUpsert($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.PersonImportUpsertDocument,
    "\n  mutation PersonImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.PersonImportTokenDocument,
    "\n  query PersonImportPeople($search: String) {\n    people(search: $search, first: 10) {\n      nodes {\n        externalId\n        civility\n        displayName\n        emails\n        phones\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n      }\n    }\n  }\n": typeof types.PersonImportPeopleDocument,
    "\n  query PersonImportOwn {\n    viewer {\n      person {\n        displayName\n        externalId\n      }\n    }\n  }\n": typeof types.PersonImportOwnDocument,
    "\n  query PasswordViewer {\n    viewer {\n      identifier\n      mustChangePassword\n    }\n  }\n": typeof types.PasswordViewerDocument,
    "\n  mutation PasswordChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": typeof types.PasswordChangeDocument,
    "\n  mutation PasswordLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": typeof types.PasswordLoginDocument,
    "\n  mutation PasswordRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": typeof types.PasswordRequestResetDocument,
    "\n  mutation PasswordReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": typeof types.PasswordResetDocument,
    "\n            query PasswordViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          ": typeof types.PasswordViewerPersonDocument,
    "\n            query PasswordViewerSpaces {\n              viewer {\n                spaces\n              }\n            }\n          ": typeof types.PasswordViewerSpacesDocument,
    "\n            mutation PasswordPreferences {\n              updateMyPreferences(notifyNewDocuments: false) {\n                displayName\n              }\n            }\n          ": typeof types.PasswordPreferencesDocument,
    "\n            query PasswordSpace {\n              viewer {\n                spaces\n                person {\n                  displayName\n                }\n              }\n            }\n          ": typeof types.PasswordSpaceDocument,
    "\n      mutation PasswordIssue($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          identifier\n          temporaryPassword\n          person {\n            displayName\n          }\n        }\n      }\n    ": typeof types.PasswordIssueDocument,
    "\n        query PasswordPeople($s: String) {\n          people(search: $s) {\n            nodes {\n              id\n              displayName\n            }\n          }\n        }\n      ": typeof types.PasswordPeopleDocument,
    "\n        query PasswordBrouilly {\n          people(search: \"brouilly\") {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PasswordBrouillyDocument,
    "\n      mutation PasswordIssueRefused($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          temporaryPassword\n        }\n      }\n    ": typeof types.PasswordIssueRefusedDocument,
    "\n  query PeopleSearchNames($search: String, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleSearchNamesDocument,
    "\n  query PeopleSearchCounted($search: String, $first: Int, $after: String, $role: PersonRole) {\n    people(search: $search, first: $first, after: $after, role: $role) {\n      totalCount\n      nodes {\n        displayName\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleSearchCountedDocument,
    "\n  query PeopleSearchBuildings($search: String) {\n    buildings(search: $search) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n": typeof types.PeopleSearchBuildingsDocument,
    "\n  mutation ResetAbuseRequest($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": typeof types.ResetAbuseRequestDocument,
    "\n  mutation ResetAbuseReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": typeof types.ResetAbuseResetDocument,
    "\n  mutation ResetAbuseChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": typeof types.ResetAbuseChangeDocument,
    "\n  mutation ResetAbuseDisable($ids: [ID!]!) {\n    disableExtranetAccess(personIds: $ids) {\n      id\n    }\n  }\n": typeof types.ResetAbuseDisableDocument,
    "\n  query ResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n": typeof types.ResetLinkStatusDocument,
    "\n  mutation ResetLinkRequest($identifier: String!) {\n    requestPasswordReset(identifier: $identifier)\n  }\n": typeof types.ResetLinkRequestDocument,
    "\n  mutation ResetLinkReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetLinkResetDocument,
    "\n  mutation SignInLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n        displayName\n        mustChangePassword\n        spaces\n      }\n    }\n  }\n": typeof types.SignInLoginDocument,
    "\n  query SignInViewer {\n    viewer {\n      identifier\n      mustChangePassword\n      person {\n        displayName\n      }\n      spaces\n    }\n  }\n": typeof types.SignInViewerDocument,
    "\n            query SignInBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": typeof types.SignInBuildingsDocument,
    "\n            mutation SignInLogout {\n              logout\n            }\n          ": typeof types.SignInLogoutDocument,
    "\n  mutation TemporaryPasswordIssue($id: ID!, $delivery: TemporaryPasswordDelivery) {\n    issueTemporaryPassword(personId: $id, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n": typeof types.TemporaryPasswordIssueDocument,
    "\n  mutation TemporaryPasswordLetter($id: ID!) {\n    issueTemporaryPassword(personId: $id) {\n      identifier\n      temporaryPassword\n      letterPdfBase64\n    }\n  }\n": typeof types.TemporaryPasswordLetterDocument,
    "\n  mutation TemporaryPasswordEnable($ids: [ID!]!, $delivery: TemporaryPasswordDelivery) {\n    enableExtranetAccess(personIds: $ids, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n": typeof types.TemporaryPasswordEnableDocument,
    "\n  mutation ThrottleLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": typeof types.ThrottleLoginDocument,
    "\n  mutation ThrottleChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": typeof types.ThrottleChangeDocument,
    "\n  mutation ThrottleRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": typeof types.ThrottleRequestResetDocument,
    "\n  mutation ThrottleReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": typeof types.ThrottleResetDocument,
    "\n  query ViewerCanAll {\n    viewer {\n      can {\n        managePortfolio\n        readAccounts\n        readWorksFunds\n        readExpenseLists\n      }\n    }\n  }\n": typeof types.ViewerCanAllDocument,
    "\n  query ViewerCanStatement {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n              closingBalance\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerCanStatementDocument,
    "\n  mutation UpsertLeasesBatch($rows: [LeaseInput!]!) {\n    upsertLeases(leases: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.UpsertLeasesBatchDocument,
    "\n  query UpsertLeasesMine {\n    viewer {\n      person {\n        leases {\n          nodes {\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpsertLeasesMineDocument,
    "\n  mutation UpsertMandatesBatch($rows: [ManagementMandateInput!]!) {\n    upsertManagementMandates(mandates: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.UpsertMandatesBatchDocument,
    "\n  query UpsertMandatesMine {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            lots {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpsertMandatesMineDocument,
    "\n  query ImportTestKinds {\n    importKinds {\n      kind\n      template\n      columns {\n        header\n        format\n        isRequired\n      }\n    }\n  }\n": typeof types.ImportTestKindsDocument,
    "\n  query ImportTestPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      lineCount\n      isCommittable\n      result {\n        received\n        created\n        updated\n        unchanged\n      }\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": typeof types.ImportTestPreviewDocument,
    "\n  mutation ImportTestCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.ImportTestCommitDocument,
    "\n  mutation ImportTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.ImportTestTokenDocument,
    "\n  mutation OnboardingStructure($entities: [EntityInput!]!, $buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertEntities(entities: $entities) {\n      created\n    }\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n": typeof types.OnboardingStructureDocument,
    "\n  query OnboardingPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      isCommittable\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": typeof types.OnboardingPreviewDocument,
    "\n  mutation OnboardingCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.OnboardingCommitDocument,
    "\n  query OnboardingPerson($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n    }\n  }\n": typeof types.OnboardingPersonDocument,
    "\n  mutation OnboardingEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n    }\n  }\n": typeof types.OnboardingEnableDocument,
    "\n  mutation OnboardingChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": typeof types.OnboardingChangePasswordDocument,
    "\n  query OnboardingMyLots {\n    viewer {\n      person {\n        ownerships(first: 20) {\n          edges {\n            node {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OnboardingMyLotsDocument,
    "\n  query BuildingPageDetail($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            shares {\n              shares\n              allocationKey {\n                code\n                totalShares\n              }\n            }\n            ownerships {\n              nodes {\n                isActive\n                person {\n                  id\n                  displayName\n                }\n                account {\n                  number\n                }\n              }\n            }\n            leases {\n              nodes {\n                isActive\n                tenant {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n        }\n        council(first: 50) {\n          nodes {\n            role\n            isActive\n            person {\n              id\n              displayName\n            }\n          }\n        }\n        worksFund {\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuildingPageDetailDocument,
    "\n  query BuildingSearchLiteral($search: String) {\n    buildings(search: $search, first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.BuildingSearchLiteralDocument,
    "\n  query ContactCards($space: Space!) {\n    viewer {\n      contacts(space: $space) {\n        kind\n        name\n        email\n        phone\n        agencyName\n        buildings {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ContactCardsDocument,
    "\n  query ContactPersonNode($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        emails\n        phones\n      }\n    }\n  }\n": typeof types.ContactPersonNodeDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName\n        emails\n        ownerships(first: 50) {\n          nodes {\n            lot {\n              code\n              type\n              building {\n                code\n                name\n              }\n              shares {\n                shares\n                allocationKey {\n                  code\n                  totalShares\n                }\n              }\n            }\n            account {\n              number\n              balance\n              position {\n                amount\n                direction\n              }\n              lastPayment {\n                date\n                amount\n              }\n              nextCall {\n                date\n                amount\n              }\n            }\n          }\n        }\n        accounts(first: 50) {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) {\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          identifier\n        }\n      }\n    }\n  }\n": typeof types.HomeStatementsPeopleDocument,
    "\n  mutation LotImportSetup($buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n": typeof types.LotImportSetupDocument,
    "\n  mutation LotImportLots($lots: [LotInput!]!) {\n    upsertLots(lots: $lots) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.LotImportLotsDocument,
    "\n  query LotImportTotals($search: String) {\n    buildings(search: $search, first: 1) {\n      nodes {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            type\n            floor\n            surface\n            rooms\n            shares {\n              shares\n              allocationKey {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LotImportTotalsDocument,
    "\n  mutation LotImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.LotImportTokenDocument,
    "\n  mutation PortfolioImportEntities($entities: [EntityInput!]!) {\n    upsertEntities(entities: $entities) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.PortfolioImportEntitiesDocument,
    "\n  mutation PortfolioImportBuildings($buildings: [BuildingInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.PortfolioImportBuildingsDocument,
    "\n  mutation PortfolioImportKeys($keys: [AllocationKeyInput!]!) {\n    upsertAllocationKeys(keys: $keys) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.PortfolioImportKeysDocument,
    "\n  query PortfolioImportRead($search: String) {\n    buildings(search: $search, first: 5) {\n      nodes {\n        code\n        name\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n        syndicate {\n          code\n          name\n          iban\n          bic\n        }\n        allocationKeys {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.PortfolioImportReadDocument,
    "\n  mutation PortfolioImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.PortfolioImportTokenDocument,
    "\n  mutation UpsertCouncilBatch($rows: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.UpsertCouncilBatchDocument,
    "\n  query UpsertCouncilMyBuilding {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            role\n            isActive\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpsertCouncilMyBuildingDocument,
    "\n  mutation UpsertOwnershipsBatch($rows: [OwnershipInput!]!) {\n    upsertOwnerships(ownerships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.UpsertOwnershipsBatchDocument,
    "\n  query UpsertOwnershipsMyLots {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n        accounts {\n          nodes {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpsertOwnershipsMyLotsDocument,
    "\n  mutation UpsertOwnershipsSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n      isActive\n    }\n  }\n": typeof types.UpsertOwnershipsSaleDocument,
    "\n  query RegularisationTestDemo {\n    chargeRegularisations(first: 10) {\n      nodes {\n        periodStart\n        periodEnd\n        periodDays\n        status\n        lot {\n          code\n        }\n        records {\n          tenant {\n            displayName\n          }\n          days\n          total\n          provisions\n          regularisation\n          instalments\n          currentMonthlyProvision\n          newMonthlyProvision\n          status\n        }\n      }\n    }\n  }\n": typeof types.RegularisationTestDemoDocument,
    "\n  mutation RegularisationTestImportEntries($entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $entries) {\n      created\n      unchanged\n    }\n  }\n": typeof types.RegularisationTestImportEntriesDocument,
    "\n  mutation RegularisationTestOwnerBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n": typeof types.RegularisationTestOwnerBillDocument,
    "\n  query RegularisationTestOwnerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.RegularisationTestOwnerDocumentsDocument,
    "\n  query RegularisationTestOwnerNode($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n": typeof types.RegularisationTestOwnerNodeDocument,
    "\n  mutation RegularisationTestOwnerBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n": typeof types.RegularisationTestOwnerBinderRightsDocument,
    "\n  mutation RegularisationTestBillStatement($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      status\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n": typeof types.RegularisationTestBillStatementDocument,
    "\n  query RegularisationTestPreview($id: ID!) {\n    node(id: $id) {\n      ... on TenantRegularisation {\n        statementPdfUrl\n        isStatementPublished\n      }\n    }\n  }\n": typeof types.RegularisationTestPreviewDocument,
    "\n  query RegularisationTestMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.RegularisationTestMyDocumentsDocument,
    "\n  mutation RegularisationTestBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n": typeof types.RegularisationTestBinderRightsDocument,
    "\n  query RequestRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RequestMessage {\n        text\n        isInternal\n      }\n      ... on ClientRequest {\n        title\n      }\n      ... on RequestAttachment {\n        fileName\n      }\n    }\n  }\n": typeof types.RequestRightsNodeDocument,
    "\n  query RequestRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        lot {\n          code\n          building {\n            code\n          }\n        }\n        author {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            text\n            isInternal\n            attachments {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestRightsNestedDocument,
    "\n  query RequestRightsSeen($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.RequestRightsSeenDocument,
    "\n  query RequestRightsCan {\n    viewer {\n      can {\n        openRequests\n        manageRequests\n      }\n    }\n  }\n": typeof types.RequestRightsCanDocument,
    "\n  query TestSuppliers {\n    suppliers {\n      nodes {\n        name\n        isPartner\n      }\n    }\n  }\n": typeof types.TestSuppliersDocument,
    "\n  query TestTicketSwitchNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.TestTicketSwitchNodeDocument,
    "\n  query TestTicketsCan {\n    viewer {\n      can {\n        manageTickets\n      }\n    }\n  }\n": typeof types.TestTicketsCanDocument,
    "\n            query TestTicketNode($id: ID!) {\n              node(id: $id) {\n                id\n              }\n            }\n          ": typeof types.TestTicketNodeDocument,
    "\n  mutation AssemblyToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.AssemblyTokenDocument,
    "\n  mutation AssemblyCreate($input: CreateGeneralAssemblyInput!) {\n    createGeneralAssembly(input: $input) {\n      id\n      postalVoteDeadline\n      attendance {\n        total {\n          count\n          shares\n        }\n      }\n      participants(first: 100) {\n        nodes {\n          id\n          displayName\n          shares\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssemblyCreateDocument,
    "\n  mutation AssemblyAddResolution($input: AddResolutionInput!) {\n    addResolution(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.AssemblyAddResolutionDocument,
    "\n  query AssemblyReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        reportPublishedAt\n        minutesDocument {\n          id\n          title\n        }\n        attendanceSheetDocument {\n          id\n          title\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        report {\n          publishedAt\n          attendance {\n            absent {\n              count\n              shares\n            }\n            present {\n              count\n              shares\n            }\n            remote {\n              count\n              shares\n            }\n            represented {\n              count\n              shares\n            }\n            postal {\n              count\n              shares\n            }\n            total {\n              count\n              shares\n            }\n          }\n          remoteVoters\n          absentees\n          postalVoters {\n            displayName\n            postalFormReceivedOn\n            postalFormValid\n            attendanceText\n          }\n          represented {\n            displayName\n            proxyHolderName\n            attendanceText\n          }\n          arrivals {\n            displayName\n            resolutionNumber\n            time\n            status\n          }\n          departures {\n            displayName\n            resolutionNumber\n            time\n          }\n          resolutions {\n            verdict\n            articleLabel\n            hasSecondVote\n            resolution {\n              number\n            }\n            result {\n              decidingArticle\n              yes {\n                count\n                shares\n              }\n              no {\n                count\n                shares\n              }\n              absent {\n                count\n                shares\n              }\n              opponents\n              defaillants\n              secondVote {\n                article\n                adopted\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssemblyReportDocument,
    "\n  mutation AssemblyPublishReport($id: ID!) {\n    publishAssemblyReport(assemblyId: $id) {\n      id\n      reportPublishedAt\n      minutesDocument {\n        title\n      }\n    }\n  }\n": typeof types.AssemblyPublishReportDocument,
    "\n  mutation AssemblyReportAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      id\n    }\n  }\n": typeof types.AssemblyReportAttendanceDocument,
    "\n  mutation AssemblyReportPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      id\n    }\n  }\n": typeof types.AssemblyReportPostalDocument,
    "\n  mutation AssemblyReportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      id\n    }\n  }\n": typeof types.AssemblyReportVotesDocument,
    "\n  mutation AssemblySetAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      attendance {\n        absent {\n          count\n          shares\n        }\n        present {\n          count\n          shares\n        }\n        represented {\n          count\n          shares\n        }\n        remote {\n          count\n          shares\n        }\n        postal {\n          count\n          shares\n        }\n        total {\n          count\n          shares\n        }\n      }\n    }\n  }\n": typeof types.AssemblySetAttendanceDocument,
    "\n  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      status\n      postalFormReceivedOn\n      postalFormValid\n    }\n  }\n": typeof types.AssemblyRecordPostalDocument,
    "\n  mutation AssemblyRecordVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      number\n      result {\n        outcome\n        decidingArticle\n        members {\n          count\n          shares\n        }\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        absent {\n          count\n          shares\n        }\n        opponents\n        firstVote {\n          article\n          adopted\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n": typeof types.AssemblyRecordVotesDocument,
    "\n  mutation AssemblyUnanimous($input: RecordUnanimousVoteInput!) {\n    recordUnanimousVote(input: $input) {\n      result {\n        outcome\n        decidingArticle\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n": typeof types.AssemblyUnanimousDocument,
    "\n  query BuildersViewer {\n    viewer {\n      identifier\n      spaces\n      person {\n        displayName\n        roles\n        ownerships {\n          nodes {\n            lot {\n              code\n            }\n            account {\n              number\n              balance\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuildersViewerDocument,
    "\n  query BuildersNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.BuildersNodeDocument,
    "\n        query BuildersPeople {\n          people {\n            nodes {\n              roles\n            }\n          }\n        }\n      ": typeof types.BuildersPeopleDocument,
    "\n  mutation TestPublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      title\n      fileName\n      byteSize\n      publishedOn\n      expiresOn\n      isPublished\n      downloadUrl\n      sha256\n      path\n    }\n  }\n": typeof types.TestPublishDocumentDocument,
    "\n  query TestBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        module\n      }\n    }\n  }\n": typeof types.TestBindersDocument,
    "\n  mutation TestCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n    }\n  }\n": typeof types.TestCreateBinderDocument,
    "\n  mutation TestSetDocumentsPublished($ids: [ID!]!, $isPublished: Boolean!) {\n    setDocumentsPublished(documentIds: $ids, isPublished: $isPublished) {\n      id\n      isPublished\n    }\n  }\n": typeof types.TestSetDocumentsPublishedDocument,
    "\n  query ForbiddenPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ForbiddenPeopleDocument,
    "\n  query ForbiddenPersonOwnerships($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        ownerships {\n          nodes {\n            id\n            lot {\n              id\n              building {\n                id\n              }\n            }\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForbiddenPersonOwnershipsDocument,
    "\n  query ForbiddenPersonLeases($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        leases {\n          nodes {\n            id\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForbiddenPersonLeasesDocument,
    "\n  query ForbiddenPersonMandates($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        mandates {\n          nodes {\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForbiddenPersonMandatesDocument,
    "\n  query ForbiddenBuildingIds {\n    buildings {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ForbiddenBuildingIdsDocument,
    "\n  query ForbiddenNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.ForbiddenNodeDocument,
    "\n  mutation ForbiddenSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-12-01\") {\n      endDate\n    }\n  }\n": typeof types.ForbiddenSaleDocument,
    "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": typeof types.HarnessLoginDocument,
    "\n  mutation TestPublishPhoto($input: PublishPhotoInput!) {\n    publishPhoto(input: $input) {\n      id\n      caption\n      fileName\n      contentType\n      byteSize\n      width\n      height\n      thumbnailWidth\n      thumbnailHeight\n      url\n      thumbnailUrl\n      building {\n        id\n      }\n    }\n  }\n": typeof types.TestPublishPhotoDocument,
    "\n  mutation TestDeletePhotos($ids: [ID!]!) {\n    deletePhotos(photoIds: $ids)\n  }\n": typeof types.TestDeletePhotosDocument,
    "\n  fragment RegularisationTestRecord on TenantRegularisation {\n    id\n    tenant {\n      id\n      displayName\n      externalId\n    }\n    lease {\n      id\n    }\n    days\n    isDeparted\n    isSkipped\n    isCreditor\n    share\n    lines {\n      label\n      days\n      periodDays\n      share\n      totalAmount\n      amountDue\n    }\n    water {\n      label\n      indexStart\n      indexEnd\n      consumption\n      unitPrice\n      amountDue\n    }\n    chargesTotal\n    waterTotal\n    total\n    provisions\n    retained\n    regularisation\n    billedAmount\n    instalments\n    currentMonthlyProvision\n    newMonthlyProvision\n    status\n  }\n": typeof types.RegularisationTestRecordFragmentDoc,
    "\n  mutation RegularisationTestCreate($input: CreateChargeRegularisationInput!) {\n    createChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      lot {\n        code\n        regularisedOn\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n": typeof types.RegularisationTestCreateDocument,
    "\n  mutation RegularisationTestCreateMany($inputs: [CreateChargeRegularisationInput!]!) {\n    createChargeRegularisations(inputs: $inputs) {\n      id\n      periodDays\n      lot {\n        code\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n": typeof types.RegularisationTestCreateManyDocument,
    "\n  mutation RegularisationTestUpdateRegularisation($input: UpdateChargeRegularisationInput!) {\n    updateChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      records {\n        ...RegularisationTestRecord\n        isProvisionsEntered\n      }\n    }\n  }\n": typeof types.RegularisationTestUpdateRegularisationDocument,
    "\n  mutation RegularisationTestUpdate($input: UpdateTenantRegularisationInput!) {\n    updateTenantRegularisation(input: $input) {\n      ...RegularisationTestRecord\n    }\n  }\n": typeof types.RegularisationTestUpdateDocument,
    "\n  mutation RegularisationTestValidate($ids: [ID!]!) {\n    validateTenantRegularisations(recordIds: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.RegularisationTestValidateDocument,
    "\n  mutation RegularisationTestBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      ...RegularisationTestRecord\n    }\n  }\n": typeof types.RegularisationTestBillDocument,
    "\n  mutation RegularisationTestDelete($id: ID!) {\n    deleteChargeRegularisation(id: $id)\n  }\n": typeof types.RegularisationTestDeleteDocument,
    "\n  query RegularisationTestList {\n    chargeRegularisations(first: 100) {\n      nodes {\n        id\n        status\n        records {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegularisationTestListDocument,
    "\n  query RegularisationTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ChargeRegularisation {\n        periodDays\n      }\n      ... on TenantRegularisation {\n        regularisation\n      }\n    }\n  }\n": typeof types.RegularisationTestNodeDocument,
    "\n  mutation RegularisationTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.RegularisationTestTokenDocument,
    "\n  mutation RelationBatchToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.RelationBatchTokenDocument,
    "\n  mutation TestOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n      title\n      category\n      status\n      lot {\n        id\n        code\n      }\n      building {\n        id\n        code\n      }\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TestOpenRequestDocument,
    "\n  mutation TestPostRequestMessage($input: PostRequestMessageInput!) {\n    postRequestMessage(input: $input) {\n      id\n      text\n      isInternal\n      author {\n        displayName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n      }\n    }\n  }\n": typeof types.TestPostRequestMessageDocument,
    "\n  mutation TestSetRequestStatus($input: SetRequestStatusInput!) {\n    setRequestStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.TestSetRequestStatusDocument,
    "\n  mutation TestAssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TestAssignRequestDocument,
    "\n  query TestRequestThread($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        id\n        title\n        status\n        author {\n          displayName\n        }\n        assignee {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            id\n            text\n            isInternal\n            author {\n              displayName\n            }\n            attachments {\n              fileName\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestRequestThreadDocument,
    "\n  query TestMyRequests($status: RequestStatus, $first: Int, $after: String) {\n    viewer {\n      requests(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          status\n          messages(first: 100) {\n            nodes {\n              text\n              isInternal\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TestMyRequestsDocument,
    "\n  query TestInbox($status: RequestStatus, $buildingId: ID, $category: RequestCategory, $assigneeId: ID, $openedBefore: Date, $first: Int, $after: String) {\n    requests(status: $status, buildingId: $buildingId, category: $category, assigneeId: $assigneeId, openedBefore: $openedBefore, first: $first, after: $after) {\n      totalCount\n      countsByStatus {\n        status\n        count\n      }\n      nodes {\n        id\n        title\n        status\n        category\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TestInboxDocument,
    "\n  mutation RequestTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": typeof types.RequestTestTokenDocument,
    "\n  mutation TestCreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n      isPartner\n    }\n  }\n": typeof types.TestCreateSupplierDocument,
    "\n  mutation TestCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      status\n      description\n      supplier {\n        name\n      }\n    }\n  }\n": typeof types.TestCreateTicketDocument,
    "\n  mutation TestSetTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.TestSetTicketStatusDocument,
    "\n  mutation TestAddTicketDocument($input: AddTicketDocumentInput!) {\n    addTicketDocument(input: $input) {\n      id\n      kind\n      fileName\n      amount\n      url\n    }\n  }\n": typeof types.TestAddTicketDocumentDocument,
    "\n  query TestRequestTicket($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        ticket {\n          id\n          status\n          description\n          supplier {\n            name\n            trade\n          }\n          documents {\n            kind\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestRequestTicketDocument,
    "\n  query TestPartners {\n    partners {\n      nodes {\n        name\n        trade\n      }\n    }\n  }\n": typeof types.TestPartnersDocument,
};
const documents: Documents = {
    "\n  query AccountPositionOwn {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AccountPositionOwnDocument,
    "\n  query AccountPositionTotals($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: $from, to: $to) {\n          openingBalance\n          closingBalance\n          totalDebit\n          totalCredit\n        }\n      }\n    }\n  }\n": types.AccountPositionTotalsDocument,
    "\n  query AccountPositionNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        position {\n          amount\n        }\n        lastPayment {\n          amount\n        }\n      }\n    }\n  }\n": types.AccountPositionNodeDocument,
    "\n  query AccountPositionFunds {\n    viewer {\n      person {\n        worksFunds {\n          total\n          asOf\n          lots {\n            lines {\n              accountNumber\n              updatedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AccountPositionFundsDocument,
    "\n  mutation AccountPositionUpsertFunds($l: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $l) {\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountPositionUpsertFundsDocument,
    "\n  mutation RenderingImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n": types.RenderingImportDocument,
    "\n  mutation AccountBatchesAccounts($rows: [AccountInput!]!) {\n    upsertAccounts(accounts: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountBatchesAccountsDocument,
    "\n  mutation AccountBatchesYears($rows: [FiscalYearInput!]!) {\n    upsertFiscalYears(fiscalYears: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountBatchesYearsDocument,
    "\n  mutation AccountBatchesFunds($rows: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountBatchesFundsDocument,
    "\n  mutation AccountBatchesExpenses($rows: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountBatchesExpensesDocument,
    "\n  mutation AccountBatchesEntries($rows: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.AccountBatchesEntriesDocument,
    "\n  mutation InvoiceFilesUpsert($e: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $e) {\n      created\n      unchanged\n    }\n  }\n": types.InvoiceFilesUpsertDocument,
    "\n  mutation InvoiceFilesAccounts($a: [AccountInput!]!) {\n    upsertAccounts(accounts: $a) {\n      created\n    }\n  }\n": types.InvoiceFilesAccountsDocument,
    "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.LedgerImportDocument,
    "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.LedgerCreateTokenDocument,
    "\n    mutation LedgerForbiddenAccounts($v: [AccountInput!]!) {\n      upsertAccounts(accounts: $v) {\n        created\n      }\n    }\n  ": types.LedgerForbiddenAccountsDocument,
    "\n    mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) {\n      upsertFiscalYears(fiscalYears: $v) {\n        created\n      }\n    }\n  ": types.LedgerForbiddenYearsDocument,
    "\n    mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) {\n      upsertExpenses(expenses: $v) {\n        created\n      }\n    }\n  ": types.LedgerForbiddenExpensesDocument,
    "\n    mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) {\n      upsertWorksFundLines(lines: $v) {\n        created\n      }\n    }\n  ": types.LedgerForbiddenFundsDocument,
    "\n      query LedgerOwnAccounts {\n        viewer {\n          person {\n            accounts {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.LedgerOwnAccountsDocument,
    "\n      mutation LedgerPublish($ids: [ID!]!) {\n        setAccountsPublished(accountIds: $ids, isPublished: false) {\n          isPublished\n        }\n      }\n    ": types.LedgerPublishDocument,
    "\n          query LedgerPeople {\n            people(first: 1, role: COOWNER) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.LedgerPeopleDocument,
    "\n      mutation LedgerUpsertAccounts($a: [AccountInput!]!) {\n        upsertAccounts(accounts: $a) {\n          received\n          created\n          updated\n          unchanged\n        }\n      }\n    ": types.LedgerUpsertAccountsDocument,
    "\n        mutation LedgerUpsertYears($y: [FiscalYearInput!]!) {\n          upsertFiscalYears(fiscalYears: $y) {\n            created\n            updated\n            unchanged\n          }\n        }\n      ": types.LedgerUpsertYearsDocument,
    "\n        mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) {\n          upsertWorksFundLines(lines: $l) {\n            created\n            updated\n            unchanged\n          }\n        }\n      ": types.LedgerUpsertFundsDocument,
    "\n      mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) {\n        upsertExpenses(expenses: $e) {\n          created\n          updated\n          unchanged\n        }\n      }\n    ": types.LedgerUpsertExpensesDocument,
    "\n  query ReportsWorksFunds {\n    viewer {\n      person {\n        worksFunds {\n          building {\n            code\n          }\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n            lines {\n              accountNumber\n              label\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReportsWorksFundsDocument,
    "\n          query ReportsPeople {\n            people(search: \"CLIQUOT\") {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.ReportsPeopleDocument,
    "\n        query ReportsPersonFunds($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              worksFunds {\n                total\n              }\n            }\n          }\n        }\n      ": types.ReportsPersonFundsDocument,
    "\n          query ReportsCouncilFunds {\n            viewer {\n              person {\n                councilMemberships {\n                  nodes {\n                    building {\n                      council {\n                        nodes {\n                          person {\n                            displayName\n                            worksFunds {\n                              total\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.ReportsCouncilFundsDocument,
    "\n  query ReportsExpenseList($fy: ID) {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            building {\n              code\n              canReadExpenseList\n              expenseList(fiscalYearId: $fy) {\n                fiscalYears {\n                  id\n                  code\n                }\n                fiscalYear {\n                  code\n                }\n                total\n                groups {\n                  allocationKey {\n                    code\n                  }\n                  accountNumber\n                  accountLabel\n                  count\n                  amount\n                  vat\n                  recoverable\n                }\n                expenses(first: 100) {\n                  nodes {\n                    id\n                    date\n                    label\n                    amount\n                    invoiceUrl\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReportsExpenseListDocument,
    "\n        query ReportsCoOwnerList {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                      expenseList {\n                        total\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ReportsCoOwnerListDocument,
    "\n        query ReportsCoOwnerCanRead {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ReportsCoOwnerCanReadDocument,
    "\n        mutation ReportsUpsertExpense($e: [ExpenseInput!]!) {\n          upsertExpenses(expenses: $e) {\n            created\n          }\n        }\n      ": types.ReportsUpsertExpenseDocument,
    "\n          query ReportsExportUrls {\n            viewer {\n              person {\n                mandates {\n                  nodes {\n                    account {\n                      id\n                      statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                      statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.ReportsExportUrlsDocument,
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              number\n              balance\n              statement(from: $from, to: $to) {\n                openingBalance\n                closingBalance\n                presentation\n                entries(first: $first, after: $after) {\n                  nodes {\n                    date\n                    label\n                    debit\n                    credit\n                    balance\n                    entryCount\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") {\n                date\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n": types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: $from, to: $to) {\n              entries {\n                nodes {\n                  label\n                  entryCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: \"2000-01-01\", to: \"2030-12-31\") {\n          openingBalance\n          closingBalance\n          entries(first: 50, after: $after) {\n            nodes {\n              balance\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementPageDocument,
    "\n  query StatementClientAccounts {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            id\n            number\n          }\n        }\n        ownerships {\n          nodes {\n            account {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) {\n    setAccountsPublished(accountIds: $ids, isPublished: $isPublished) {\n      isPublished\n    }\n  }\n": types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        number\n        balance\n      }\n    }\n  }\n": types.StatementAccountNodeDocument,
    "\n  mutation AnnouncementPublish($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n      audience\n      publishOn\n      building {\n        code\n      }\n    }\n  }\n": types.AnnouncementPublishDocument,
    "\n  query AnnouncementViewerList($first: Int, $after: String) {\n    viewer {\n      can {\n        readAnnouncements\n        manageAnnouncements\n      }\n      announcements(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          body\n          building {\n            code\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AnnouncementViewerListDocument,
    "\n  query AnnouncementRootList {\n    announcements(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n": types.AnnouncementRootListDocument,
    "\n  query AnnouncementNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Announcement {\n        title\n      }\n    }\n  }\n": types.AnnouncementNodeDocument,
    "\n  mutation AnnouncementDelete($id: ID!) {\n    deleteAnnouncement(announcementId: $id)\n  }\n": types.AnnouncementDeleteDocument,
    "\n  query NewsFeedItems($first: Int) {\n    viewer {\n      can {\n        readNewsFeed\n      }\n      newsItems(first: $first) {\n        title\n        url\n        summary\n        publishedAt\n        categories\n      }\n    }\n  }\n": types.NewsFeedItemsDocument,
    "\n  mutation NewsFeedSetUrl($url: String) {\n    setNewsFeedUrl(url: $url) {\n      url\n    }\n  }\n": types.NewsFeedSetUrlDocument,
    "\n  query NewsFeedReadUrl {\n    newsFeed {\n      url\n    }\n  }\n": types.NewsFeedReadUrlDocument,
    "\n  mutation OfficeCreate($input: AgencyOfficeInput!) {\n    createAgencyOffice(input: $input) {\n      id\n      name\n      address\n      phone\n      email\n      openingHours\n      legalForm\n      siret\n      apeCode\n    }\n  }\n": types.OfficeCreateDocument,
    "\n  mutation OfficeUpdate($id: ID!, $input: AgencyOfficeInput!) {\n    updateAgencyOffice(officeId: $id, input: $input) {\n      name\n      phone\n      siret\n    }\n  }\n": types.OfficeUpdateDocument,
    "\n  mutation OfficeDelete($id: ID!) {\n    deleteAgencyOffice(officeId: $id)\n  }\n": types.OfficeDeleteDocument,
    "\n  query OfficeList {\n    agencyOffices(first: 50) {\n      nodes {\n        id\n        name\n        phone\n        siret\n      }\n    }\n  }\n": types.OfficeListDocument,
    "\n  query OfficeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on AgencyOffice {\n        name\n      }\n    }\n  }\n": types.OfficeNodeDocument,
    "\n  mutation OfficeProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      apeCode\n      representativeName\n    }\n  }\n": types.OfficeProfileUpdateDocument,
    "\n  query AssemblyRead($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        attendance {\n          total {\n            count\n          }\n        }\n        participants(first: 50) {\n          nodes {\n            displayName\n            status\n          }\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        viewerParticipant {\n          displayName\n        }\n      }\n    }\n  }\n": types.AssemblyReadDocument,
    "\n  mutation AssemblyCast($input: CastPostalVoteInput!) {\n    castPostalVote(input: $input) {\n      receivedOn\n      castAt\n      choices {\n        choice\n        resolution {\n          number\n        }\n      }\n      participant {\n        status\n        postalFormValid\n      }\n    }\n  }\n": types.AssemblyCastDocument,
    "\n  mutation AssemblyPublishConvocations($id: ID!) {\n    publishConvocations(assemblyId: $id) {\n      id\n      convocationsPublishedAt\n    }\n  }\n": types.AssemblyPublishConvocationsDocument,
    "\n  query AssemblyConvocationDocument($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n": types.AssemblyConvocationDocumentDocument,
    "\n  query DemoAssemblies {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        title\n        postalVoteDeadline\n        isPostalVoteOpen\n        reportPublishedAt\n        minutesDocument {\n          title\n          fileName\n          contentType\n          downloadUrl\n          publishedOn\n          binder {\n            name\n          }\n        }\n        attendanceSheetDocument {\n          title\n          contentType\n          publishedOn\n        }\n        attendance {\n          absent {\n            count\n            shares\n          }\n          present {\n            count\n            shares\n          }\n          remote {\n            count\n            shares\n          }\n          represented {\n            count\n            shares\n          }\n          postal {\n            count\n            shares\n          }\n          total {\n            count\n            shares\n          }\n        }\n        resolutions {\n          number\n          amended\n          result {\n            outcome\n            decidingArticle\n            yes {\n              count\n              shares\n            }\n            defaillants\n            absentees\n            secondVote {\n              article\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DemoAssembliesDocument,
    "\n  mutation RemoteProviderToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.RemoteProviderTokenDocument,
    "\n  mutation RemoteHand($input: HandAssemblyToProviderInput!) {\n    handAssemblyToProvider(input: $input) {\n      handedToProviderAt\n    }\n  }\n": types.RemoteHandDocument,
    "\n  query RemoteCodes {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        participants(first: 10) {\n          nodes {\n            id\n            displayName\n            remoteAccessCode\n          }\n        }\n      }\n    }\n  }\n": types.RemoteCodesDocument,
    "\n  mutation RemoteMarkAll($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: REMOTE) {\n      id\n    }\n  }\n": types.RemoteMarkAllDocument,
    "\n  mutation RemoteImportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n      }\n    }\n  }\n": types.RemoteImportVotesDocument,
    "\n  query AssemblyReportList {\n    generalAssemblies(first: 20) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.AssemblyReportListDocument,
    "\n  mutation StatementsAllPresent($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: PRESENT) {\n      id\n    }\n  }\n": types.StatementsAllPresentDocument,
    "\n  mutation StatementsBallot($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        outcome\n      }\n    }\n  }\n": types.StatementsBallotDocument,
    "\n  query StatementsResults($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        resolutions {\n          result {\n            outcome\n            yes {\n              count\n              shares\n            }\n            opponents\n            secondVote {\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementsResultsDocument,
    "\n  query StatementsReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        report {\n          attendees {\n            displayName\n            attendanceText\n          }\n          resolutions {\n            verdict\n            resolution {\n              number\n            }\n            result {\n              yes {\n                count\n              }\n              opponents\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementsReportDocument,
    "\n        query ForbiddenCoOwnerNested {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      code\n                      lots(first: 100) {\n                        nodes {\n                          code\n                          ownerships {\n                            nodes {\n                              person {\n                                displayName\n                                emails\n                              }\n                              account {\n                                number\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenCoOwnerNestedDocument,
    "\n        query ForbiddenCoOwnerKey {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    shares {\n                      allocationKey {\n                        totalShares\n                        building {\n                          lots(first: 100) {\n                            nodes {\n                              code\n                            }\n                          }\n                          council {\n                            nodes {\n                              person {\n                                displayName\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenCoOwnerKeyDocument,
    "\n            query ForbiddenCoOwnerPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          ": types.ForbiddenCoOwnerPeopleDocument,
    "\n            query ForbiddenCoOwnerBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": types.ForbiddenCoOwnerBuildingsDocument,
    "\n            query ForbiddenCoOwnerTokens {\n              apiTokens {\n                nodes {\n                  name\n                }\n              }\n            }\n          ": types.ForbiddenCoOwnerTokensDocument,
    "\n        mutation ForbiddenCoOwnerDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            id\n          }\n        }\n      ": types.ForbiddenCoOwnerDisableDocument,
    "\n        query ForbiddenCoOwnerOwnerships {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenCoOwnerOwnershipsDocument,
    "\n        query ForbiddenCouncil {\n          viewer {\n            person {\n              councilMemberships {\n                nodes {\n                  role\n                  building {\n                    council {\n                      nodes {\n                        role\n                        person {\n                          displayName\n                          emails\n                          phones\n                        }\n                      }\n                    }\n                    lots(first: 100) {\n                      nodes {\n                        code\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenCouncilDocument,
    "\n        query ForbiddenContacts($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              emails\n              phones\n              roles\n              extranetAccess {\n                identifier\n                isEnabled\n              }\n            }\n          }\n        }\n      ": types.ForbiddenContactsDocument,
    "\n      query ForbiddenBank {\n        viewer {\n          person {\n            ownerships {\n              nodes {\n                lot {\n                  building {\n                    id\n                    syndicate {\n                      name\n                      iban\n                      bic\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ForbiddenBankDocument,
    "\n      query ForbiddenManagerBank($id: ID!) {\n        node(id: $id) {\n          ... on Building {\n            syndicate {\n              iban\n            }\n          }\n        }\n      }\n    ": types.ForbiddenManagerBankDocument,
    "\n        mutation ForbiddenWrongType($id: ID!) {\n          issueTemporaryPassword(personId: $id) {\n            identifier\n          }\n        }\n      ": types.ForbiddenWrongTypeDocument,
    "\n            mutation ForbiddenAnonymousPreferences {\n              updateMyPreferences(notifyNewDocuments: true) {\n                id\n              }\n            }\n          ": types.ForbiddenAnonymousPreferencesDocument,
    "\n        query ForbiddenOtherSearch {\n          people(search: \"cliquot\") {\n            nodes {\n              displayName\n            }\n          }\n          buildings {\n            nodes {\n              code\n            }\n          }\n        }\n      ": types.ForbiddenOtherSearchDocument,
    "\n        mutation ForbiddenOtherEnable($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            temporaryPassword\n          }\n        }\n      ": types.ForbiddenOtherEnableDocument,
    "\n        query ForbiddenOwnerTenants {\n          viewer {\n            person {\n              mandates {\n                nodes {\n                  lots {\n                    code\n                    leases {\n                      nodes {\n                        tenant {\n                          displayName\n                          emails\n                          phones\n                        }\n                        account {\n                          number\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenOwnerTenantsDocument,
    "\n        query ForbiddenTenantOwn {\n          viewer {\n            spaces\n            person {\n              accounts {\n                nodes {\n                  number\n                  balance\n                }\n              }\n              leases {\n                nodes {\n                  lot {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ForbiddenTenantOwnDocument,
    "\n  mutation BinderRename($id: ID!, $name: String!) {\n    renameBinder(binderId: $id, name: $name) {\n      name\n      folders\n    }\n  }\n": types.BinderRenameDocument,
    "\n  mutation BinderDelete($id: ID!) {\n    deleteBinder(binderId: $id)\n  }\n": types.BinderDeleteDocument,
    "\n  mutation BinderDeleteDocuments($ids: [ID!]!) {\n    deleteDocuments(documentIds: $ids)\n  }\n": types.BinderDeleteDocumentsDocument,
    "\n  mutation BinderSetRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        owner\n        tenant\n      }\n    }\n  }\n": types.BinderSetRightsDocument,
    "\n  query BinderClientDocuments {\n    viewer {\n      documents {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": types.BinderClientDocumentsDocument,
    "\n  query BinderExpenseList($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        canReadExpenseList\n      }\n    }\n  }\n": types.BinderExpenseListDocument,
    "\n  query BinderIntegratorList($space: Space!) {\n    binders(space: $space) {\n      name\n      documentCount\n    }\n    documents(first: 5) {\n      nodes {\n        title\n      }\n    }\n  }\n": types.BinderIntegratorListDocument,
    "\n      mutation BinderCreateAs($input: CreateBinderInput!) {\n        createBinder(input: $input) {\n          name\n        }\n      }\n    ": types.BinderCreateAsDocument,
    "\n    query BinderEmptyOnes {\n      viewer {\n        binders(space: SYNDIC) {\n          name\n          documentCount\n        }\n      }\n    }\n  ": types.BinderEmptyOnesDocument,
    "\n  mutation ListRegenerate($ids: [ID!]!) {\n    regenerateCoOwnerLists(buildingIds: $ids) {\n      id\n      title\n      downloadUrl\n      binder {\n        name\n      }\n    }\n  }\n": types.ListRegenerateDocument,
    "\n  query ListMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.ListMyDocumentsDocument,
    "\n  mutation ListUpsertPersons($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      updated\n    }\n  }\n": types.ListUpsertPersonsDocument,
    "\n  mutation ListSeat($memberships: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $memberships) {\n      created\n    }\n  }\n": types.ListSeatDocument,
    "\n  mutation ListSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n    }\n  }\n": types.ListSaleDocument,
    "\n  mutation ListWorksFund($lines: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $lines) {\n      updated\n    }\n  }\n": types.ListWorksFundDocument,
    "\n  query DemoMyDocuments($space: Space) {\n    viewer {\n      documents(space: $space, first: 100) {\n        nodes {\n          id\n          title\n          binder {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DemoMyDocumentsDocument,
    "\n  query DemoMyBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        name\n        documentCount\n        rights {\n          syndicLevel\n        }\n      }\n    }\n  }\n": types.DemoMyBindersDocument,
    "\n  query DemoManagerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          isPublished\n          expiresOn\n          concerns\n        }\n      }\n    }\n  }\n": types.DemoManagerDocumentsDocument,
    "\n  query DemoPhotos {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n          width\n          height\n          thumbnailWidth\n          thumbnailHeight\n          building {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.DemoPhotosDocument,
    "\n  mutation BatchPublish($inputs: [PublishDocumentInput!]!) {\n    publishDocuments(inputs: $inputs) {\n      id\n      title\n      isPublished\n    }\n  }\n": types.BatchPublishDocument,
    "\n  query BatchMine {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": types.BatchMineDocument,
    "\n  mutation NotifyPreferences($on: Boolean!) {\n    updateMyPreferences(notifyNewDocuments: $on) {\n      displayName\n    }\n  }\n": types.NotifyPreferencesDocument,
    "\n  mutation NotifyBinderDefault($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        notifyByDefault\n      }\n    }\n  }\n": types.NotifyBinderDefaultDocument,
    "\n  mutation NotifyCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n      rights {\n        notifyByDefault\n      }\n    }\n  }\n": types.NotifyCreateBinderDocument,
    "\n  query NotifyDocumentChoice($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        notify\n      }\n    }\n  }\n": types.NotifyDocumentChoiceDocument,
    "\n  query PublishTestCount {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": types.PublishTestCountDocument,
    "\n  query RightsList {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.RightsListDocument,
    "\n  query RightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Document {\n        title\n      }\n    }\n  }\n": types.RightsNodeDocument,
    "\n  query RightsBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        documentCount\n        documents(first: 100) {\n          nodes {\n            title\n            binder {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RightsBindersDocument,
    "\n  query RightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        binder {\n          documents(first: 100) {\n            nodes {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RightsNestedDocument,
    "\n  query DocumentSearch($search: String) {\n    viewer {\n      documents(search: $search, first: 50) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n": types.DocumentSearchDocument,
    "\n  query DocumentSearchMyPerson {\n    viewer {\n      person {\n        id\n      }\n    }\n  }\n": types.DocumentSearchMyPersonDocument,
    "\n  query PersonDocuments($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        documents(first: 50) {\n          nodes {\n            title\n            concerns\n          }\n        }\n      }\n    }\n  }\n": types.PersonDocumentsDocument,
    "\n  query AgencyWideBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        name\n        isAgencyWide\n      }\n    }\n  }\n": types.AgencyWideBindersDocument,
    "\n  query StatementsDocuments {\n    viewer {\n      documents(first: 20) {\n        nodes {\n          id\n          title\n          fileName\n          byteSize\n          publishedOn\n          expiresOn\n          downloadUrl\n          path\n          binder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StatementsDocumentsDocument,
    "\n  query StatementsBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        name\n        folders\n        documentCount\n      }\n    }\n  }\n": types.StatementsBindersDocument,
    "\n  query StatementsBinderPages($after: String) {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        documentCount\n        documents(first: 3, after: $after) {\n          nodes {\n            id\n            title\n            binder {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.StatementsBinderPagesDocument,
    "\n  query StatementsBinderFiltered($binderId: ID!) {\n    viewer {\n      documents(binderId: $binderId, first: 3) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.StatementsBinderFilteredDocument,
    "\n  query StatementsManagerDocuments {\n    viewer {\n      documents(first: 50) {\n        nodes {\n          title\n          concerns\n          binder {\n            name\n            rights {\n              syndicLevel\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementsManagerDocumentsDocument,
    "\n  query PhotoPublishCount {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n        }\n      }\n    }\n  }\n": types.PhotoPublishCountDocument,
    "\n  query PhotoRightsViewer {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          id\n          caption\n        }\n      }\n    }\n  }\n": types.PhotoRightsViewerDocument,
    "\n  query PhotoRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Photo {\n        caption\n      }\n    }\n  }\n": types.PhotoRightsNodeDocument,
    "\n  query PhotoRightsThroughLots {\n    viewer {\n      person {\n        ownerships(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n        leases(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PhotoRightsThroughLotsDocument,
    "\n  query PhotoRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Photo {\n        building {\n          photos(first: 20) {\n            nodes {\n              caption\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PhotoRightsNestedDocument,
    "\n  query PhotoRightsRoot {\n    photos(first: 100) {\n      nodes {\n        caption\n      }\n    }\n  }\n": types.PhotoRightsRootDocument,
    "\n  query StatementsPhotos {\n    viewer {\n      photos(first: 20) {\n        nodes {\n          id\n          caption\n          takenOn\n          width\n          height\n          url\n          thumbnailUrl\n          building {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StatementsPhotosDocument,
    "\n  query StatementsBuildingPhotos {\n    viewer {\n      person {\n        ownerships(first: 10) {\n          nodes {\n            lot {\n              building {\n                photos(first: 10) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementsBuildingPhotosDocument,
    "\n  query PagedPhotos($buildingId: ID, $after: String) {\n    viewer {\n      photos(buildingId: $buildingId, first: 5, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PagedPhotosDocument,
    "\n  mutation ForgedLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": types.ForgedLoginDocument,
    "\n  query ForgedBuildings {\n    buildings(first: 1) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": types.ForgedBuildingsDocument,
    "\n  query ForgedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.ForgedNodeDocument,
    "\n  query ForgedStatement($from: Date!, $to: Date!, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              statement(from: $from, to: $to) {\n                entries(first: 2, after: $after) {\n                  nodes {\n                    balance\n                  }\n                  pageInfo {\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForgedStatementDocument,
    "\n        query LimitsPageSize {\n          people(first: 101) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.LimitsPageSizeDocument,
    "\n        query LimitsForgedCursor {\n          people(after: \"forged\") {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.LimitsForgedCursorDocument,
    "\n        query LimitsMalformedUuid($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": types.LimitsMalformedUuidDocument,
    "\n  query LimitsPeoplePage($after: String) {\n    people(first: 5, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LimitsPeoplePageDocument,
    "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) {\n    people(role: $role, search: $search) {\n      nodes {\n        displayName\n      }\n    }\n  }\n": types.LimitsPeopleByRoleDocument,
    "\n  mutation HttpSecurityLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": types.HttpSecurityLoginDocument,
    "\n  mutation HttpSecurityCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Http security\", scopes: $scopes }) {\n      token\n    }\n  }\n": types.HttpSecurityCreateTokenDocument,
    "\n  query AccessViewer {\n    viewer {\n      identifier\n    }\n  }\n": types.AccessViewerDocument,
    "\n  query AccessPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.AccessPeopleDocument,
    "\n  mutation AccessEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n      person {\n        displayName\n        extranetAccess {\n          isEnabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": types.AccessEnableDocument,
    "\n  query AccessOwnerships {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AccessOwnershipsDocument,
    "\n  mutation AccessSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-11-25\") {\n      endDate\n      isActive\n    }\n  }\n": types.AccessSaleDocument,
    "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        lastUsedAt\n      }\n    }\n  }\n": types.AccessCreateTokenDocument,
    "\n            query AccessViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          ": types.AccessViewerPersonDocument,
    "\n        mutation AccessDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            displayName\n            extranetAccess {\n              isEnabled\n            }\n          }\n        }\n      ": types.AccessDisableDocument,
    "\n        mutation AccessEnableIdentifiers($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            identifier\n          }\n        }\n      ": types.AccessEnableIdentifiersDocument,
    "\n        mutation AccessChangePassword($p: String!) {\n          changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) {\n            identifier\n          }\n        }\n      ": types.AccessChangePasswordDocument,
    "\n          query AccessLeases {\n            viewer {\n              person {\n                leases {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": types.AccessLeasesDocument,
    "\n      mutation AccessNotice($id: ID!) {\n        recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") {\n          noticeDate\n          account {\n            isPublished\n          }\n        }\n      }\n    ": types.AccessNoticeDocument,
    "\n      mutation AccessDeparture($id: ID!, $date: Date!) {\n        recordLeaseDeparture(leaseId: $id, departureDate: $date) {\n          departureDate\n          account {\n            isPublished\n          }\n        }\n      }\n    ": types.AccessDepartureDocument,
    "\n            query AccessSpaces {\n              viewer {\n                spaces\n              }\n            }\n          ": types.AccessSpacesDocument,
    "\n        query AccessTokenBuildings {\n          buildings {\n            nodes {\n              code\n              lots(first: 1) {\n                nodes {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.AccessTokenBuildingsDocument,
    "\n            query AccessTokenPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          ": types.AccessTokenPeopleDocument,
    "\n        query AccessTokenOwnerships {\n          buildings(first: 1) {\n            nodes {\n              lots(first: 1) {\n                nodes {\n                  ownerships {\n                    nodes {\n                      account {\n                        number\n                      }\n                      person {\n                        displayName\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.AccessTokenOwnershipsDocument,
    "\n        query AccessTokens {\n          apiTokens {\n            nodes {\n              name\n              lastUsedAt\n            }\n          }\n        }\n      ": types.AccessTokensDocument,
    "\n        mutation AccessRevoke($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      ": types.AccessRevokeDocument,
    "\n            query AccessTokenCodes {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": types.AccessTokenCodesDocument,
    "\n        query AccessOtherAgency {\n          buildings {\n            nodes {\n              code\n            }\n          }\n          people(search: \"CLIQUOT\") {\n            nodes {\n              displayName\n            }\n          }\n        }\n      ": types.AccessOtherAgencyDocument,
    "\n  query ProfileRead($code: String) {\n    agencyProfile(code: $code) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n": types.ProfileReadDocument,
    "\n  mutation ProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n": types.ProfileUpdateDocument,
    "\n  query ProfileStatementUrl {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statementPdfUrl(from: \"2026-01-01\", to: \"2026-12-31\")\n          }\n        }\n      }\n    }\n  }\n": types.ProfileStatementUrlDocument,
    "\n          mutation ProfileToken {\n            createApiToken(input: { name: \"Profil\", scopes: [PORTFOLIO_WRITE, PEOPLE_READ, PORTFOLIO_READ] }) {\n              token\n            }\n          }\n        ": types.ProfileTokenDocument,
    "\n  query SettingsRead {\n    agencySettings {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n      entries {\n        key\n        section\n        isEnabled\n        choice\n        choices\n      }\n    }\n  }\n": types.SettingsReadDocument,
    "\n  mutation SettingsUpdate($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n    }\n  }\n": types.SettingsUpdateDocument,
    "\n  query SettingsViewerCan {\n    viewer {\n      can {\n        manageAgency\n        readAccounts\n        readAgencyContact\n        readProperties\n        readWorksFunds\n        readExpenseLists\n        readDocuments\n        readPhotos\n        openRequests\n        readPartners\n        readAnnouncements\n        readNewsFeed\n      }\n    }\n  }\n": types.SettingsViewerCanDocument,
    "\n  mutation SettingsCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Paramètres\", scopes: $scopes }) {\n      token\n    }\n  }\n": types.SettingsCreateTokenDocument,
    "\n    query SettingsModuleAccount {\n      viewer {\n        person {\n          accounts {\n            nodes {\n              statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n                closingBalance\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleAccountDocument,
    "\n    query SettingsModuleContact {\n      viewer {\n        contacts(space: SYNDIC) {\n          name\n        }\n      }\n    }\n  ": types.SettingsModuleContactDocument,
    "\n    query SettingsModuleProperties {\n      viewer {\n        person {\n          ownerships {\n            nodes {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.SettingsModulePropertiesDocument,
    "\n    query SettingsModuleWorksFunds {\n      viewer {\n        person {\n          worksFunds {\n            total\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleWorksFundsDocument,
    "\n    query SettingsModuleExpenses {\n      viewer {\n        person {\n          councilMemberships {\n            nodes {\n              building {\n                expenseList {\n                  total\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleExpensesDocument,
    "\n    query SettingsModuleDocuments {\n      viewer {\n        documents {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleDocumentsDocument,
    "\n    query SettingsModulePhotos {\n      viewer {\n        photos {\n          nodes {\n            caption\n          }\n        }\n      }\n    }\n  ": types.SettingsModulePhotosDocument,
    "\n    query SettingsModuleNewsFeed {\n      viewer {\n        newsItems {\n          title\n        }\n      }\n    }\n  ": types.SettingsModuleNewsFeedDocument,
    "\n    query SettingsModuleAnnouncements {\n      viewer {\n        announcements {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleAnnouncementsDocument,
    "\n    query SettingsModulePartners {\n      partners {\n        nodes {\n          name\n        }\n      }\n    }\n  ": types.SettingsModulePartnersDocument,
    "\n    query SettingsModuleRequests {\n      viewer {\n        requests {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  ": types.SettingsModuleRequestsDocument,
    "\n    mutation SettingsModuleTickets {\n      setTicketStatus(input: { ticketId: \"not-a-ticket\", status: DONE }) {\n        status\n      }\n    }\n  ": types.SettingsModuleTicketsDocument,
    "\n  mutation ApiTokenCreate($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(input: { name: $name, scopes: [PORTFOLIO_READ], expiresAt: $expiresAt }) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.ApiTokenCreateDocument,
    "\n  query ApiTokenList {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiTokenListDocument,
    "\n  query ApiTokenBuildings {\n    buildings {\n      nodes {\n        code\n      }\n    }\n  }\n": types.ApiTokenBuildingsDocument,
    "\n  query BulkPeopleFiltered($buildingId: ID, $role: PersonRole, $hasAccess: Boolean, $first: Int) {\n    people(buildingId: $buildingId, role: $role, hasAccess: $hasAccess, first: $first) {\n      totalCount\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          isEnabled\n        }\n      }\n    }\n  }\n": types.BulkPeopleFilteredDocument,
    "\n  mutation BulkEnable($personIds: [ID!]!) {\n    enableExtranetAccessInBulk(personIds: $personIds) {\n      grants {\n        identifier\n        temporaryPassword\n        person {\n          displayName\n          extranetAccess {\n            isEnabled\n            mustChangePassword\n          }\n        }\n      }\n      lettersPdfBase64\n    }\n  }\n": types.BulkEnableDocument,
    "\n  mutation BulkDisable($personIds: [ID!]!) {\n    disableExtranetAccess(personIds: $personIds) {\n      displayName\n    }\n  }\n": types.BulkDisableDocument,
    "\n  mutation CollaboratorAdd($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      identifier\n      temporaryPassword\n      emailedTo\n      letterPdfBase64\n      person {\n        id\n        displayName\n        civility\n        roles\n      }\n    }\n  }\n": types.CollaboratorAddDocument,
    "\n  query CollaboratorList {\n    collaborators(first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": types.CollaboratorListDocument,
    "\n  mutation CollaboratorRemove($personId: ID!) {\n    removeCollaborator(personId: $personId) {\n      displayName\n      roles\n    }\n  }\n": types.CollaboratorRemoveDocument,
    "\n  query CollaboratorViewerCan {\n    viewer {\n      can {\n        manageCollaborators\n        manageApiTokens\n      }\n    }\n  }\n": types.CollaboratorViewerCanDocument,
    "\n  mutation CollaboratorToken($name: String!) {\n    createApiToken(input: { name: $name, scopes: [PEOPLE_READ] }) {\n      token\n    }\n  }\n": types.CollaboratorTokenDocument,
    "\n      mutation CollaboratorChangePassword($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-1\" }) {\n          mustChangePassword\n        }\n      }\n    ": types.CollaboratorChangePasswordDocument,
    "\n      mutation CollaboratorRemoveChange($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-2\" }) {\n          mustChangePassword\n        }\n      }\n    ": types.CollaboratorRemoveChangeDocument,
    "\n  query PersonByExternalIdLookup($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n      displayName\n      externalId\n    }\n  }\n": types.PersonByExternalIdLookupDocument,
    "\n  mutation PersonImportUpsert($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.PersonImportUpsertDocument,
    "\n  mutation PersonImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.PersonImportTokenDocument,
    "\n  query PersonImportPeople($search: String) {\n    people(search: $search, first: 10) {\n      nodes {\n        externalId\n        civility\n        displayName\n        emails\n        phones\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n      }\n    }\n  }\n": types.PersonImportPeopleDocument,
    "\n  query PersonImportOwn {\n    viewer {\n      person {\n        displayName\n        externalId\n      }\n    }\n  }\n": types.PersonImportOwnDocument,
    "\n  query PasswordViewer {\n    viewer {\n      identifier\n      mustChangePassword\n    }\n  }\n": types.PasswordViewerDocument,
    "\n  mutation PasswordChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": types.PasswordChangeDocument,
    "\n  mutation PasswordLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": types.PasswordLoginDocument,
    "\n  mutation PasswordRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": types.PasswordRequestResetDocument,
    "\n  mutation PasswordReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": types.PasswordResetDocument,
    "\n            query PasswordViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          ": types.PasswordViewerPersonDocument,
    "\n            query PasswordViewerSpaces {\n              viewer {\n                spaces\n              }\n            }\n          ": types.PasswordViewerSpacesDocument,
    "\n            mutation PasswordPreferences {\n              updateMyPreferences(notifyNewDocuments: false) {\n                displayName\n              }\n            }\n          ": types.PasswordPreferencesDocument,
    "\n            query PasswordSpace {\n              viewer {\n                spaces\n                person {\n                  displayName\n                }\n              }\n            }\n          ": types.PasswordSpaceDocument,
    "\n      mutation PasswordIssue($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          identifier\n          temporaryPassword\n          person {\n            displayName\n          }\n        }\n      }\n    ": types.PasswordIssueDocument,
    "\n        query PasswordPeople($s: String) {\n          people(search: $s) {\n            nodes {\n              id\n              displayName\n            }\n          }\n        }\n      ": types.PasswordPeopleDocument,
    "\n        query PasswordBrouilly {\n          people(search: \"brouilly\") {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PasswordBrouillyDocument,
    "\n      mutation PasswordIssueRefused($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          temporaryPassword\n        }\n      }\n    ": types.PasswordIssueRefusedDocument,
    "\n  query PeopleSearchNames($search: String, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleSearchNamesDocument,
    "\n  query PeopleSearchCounted($search: String, $first: Int, $after: String, $role: PersonRole) {\n    people(search: $search, first: $first, after: $after, role: $role) {\n      totalCount\n      nodes {\n        displayName\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.PeopleSearchCountedDocument,
    "\n  query PeopleSearchBuildings($search: String) {\n    buildings(search: $search) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n": types.PeopleSearchBuildingsDocument,
    "\n  mutation ResetAbuseRequest($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": types.ResetAbuseRequestDocument,
    "\n  mutation ResetAbuseReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": types.ResetAbuseResetDocument,
    "\n  mutation ResetAbuseChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": types.ResetAbuseChangeDocument,
    "\n  mutation ResetAbuseDisable($ids: [ID!]!) {\n    disableExtranetAccess(personIds: $ids) {\n      id\n    }\n  }\n": types.ResetAbuseDisableDocument,
    "\n  query ResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n": types.ResetLinkStatusDocument,
    "\n  mutation ResetLinkRequest($identifier: String!) {\n    requestPasswordReset(identifier: $identifier)\n  }\n": types.ResetLinkRequestDocument,
    "\n  mutation ResetLinkReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetLinkResetDocument,
    "\n  mutation SignInLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n        displayName\n        mustChangePassword\n        spaces\n      }\n    }\n  }\n": types.SignInLoginDocument,
    "\n  query SignInViewer {\n    viewer {\n      identifier\n      mustChangePassword\n      person {\n        displayName\n      }\n      spaces\n    }\n  }\n": types.SignInViewerDocument,
    "\n            query SignInBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          ": types.SignInBuildingsDocument,
    "\n            mutation SignInLogout {\n              logout\n            }\n          ": types.SignInLogoutDocument,
    "\n  mutation TemporaryPasswordIssue($id: ID!, $delivery: TemporaryPasswordDelivery) {\n    issueTemporaryPassword(personId: $id, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n": types.TemporaryPasswordIssueDocument,
    "\n  mutation TemporaryPasswordLetter($id: ID!) {\n    issueTemporaryPassword(personId: $id) {\n      identifier\n      temporaryPassword\n      letterPdfBase64\n    }\n  }\n": types.TemporaryPasswordLetterDocument,
    "\n  mutation TemporaryPasswordEnable($ids: [ID!]!, $delivery: TemporaryPasswordDelivery) {\n    enableExtranetAccess(personIds: $ids, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n": types.TemporaryPasswordEnableDocument,
    "\n  mutation ThrottleLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": types.ThrottleLoginDocument,
    "\n  mutation ThrottleChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n": types.ThrottleChangeDocument,
    "\n  mutation ThrottleRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n": types.ThrottleRequestResetDocument,
    "\n  mutation ThrottleReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n": types.ThrottleResetDocument,
    "\n  query ViewerCanAll {\n    viewer {\n      can {\n        managePortfolio\n        readAccounts\n        readWorksFunds\n        readExpenseLists\n      }\n    }\n  }\n": types.ViewerCanAllDocument,
    "\n  query ViewerCanStatement {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n              closingBalance\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ViewerCanStatementDocument,
    "\n  mutation UpsertLeasesBatch($rows: [LeaseInput!]!) {\n    upsertLeases(leases: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.UpsertLeasesBatchDocument,
    "\n  query UpsertLeasesMine {\n    viewer {\n      person {\n        leases {\n          nodes {\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UpsertLeasesMineDocument,
    "\n  mutation UpsertMandatesBatch($rows: [ManagementMandateInput!]!) {\n    upsertManagementMandates(mandates: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.UpsertMandatesBatchDocument,
    "\n  query UpsertMandatesMine {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            lots {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UpsertMandatesMineDocument,
    "\n  query ImportTestKinds {\n    importKinds {\n      kind\n      template\n      columns {\n        header\n        format\n        isRequired\n      }\n    }\n  }\n": types.ImportTestKindsDocument,
    "\n  query ImportTestPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      lineCount\n      isCommittable\n      result {\n        received\n        created\n        updated\n        unchanged\n      }\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": types.ImportTestPreviewDocument,
    "\n  mutation ImportTestCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.ImportTestCommitDocument,
    "\n  mutation ImportTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.ImportTestTokenDocument,
    "\n  mutation OnboardingStructure($entities: [EntityInput!]!, $buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertEntities(entities: $entities) {\n      created\n    }\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n": types.OnboardingStructureDocument,
    "\n  query OnboardingPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      isCommittable\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": types.OnboardingPreviewDocument,
    "\n  mutation OnboardingCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.OnboardingCommitDocument,
    "\n  query OnboardingPerson($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n    }\n  }\n": types.OnboardingPersonDocument,
    "\n  mutation OnboardingEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n    }\n  }\n": types.OnboardingEnableDocument,
    "\n  mutation OnboardingChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": types.OnboardingChangePasswordDocument,
    "\n  query OnboardingMyLots {\n    viewer {\n      person {\n        ownerships(first: 20) {\n          edges {\n            node {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OnboardingMyLotsDocument,
    "\n  query BuildingPageDetail($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            shares {\n              shares\n              allocationKey {\n                code\n                totalShares\n              }\n            }\n            ownerships {\n              nodes {\n                isActive\n                person {\n                  id\n                  displayName\n                }\n                account {\n                  number\n                }\n              }\n            }\n            leases {\n              nodes {\n                isActive\n                tenant {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n        }\n        council(first: 50) {\n          nodes {\n            role\n            isActive\n            person {\n              id\n              displayName\n            }\n          }\n        }\n        worksFund {\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n          }\n        }\n      }\n    }\n  }\n": types.BuildingPageDetailDocument,
    "\n  query BuildingSearchLiteral($search: String) {\n    buildings(search: $search, first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n": types.BuildingSearchLiteralDocument,
    "\n  query ContactCards($space: Space!) {\n    viewer {\n      contacts(space: $space) {\n        kind\n        name\n        email\n        phone\n        agencyName\n        buildings {\n          code\n        }\n      }\n    }\n  }\n": types.ContactCardsDocument,
    "\n  query ContactPersonNode($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        emails\n        phones\n      }\n    }\n  }\n": types.ContactPersonNodeDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName\n        emails\n        ownerships(first: 50) {\n          nodes {\n            lot {\n              code\n              type\n              building {\n                code\n                name\n              }\n              shares {\n                shares\n                allocationKey {\n                  code\n                  totalShares\n                }\n              }\n            }\n            account {\n              number\n              balance\n              position {\n                amount\n                direction\n              }\n              lastPayment {\n                date\n                amount\n              }\n              nextCall {\n                date\n                amount\n              }\n            }\n          }\n        }\n        accounts(first: 50) {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) {\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          identifier\n        }\n      }\n    }\n  }\n": types.HomeStatementsPeopleDocument,
    "\n  mutation LotImportSetup($buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n": types.LotImportSetupDocument,
    "\n  mutation LotImportLots($lots: [LotInput!]!) {\n    upsertLots(lots: $lots) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.LotImportLotsDocument,
    "\n  query LotImportTotals($search: String) {\n    buildings(search: $search, first: 1) {\n      nodes {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            type\n            floor\n            surface\n            rooms\n            shares {\n              shares\n              allocationKey {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LotImportTotalsDocument,
    "\n  mutation LotImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.LotImportTokenDocument,
    "\n  mutation PortfolioImportEntities($entities: [EntityInput!]!) {\n    upsertEntities(entities: $entities) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.PortfolioImportEntitiesDocument,
    "\n  mutation PortfolioImportBuildings($buildings: [BuildingInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.PortfolioImportBuildingsDocument,
    "\n  mutation PortfolioImportKeys($keys: [AllocationKeyInput!]!) {\n    upsertAllocationKeys(keys: $keys) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.PortfolioImportKeysDocument,
    "\n  query PortfolioImportRead($search: String) {\n    buildings(search: $search, first: 5) {\n      nodes {\n        code\n        name\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n        syndicate {\n          code\n          name\n          iban\n          bic\n        }\n        allocationKeys {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.PortfolioImportReadDocument,
    "\n  mutation PortfolioImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.PortfolioImportTokenDocument,
    "\n  mutation UpsertCouncilBatch($rows: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.UpsertCouncilBatchDocument,
    "\n  query UpsertCouncilMyBuilding {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            role\n            isActive\n          }\n        }\n      }\n    }\n  }\n": types.UpsertCouncilMyBuildingDocument,
    "\n  mutation UpsertOwnershipsBatch($rows: [OwnershipInput!]!) {\n    upsertOwnerships(ownerships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n": types.UpsertOwnershipsBatchDocument,
    "\n  query UpsertOwnershipsMyLots {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n        accounts {\n          nodes {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.UpsertOwnershipsMyLotsDocument,
    "\n  mutation UpsertOwnershipsSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n      isActive\n    }\n  }\n": types.UpsertOwnershipsSaleDocument,
    "\n  query RegularisationTestDemo {\n    chargeRegularisations(first: 10) {\n      nodes {\n        periodStart\n        periodEnd\n        periodDays\n        status\n        lot {\n          code\n        }\n        records {\n          tenant {\n            displayName\n          }\n          days\n          total\n          provisions\n          regularisation\n          instalments\n          currentMonthlyProvision\n          newMonthlyProvision\n          status\n        }\n      }\n    }\n  }\n": types.RegularisationTestDemoDocument,
    "\n  mutation RegularisationTestImportEntries($entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $entries) {\n      created\n      unchanged\n    }\n  }\n": types.RegularisationTestImportEntriesDocument,
    "\n  mutation RegularisationTestOwnerBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n": types.RegularisationTestOwnerBillDocument,
    "\n  query RegularisationTestOwnerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.RegularisationTestOwnerDocumentsDocument,
    "\n  query RegularisationTestOwnerNode($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n": types.RegularisationTestOwnerNodeDocument,
    "\n  mutation RegularisationTestOwnerBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n": types.RegularisationTestOwnerBinderRightsDocument,
    "\n  mutation RegularisationTestBillStatement($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      status\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n": types.RegularisationTestBillStatementDocument,
    "\n  query RegularisationTestPreview($id: ID!) {\n    node(id: $id) {\n      ... on TenantRegularisation {\n        statementPdfUrl\n        isStatementPublished\n      }\n    }\n  }\n": types.RegularisationTestPreviewDocument,
    "\n  query RegularisationTestMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.RegularisationTestMyDocumentsDocument,
    "\n  mutation RegularisationTestBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n": types.RegularisationTestBinderRightsDocument,
    "\n  query RequestRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RequestMessage {\n        text\n        isInternal\n      }\n      ... on ClientRequest {\n        title\n      }\n      ... on RequestAttachment {\n        fileName\n      }\n    }\n  }\n": types.RequestRightsNodeDocument,
    "\n  query RequestRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        lot {\n          code\n          building {\n            code\n          }\n        }\n        author {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            text\n            isInternal\n            attachments {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RequestRightsNestedDocument,
    "\n  query RequestRightsSeen($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        status\n        updatedAt\n      }\n    }\n  }\n": types.RequestRightsSeenDocument,
    "\n  query RequestRightsCan {\n    viewer {\n      can {\n        openRequests\n        manageRequests\n      }\n    }\n  }\n": types.RequestRightsCanDocument,
    "\n  query TestSuppliers {\n    suppliers {\n      nodes {\n        name\n        isPartner\n      }\n    }\n  }\n": types.TestSuppliersDocument,
    "\n  query TestTicketSwitchNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.TestTicketSwitchNodeDocument,
    "\n  query TestTicketsCan {\n    viewer {\n      can {\n        manageTickets\n      }\n    }\n  }\n": types.TestTicketsCanDocument,
    "\n            query TestTicketNode($id: ID!) {\n              node(id: $id) {\n                id\n              }\n            }\n          ": types.TestTicketNodeDocument,
    "\n  mutation AssemblyToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.AssemblyTokenDocument,
    "\n  mutation AssemblyCreate($input: CreateGeneralAssemblyInput!) {\n    createGeneralAssembly(input: $input) {\n      id\n      postalVoteDeadline\n      attendance {\n        total {\n          count\n          shares\n        }\n      }\n      participants(first: 100) {\n        nodes {\n          id\n          displayName\n          shares\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AssemblyCreateDocument,
    "\n  mutation AssemblyAddResolution($input: AddResolutionInput!) {\n    addResolution(input: $input) {\n      id\n      number\n    }\n  }\n": types.AssemblyAddResolutionDocument,
    "\n  query AssemblyReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        reportPublishedAt\n        minutesDocument {\n          id\n          title\n        }\n        attendanceSheetDocument {\n          id\n          title\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        report {\n          publishedAt\n          attendance {\n            absent {\n              count\n              shares\n            }\n            present {\n              count\n              shares\n            }\n            remote {\n              count\n              shares\n            }\n            represented {\n              count\n              shares\n            }\n            postal {\n              count\n              shares\n            }\n            total {\n              count\n              shares\n            }\n          }\n          remoteVoters\n          absentees\n          postalVoters {\n            displayName\n            postalFormReceivedOn\n            postalFormValid\n            attendanceText\n          }\n          represented {\n            displayName\n            proxyHolderName\n            attendanceText\n          }\n          arrivals {\n            displayName\n            resolutionNumber\n            time\n            status\n          }\n          departures {\n            displayName\n            resolutionNumber\n            time\n          }\n          resolutions {\n            verdict\n            articleLabel\n            hasSecondVote\n            resolution {\n              number\n            }\n            result {\n              decidingArticle\n              yes {\n                count\n                shares\n              }\n              no {\n                count\n                shares\n              }\n              absent {\n                count\n                shares\n              }\n              opponents\n              defaillants\n              secondVote {\n                article\n                adopted\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssemblyReportDocument,
    "\n  mutation AssemblyPublishReport($id: ID!) {\n    publishAssemblyReport(assemblyId: $id) {\n      id\n      reportPublishedAt\n      minutesDocument {\n        title\n      }\n    }\n  }\n": types.AssemblyPublishReportDocument,
    "\n  mutation AssemblyReportAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      id\n    }\n  }\n": types.AssemblyReportAttendanceDocument,
    "\n  mutation AssemblyReportPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      id\n    }\n  }\n": types.AssemblyReportPostalDocument,
    "\n  mutation AssemblyReportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      id\n    }\n  }\n": types.AssemblyReportVotesDocument,
    "\n  mutation AssemblySetAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      attendance {\n        absent {\n          count\n          shares\n        }\n        present {\n          count\n          shares\n        }\n        represented {\n          count\n          shares\n        }\n        remote {\n          count\n          shares\n        }\n        postal {\n          count\n          shares\n        }\n        total {\n          count\n          shares\n        }\n      }\n    }\n  }\n": types.AssemblySetAttendanceDocument,
    "\n  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      status\n      postalFormReceivedOn\n      postalFormValid\n    }\n  }\n": types.AssemblyRecordPostalDocument,
    "\n  mutation AssemblyRecordVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      number\n      result {\n        outcome\n        decidingArticle\n        members {\n          count\n          shares\n        }\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        absent {\n          count\n          shares\n        }\n        opponents\n        firstVote {\n          article\n          adopted\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n": types.AssemblyRecordVotesDocument,
    "\n  mutation AssemblyUnanimous($input: RecordUnanimousVoteInput!) {\n    recordUnanimousVote(input: $input) {\n      result {\n        outcome\n        decidingArticle\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n": types.AssemblyUnanimousDocument,
    "\n  query BuildersViewer {\n    viewer {\n      identifier\n      spaces\n      person {\n        displayName\n        roles\n        ownerships {\n          nodes {\n            lot {\n              code\n            }\n            account {\n              number\n              balance\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BuildersViewerDocument,
    "\n  query BuildersNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.BuildersNodeDocument,
    "\n        query BuildersPeople {\n          people {\n            nodes {\n              roles\n            }\n          }\n        }\n      ": types.BuildersPeopleDocument,
    "\n  mutation TestPublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      title\n      fileName\n      byteSize\n      publishedOn\n      expiresOn\n      isPublished\n      downloadUrl\n      sha256\n      path\n    }\n  }\n": types.TestPublishDocumentDocument,
    "\n  query TestBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        module\n      }\n    }\n  }\n": types.TestBindersDocument,
    "\n  mutation TestCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n    }\n  }\n": types.TestCreateBinderDocument,
    "\n  mutation TestSetDocumentsPublished($ids: [ID!]!, $isPublished: Boolean!) {\n    setDocumentsPublished(documentIds: $ids, isPublished: $isPublished) {\n      id\n      isPublished\n    }\n  }\n": types.TestSetDocumentsPublishedDocument,
    "\n  query ForbiddenPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ForbiddenPeopleDocument,
    "\n  query ForbiddenPersonOwnerships($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        ownerships {\n          nodes {\n            id\n            lot {\n              id\n              building {\n                id\n              }\n            }\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForbiddenPersonOwnershipsDocument,
    "\n  query ForbiddenPersonLeases($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        leases {\n          nodes {\n            id\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForbiddenPersonLeasesDocument,
    "\n  query ForbiddenPersonMandates($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        mandates {\n          nodes {\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForbiddenPersonMandatesDocument,
    "\n  query ForbiddenBuildingIds {\n    buildings {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ForbiddenBuildingIdsDocument,
    "\n  query ForbiddenNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.ForbiddenNodeDocument,
    "\n  mutation ForbiddenSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-12-01\") {\n      endDate\n    }\n  }\n": types.ForbiddenSaleDocument,
    "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      viewer {\n        identifier\n      }\n    }\n  }\n": types.HarnessLoginDocument,
    "\n  mutation TestPublishPhoto($input: PublishPhotoInput!) {\n    publishPhoto(input: $input) {\n      id\n      caption\n      fileName\n      contentType\n      byteSize\n      width\n      height\n      thumbnailWidth\n      thumbnailHeight\n      url\n      thumbnailUrl\n      building {\n        id\n      }\n    }\n  }\n": types.TestPublishPhotoDocument,
    "\n  mutation TestDeletePhotos($ids: [ID!]!) {\n    deletePhotos(photoIds: $ids)\n  }\n": types.TestDeletePhotosDocument,
    "\n  fragment RegularisationTestRecord on TenantRegularisation {\n    id\n    tenant {\n      id\n      displayName\n      externalId\n    }\n    lease {\n      id\n    }\n    days\n    isDeparted\n    isSkipped\n    isCreditor\n    share\n    lines {\n      label\n      days\n      periodDays\n      share\n      totalAmount\n      amountDue\n    }\n    water {\n      label\n      indexStart\n      indexEnd\n      consumption\n      unitPrice\n      amountDue\n    }\n    chargesTotal\n    waterTotal\n    total\n    provisions\n    retained\n    regularisation\n    billedAmount\n    instalments\n    currentMonthlyProvision\n    newMonthlyProvision\n    status\n  }\n": types.RegularisationTestRecordFragmentDoc,
    "\n  mutation RegularisationTestCreate($input: CreateChargeRegularisationInput!) {\n    createChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      lot {\n        code\n        regularisedOn\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n": types.RegularisationTestCreateDocument,
    "\n  mutation RegularisationTestCreateMany($inputs: [CreateChargeRegularisationInput!]!) {\n    createChargeRegularisations(inputs: $inputs) {\n      id\n      periodDays\n      lot {\n        code\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n": types.RegularisationTestCreateManyDocument,
    "\n  mutation RegularisationTestUpdateRegularisation($input: UpdateChargeRegularisationInput!) {\n    updateChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      records {\n        ...RegularisationTestRecord\n        isProvisionsEntered\n      }\n    }\n  }\n": types.RegularisationTestUpdateRegularisationDocument,
    "\n  mutation RegularisationTestUpdate($input: UpdateTenantRegularisationInput!) {\n    updateTenantRegularisation(input: $input) {\n      ...RegularisationTestRecord\n    }\n  }\n": types.RegularisationTestUpdateDocument,
    "\n  mutation RegularisationTestValidate($ids: [ID!]!) {\n    validateTenantRegularisations(recordIds: $ids) {\n      id\n      status\n    }\n  }\n": types.RegularisationTestValidateDocument,
    "\n  mutation RegularisationTestBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      ...RegularisationTestRecord\n    }\n  }\n": types.RegularisationTestBillDocument,
    "\n  mutation RegularisationTestDelete($id: ID!) {\n    deleteChargeRegularisation(id: $id)\n  }\n": types.RegularisationTestDeleteDocument,
    "\n  query RegularisationTestList {\n    chargeRegularisations(first: 100) {\n      nodes {\n        id\n        status\n        records {\n          id\n        }\n      }\n    }\n  }\n": types.RegularisationTestListDocument,
    "\n  query RegularisationTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ChargeRegularisation {\n        periodDays\n      }\n      ... on TenantRegularisation {\n        regularisation\n      }\n    }\n  }\n": types.RegularisationTestNodeDocument,
    "\n  mutation RegularisationTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.RegularisationTestTokenDocument,
    "\n  mutation RelationBatchToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.RelationBatchTokenDocument,
    "\n  mutation TestOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n      title\n      category\n      status\n      lot {\n        id\n        code\n      }\n      building {\n        id\n        code\n      }\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.TestOpenRequestDocument,
    "\n  mutation TestPostRequestMessage($input: PostRequestMessageInput!) {\n    postRequestMessage(input: $input) {\n      id\n      text\n      isInternal\n      author {\n        displayName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n      }\n    }\n  }\n": types.TestPostRequestMessageDocument,
    "\n  mutation TestSetRequestStatus($input: SetRequestStatusInput!) {\n    setRequestStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.TestSetRequestStatusDocument,
    "\n  mutation TestAssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n": types.TestAssignRequestDocument,
    "\n  query TestRequestThread($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        id\n        title\n        status\n        author {\n          displayName\n        }\n        assignee {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            id\n            text\n            isInternal\n            author {\n              displayName\n            }\n            attachments {\n              fileName\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TestRequestThreadDocument,
    "\n  query TestMyRequests($status: RequestStatus, $first: Int, $after: String) {\n    viewer {\n      requests(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          status\n          messages(first: 100) {\n            nodes {\n              text\n              isInternal\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TestMyRequestsDocument,
    "\n  query TestInbox($status: RequestStatus, $buildingId: ID, $category: RequestCategory, $assigneeId: ID, $openedBefore: Date, $first: Int, $after: String) {\n    requests(status: $status, buildingId: $buildingId, category: $category, assigneeId: $assigneeId, openedBefore: $openedBefore, first: $first, after: $after) {\n      totalCount\n      countsByStatus {\n        status\n        count\n      }\n      nodes {\n        id\n        title\n        status\n        category\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TestInboxDocument,
    "\n  mutation RequestTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n": types.RequestTestTokenDocument,
    "\n  mutation TestCreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n      isPartner\n    }\n  }\n": types.TestCreateSupplierDocument,
    "\n  mutation TestCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      status\n      description\n      supplier {\n        name\n      }\n    }\n  }\n": types.TestCreateTicketDocument,
    "\n  mutation TestSetTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.TestSetTicketStatusDocument,
    "\n  mutation TestAddTicketDocument($input: AddTicketDocumentInput!) {\n    addTicketDocument(input: $input) {\n      id\n      kind\n      fileName\n      amount\n      url\n    }\n  }\n": types.TestAddTicketDocumentDocument,
    "\n  query TestRequestTicket($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        ticket {\n          id\n          status\n          description\n          supplier {\n            name\n            trade\n          }\n          documents {\n            kind\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.TestRequestTicketDocument,
    "\n  query TestPartners {\n    partners {\n      nodes {\n        name\n        trade\n      }\n    }\n  }\n": types.TestPartnersDocument,
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
export function graphql(source: "\n  query AccountPositionOwn {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPositionOwn {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPositionTotals($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: $from, to: $to) {\n          openingBalance\n          closingBalance\n          totalDebit\n          totalCredit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPositionTotals($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: $from, to: $to) {\n          openingBalance\n          closingBalance\n          totalDebit\n          totalCredit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPositionNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        position {\n          amount\n        }\n        lastPayment {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPositionNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        position {\n          amount\n        }\n        lastPayment {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPositionFunds {\n    viewer {\n      person {\n        worksFunds {\n          total\n          asOf\n          lots {\n            lines {\n              accountNumber\n              updatedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPositionFunds {\n    viewer {\n      person {\n        worksFunds {\n          total\n          asOf\n          lots {\n            lines {\n              accountNumber\n              updatedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountPositionUpsertFunds($l: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $l) {\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountPositionUpsertFunds($l: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $l) {\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenderingImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RenderingImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountBatchesAccounts($rows: [AccountInput!]!) {\n    upsertAccounts(accounts: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountBatchesAccounts($rows: [AccountInput!]!) {\n    upsertAccounts(accounts: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountBatchesYears($rows: [FiscalYearInput!]!) {\n    upsertFiscalYears(fiscalYears: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountBatchesYears($rows: [FiscalYearInput!]!) {\n    upsertFiscalYears(fiscalYears: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountBatchesFunds($rows: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountBatchesFunds($rows: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountBatchesExpenses($rows: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountBatchesExpenses($rows: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountBatchesEntries($rows: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AccountBatchesEntries($rows: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceFilesUpsert($e: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $e) {\n      created\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceFilesUpsert($e: [ExpenseInput!]!) {\n    upsertExpenses(expenses: $e) {\n      created\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceFilesAccounts($a: [AccountInput!]!) {\n    upsertAccounts(accounts: $a) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceFilesAccounts($a: [AccountInput!]!) {\n    upsertAccounts(accounts: $a) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LedgerForbiddenAccounts($v: [AccountInput!]!) {\n      upsertAccounts(accounts: $v) {\n        created\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerForbiddenAccounts($v: [AccountInput!]!) {\n      upsertAccounts(accounts: $v) {\n        created\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) {\n      upsertFiscalYears(fiscalYears: $v) {\n        created\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) {\n      upsertFiscalYears(fiscalYears: $v) {\n        created\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) {\n      upsertExpenses(expenses: $v) {\n        created\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) {\n      upsertExpenses(expenses: $v) {\n        created\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) {\n      upsertWorksFundLines(lines: $v) {\n        created\n      }\n    }\n  "): (typeof documents)["\n    mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) {\n      upsertWorksFundLines(lines: $v) {\n        created\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LedgerOwnAccounts {\n        viewer {\n          person {\n            accounts {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LedgerOwnAccounts {\n        viewer {\n          person {\n            accounts {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LedgerPublish($ids: [ID!]!) {\n        setAccountsPublished(accountIds: $ids, isPublished: false) {\n          isPublished\n        }\n      }\n    "): (typeof documents)["\n      mutation LedgerPublish($ids: [ID!]!) {\n        setAccountsPublished(accountIds: $ids, isPublished: false) {\n          isPublished\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LedgerPeople {\n            people(first: 1, role: COOWNER) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LedgerPeople {\n            people(first: 1, role: COOWNER) {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LedgerUpsertAccounts($a: [AccountInput!]!) {\n        upsertAccounts(accounts: $a) {\n          received\n          created\n          updated\n          unchanged\n        }\n      }\n    "): (typeof documents)["\n      mutation LedgerUpsertAccounts($a: [AccountInput!]!) {\n        upsertAccounts(accounts: $a) {\n          received\n          created\n          updated\n          unchanged\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LedgerUpsertYears($y: [FiscalYearInput!]!) {\n          upsertFiscalYears(fiscalYears: $y) {\n            created\n            updated\n            unchanged\n          }\n        }\n      "): (typeof documents)["\n        mutation LedgerUpsertYears($y: [FiscalYearInput!]!) {\n          upsertFiscalYears(fiscalYears: $y) {\n            created\n            updated\n            unchanged\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) {\n          upsertWorksFundLines(lines: $l) {\n            created\n            updated\n            unchanged\n          }\n        }\n      "): (typeof documents)["\n        mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) {\n          upsertWorksFundLines(lines: $l) {\n            created\n            updated\n            unchanged\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) {\n        upsertExpenses(expenses: $e) {\n          created\n          updated\n          unchanged\n        }\n      }\n    "): (typeof documents)["\n      mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) {\n        upsertExpenses(expenses: $e) {\n          created\n          updated\n          unchanged\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsWorksFunds {\n    viewer {\n      person {\n        worksFunds {\n          building {\n            code\n          }\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n            lines {\n              accountNumber\n              label\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsWorksFunds {\n    viewer {\n      person {\n        worksFunds {\n          building {\n            code\n          }\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n            lines {\n              accountNumber\n              label\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReportsPeople {\n            people(search: \"CLIQUOT\") {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReportsPeople {\n            people(search: \"CLIQUOT\") {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsPersonFunds($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              worksFunds {\n                total\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportsPersonFunds($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              worksFunds {\n                total\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReportsCouncilFunds {\n            viewer {\n              person {\n                councilMemberships {\n                  nodes {\n                    building {\n                      council {\n                        nodes {\n                          person {\n                            displayName\n                            worksFunds {\n                              total\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReportsCouncilFunds {\n            viewer {\n              person {\n                councilMemberships {\n                  nodes {\n                    building {\n                      council {\n                        nodes {\n                          person {\n                            displayName\n                            worksFunds {\n                              total\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsExpenseList($fy: ID) {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            building {\n              code\n              canReadExpenseList\n              expenseList(fiscalYearId: $fy) {\n                fiscalYears {\n                  id\n                  code\n                }\n                fiscalYear {\n                  code\n                }\n                total\n                groups {\n                  allocationKey {\n                    code\n                  }\n                  accountNumber\n                  accountLabel\n                  count\n                  amount\n                  vat\n                  recoverable\n                }\n                expenses(first: 100) {\n                  nodes {\n                    id\n                    date\n                    label\n                    amount\n                    invoiceUrl\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsExpenseList($fy: ID) {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            building {\n              code\n              canReadExpenseList\n              expenseList(fiscalYearId: $fy) {\n                fiscalYears {\n                  id\n                  code\n                }\n                fiscalYear {\n                  code\n                }\n                total\n                groups {\n                  allocationKey {\n                    code\n                  }\n                  accountNumber\n                  accountLabel\n                  count\n                  amount\n                  vat\n                  recoverable\n                }\n                expenses(first: 100) {\n                  nodes {\n                    id\n                    date\n                    label\n                    amount\n                    invoiceUrl\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsCoOwnerList {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                      expenseList {\n                        total\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportsCoOwnerList {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                      expenseList {\n                        total\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsCoOwnerCanRead {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportsCoOwnerCanRead {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      canReadExpenseList\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReportsUpsertExpense($e: [ExpenseInput!]!) {\n          upsertExpenses(expenses: $e) {\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation ReportsUpsertExpense($e: [ExpenseInput!]!) {\n          upsertExpenses(expenses: $e) {\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReportsExportUrls {\n            viewer {\n              person {\n                mandates {\n                  nodes {\n                    account {\n                      id\n                      statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                      statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReportsExportUrls {\n            viewer {\n              person {\n                mandates {\n                  nodes {\n                    account {\n                      id\n                      statementCsvUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                      statementPdfUrl(from: \"2020-01-01\", to: \"2020-12-31\")\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              number\n              balance\n              statement(from: $from, to: $to) {\n                openingBalance\n                closingBalance\n                presentation\n                entries(first: $first, after: $after) {\n                  nodes {\n                    date\n                    label\n                    debit\n                    credit\n                    balance\n                    entryCount\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              number\n              balance\n              statement(from: $from, to: $to) {\n                openingBalance\n                closingBalance\n                presentation\n                entries(first: $first, after: $after) {\n                  nodes {\n                    date\n                    label\n                    debit\n                    credit\n                    balance\n                    entryCount\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementBalanceHistory {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") {\n                date\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementBalanceHistory {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") {\n                date\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation StatementImport($e: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $e) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: $from, to: $to) {\n              entries {\n                nodes {\n                  label\n                  entryCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: $from, to: $to) {\n              entries {\n                nodes {\n                  label\n                  entryCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: \"2000-01-01\", to: \"2030-12-31\") {\n          openingBalance\n          closingBalance\n          entries(first: 50, after: $after) {\n            nodes {\n              balance\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Account {\n        statement(from: \"2000-01-01\", to: \"2030-12-31\") {\n          openingBalance\n          closingBalance\n          entries(first: 50, after: $after) {\n            nodes {\n              balance\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementClientAccounts {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            id\n            number\n          }\n        }\n        ownerships {\n          nodes {\n            account {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementClientAccounts {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            id\n            number\n          }\n        }\n        ownerships {\n          nodes {\n            account {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) {\n    setAccountsPublished(accountIds: $ids, isPublished: $isPublished) {\n      isPublished\n    }\n  }\n"): (typeof documents)["\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) {\n    setAccountsPublished(accountIds: $ids, isPublished: $isPublished) {\n      isPublished\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StatementNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementAccountNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        number\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementAccountNode($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        number\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnouncementPublish($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n      audience\n      publishOn\n      building {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnnouncementPublish($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n      audience\n      publishOn\n      building {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementViewerList($first: Int, $after: String) {\n    viewer {\n      can {\n        readAnnouncements\n        manageAnnouncements\n      }\n      announcements(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          body\n          building {\n            code\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementViewerList($first: Int, $after: String) {\n    viewer {\n      can {\n        readAnnouncements\n        manageAnnouncements\n      }\n      announcements(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          body\n          building {\n            code\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementRootList {\n    announcements(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementRootList {\n    announcements(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Announcement {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Announcement {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnouncementDelete($id: ID!) {\n    deleteAnnouncement(announcementId: $id)\n  }\n"): (typeof documents)["\n  mutation AnnouncementDelete($id: ID!) {\n    deleteAnnouncement(announcementId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsFeedItems($first: Int) {\n    viewer {\n      can {\n        readNewsFeed\n      }\n      newsItems(first: $first) {\n        title\n        url\n        summary\n        publishedAt\n        categories\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsFeedItems($first: Int) {\n    viewer {\n      can {\n        readNewsFeed\n      }\n      newsItems(first: $first) {\n        title\n        url\n        summary\n        publishedAt\n        categories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewsFeedSetUrl($url: String) {\n    setNewsFeedUrl(url: $url) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation NewsFeedSetUrl($url: String) {\n    setNewsFeedUrl(url: $url) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsFeedReadUrl {\n    newsFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  query NewsFeedReadUrl {\n    newsFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCreate($input: AgencyOfficeInput!) {\n    createAgencyOffice(input: $input) {\n      id\n      name\n      address\n      phone\n      email\n      openingHours\n      legalForm\n      siret\n      apeCode\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCreate($input: AgencyOfficeInput!) {\n    createAgencyOffice(input: $input) {\n      id\n      name\n      address\n      phone\n      email\n      openingHours\n      legalForm\n      siret\n      apeCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeUpdate($id: ID!, $input: AgencyOfficeInput!) {\n    updateAgencyOffice(officeId: $id, input: $input) {\n      name\n      phone\n      siret\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeUpdate($id: ID!, $input: AgencyOfficeInput!) {\n    updateAgencyOffice(officeId: $id, input: $input) {\n      name\n      phone\n      siret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeDelete($id: ID!) {\n    deleteAgencyOffice(officeId: $id)\n  }\n"): (typeof documents)["\n  mutation OfficeDelete($id: ID!) {\n    deleteAgencyOffice(officeId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeList {\n    agencyOffices(first: 50) {\n      nodes {\n        id\n        name\n        phone\n        siret\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeList {\n    agencyOffices(first: 50) {\n      nodes {\n        id\n        name\n        phone\n        siret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on AgencyOffice {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on AgencyOffice {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      apeCode\n      representativeName\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      apeCode\n      representativeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssemblyRead($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        attendance {\n          total {\n            count\n          }\n        }\n        participants(first: 50) {\n          nodes {\n            displayName\n            status\n          }\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        viewerParticipant {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssemblyRead($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        attendance {\n          total {\n            count\n          }\n        }\n        participants(first: 50) {\n          nodes {\n            displayName\n            status\n          }\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        viewerParticipant {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyCast($input: CastPostalVoteInput!) {\n    castPostalVote(input: $input) {\n      receivedOn\n      castAt\n      choices {\n        choice\n        resolution {\n          number\n        }\n      }\n      participant {\n        status\n        postalFormValid\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyCast($input: CastPostalVoteInput!) {\n    castPostalVote(input: $input) {\n      receivedOn\n      castAt\n      choices {\n        choice\n        resolution {\n          number\n        }\n      }\n      participant {\n        status\n        postalFormValid\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyPublishConvocations($id: ID!) {\n    publishConvocations(assemblyId: $id) {\n      id\n      convocationsPublishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyPublishConvocations($id: ID!) {\n    publishConvocations(assemblyId: $id) {\n      id\n      convocationsPublishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssemblyConvocationDocument($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssemblyConvocationDocument($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAssemblies {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        title\n        postalVoteDeadline\n        isPostalVoteOpen\n        reportPublishedAt\n        minutesDocument {\n          title\n          fileName\n          contentType\n          downloadUrl\n          publishedOn\n          binder {\n            name\n          }\n        }\n        attendanceSheetDocument {\n          title\n          contentType\n          publishedOn\n        }\n        attendance {\n          absent {\n            count\n            shares\n          }\n          present {\n            count\n            shares\n          }\n          remote {\n            count\n            shares\n          }\n          represented {\n            count\n            shares\n          }\n          postal {\n            count\n            shares\n          }\n          total {\n            count\n            shares\n          }\n        }\n        resolutions {\n          number\n          amended\n          result {\n            outcome\n            decidingArticle\n            yes {\n              count\n              shares\n            }\n            defaillants\n            absentees\n            secondVote {\n              article\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoAssemblies {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        title\n        postalVoteDeadline\n        isPostalVoteOpen\n        reportPublishedAt\n        minutesDocument {\n          title\n          fileName\n          contentType\n          downloadUrl\n          publishedOn\n          binder {\n            name\n          }\n        }\n        attendanceSheetDocument {\n          title\n          contentType\n          publishedOn\n        }\n        attendance {\n          absent {\n            count\n            shares\n          }\n          present {\n            count\n            shares\n          }\n          remote {\n            count\n            shares\n          }\n          represented {\n            count\n            shares\n          }\n          postal {\n            count\n            shares\n          }\n          total {\n            count\n            shares\n          }\n        }\n        resolutions {\n          number\n          amended\n          result {\n            outcome\n            decidingArticle\n            yes {\n              count\n              shares\n            }\n            defaillants\n            absentees\n            secondVote {\n              article\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteProviderToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoteProviderToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteHand($input: HandAssemblyToProviderInput!) {\n    handAssemblyToProvider(input: $input) {\n      handedToProviderAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoteHand($input: HandAssemblyToProviderInput!) {\n    handAssemblyToProvider(input: $input) {\n      handedToProviderAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteCodes {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        participants(first: 10) {\n          nodes {\n            id\n            displayName\n            remoteAccessCode\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemoteCodes {\n    generalAssemblies(first: 10) {\n      nodes {\n        id\n        participants(first: 10) {\n          nodes {\n            id\n            displayName\n            remoteAccessCode\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteMarkAll($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: REMOTE) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoteMarkAll($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: REMOTE) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoteImportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoteImportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssemblyReportList {\n    generalAssemblies(first: 20) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssemblyReportList {\n    generalAssemblies(first: 20) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsAllPresent($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: PRESENT) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsAllPresent($id: ID!) {\n    markAllPresent(assemblyId: $id, mode: PRESENT) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsBallot($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsBallot($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      result {\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsResults($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        resolutions {\n          result {\n            outcome\n            yes {\n              count\n              shares\n            }\n            opponents\n            secondVote {\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsResults($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        resolutions {\n          result {\n            outcome\n            yes {\n              count\n              shares\n            }\n            opponents\n            secondVote {\n              adopted\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        report {\n          attendees {\n            displayName\n            attendanceText\n          }\n          resolutions {\n            verdict\n            resolution {\n              number\n            }\n            result {\n              yes {\n                count\n              }\n              opponents\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        report {\n          attendees {\n            displayName\n            attendanceText\n          }\n          resolutions {\n            verdict\n            resolution {\n              number\n            }\n            result {\n              yes {\n                count\n              }\n              opponents\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenCoOwnerNested {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      code\n                      lots(first: 100) {\n                        nodes {\n                          code\n                          ownerships {\n                            nodes {\n                              person {\n                                displayName\n                                emails\n                              }\n                              account {\n                                number\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenCoOwnerNested {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    building {\n                      code\n                      lots(first: 100) {\n                        nodes {\n                          code\n                          ownerships {\n                            nodes {\n                              person {\n                                displayName\n                                emails\n                              }\n                              account {\n                                number\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenCoOwnerKey {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    shares {\n                      allocationKey {\n                        totalShares\n                        building {\n                          lots(first: 100) {\n                            nodes {\n                              code\n                            }\n                          }\n                          council {\n                            nodes {\n                              person {\n                                displayName\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenCoOwnerKey {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  lot {\n                    shares {\n                      allocationKey {\n                        totalShares\n                        building {\n                          lots(first: 100) {\n                            nodes {\n                              code\n                            }\n                          }\n                          council {\n                            nodes {\n                              person {\n                                displayName\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ForbiddenCoOwnerPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ForbiddenCoOwnerPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ForbiddenCoOwnerBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ForbiddenCoOwnerBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ForbiddenCoOwnerTokens {\n              apiTokens {\n                nodes {\n                  name\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ForbiddenCoOwnerTokens {\n              apiTokens {\n                nodes {\n                  name\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ForbiddenCoOwnerDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ForbiddenCoOwnerDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenCoOwnerOwnerships {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenCoOwnerOwnerships {\n          viewer {\n            person {\n              ownerships {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenCouncil {\n          viewer {\n            person {\n              councilMemberships {\n                nodes {\n                  role\n                  building {\n                    council {\n                      nodes {\n                        role\n                        person {\n                          displayName\n                          emails\n                          phones\n                        }\n                      }\n                    }\n                    lots(first: 100) {\n                      nodes {\n                        code\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenCouncil {\n          viewer {\n            person {\n              councilMemberships {\n                nodes {\n                  role\n                  building {\n                    council {\n                      nodes {\n                        role\n                        person {\n                          displayName\n                          emails\n                          phones\n                        }\n                      }\n                    }\n                    lots(first: 100) {\n                      nodes {\n                        code\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenContacts($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              emails\n              phones\n              roles\n              extranetAccess {\n                identifier\n                isEnabled\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenContacts($id: ID!) {\n          node(id: $id) {\n            ... on Person {\n              emails\n              phones\n              roles\n              extranetAccess {\n                identifier\n                isEnabled\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenBank {\n        viewer {\n          person {\n            ownerships {\n              nodes {\n                lot {\n                  building {\n                    id\n                    syndicate {\n                      name\n                      iban\n                      bic\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ForbiddenBank {\n        viewer {\n          person {\n            ownerships {\n              nodes {\n                lot {\n                  building {\n                    id\n                    syndicate {\n                      name\n                      iban\n                      bic\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ForbiddenManagerBank($id: ID!) {\n        node(id: $id) {\n          ... on Building {\n            syndicate {\n              iban\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ForbiddenManagerBank($id: ID!) {\n        node(id: $id) {\n          ... on Building {\n            syndicate {\n              iban\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ForbiddenWrongType($id: ID!) {\n          issueTemporaryPassword(personId: $id) {\n            identifier\n          }\n        }\n      "): (typeof documents)["\n        mutation ForbiddenWrongType($id: ID!) {\n          issueTemporaryPassword(personId: $id) {\n            identifier\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ForbiddenAnonymousPreferences {\n              updateMyPreferences(notifyNewDocuments: true) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ForbiddenAnonymousPreferences {\n              updateMyPreferences(notifyNewDocuments: true) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenOtherSearch {\n          people(search: \"cliquot\") {\n            nodes {\n              displayName\n            }\n          }\n          buildings {\n            nodes {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenOtherSearch {\n          people(search: \"cliquot\") {\n            nodes {\n              displayName\n            }\n          }\n          buildings {\n            nodes {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ForbiddenOtherEnable($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            temporaryPassword\n          }\n        }\n      "): (typeof documents)["\n        mutation ForbiddenOtherEnable($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            temporaryPassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenOwnerTenants {\n          viewer {\n            person {\n              mandates {\n                nodes {\n                  lots {\n                    code\n                    leases {\n                      nodes {\n                        tenant {\n                          displayName\n                          emails\n                          phones\n                        }\n                        account {\n                          number\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenOwnerTenants {\n          viewer {\n            person {\n              mandates {\n                nodes {\n                  lots {\n                    code\n                    leases {\n                      nodes {\n                        tenant {\n                          displayName\n                          emails\n                          phones\n                        }\n                        account {\n                          number\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ForbiddenTenantOwn {\n          viewer {\n            spaces\n            person {\n              accounts {\n                nodes {\n                  number\n                  balance\n                }\n              }\n              leases {\n                nodes {\n                  lot {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ForbiddenTenantOwn {\n          viewer {\n            spaces\n            person {\n              accounts {\n                nodes {\n                  number\n                  balance\n                }\n              }\n              leases {\n                nodes {\n                  lot {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BinderRename($id: ID!, $name: String!) {\n    renameBinder(binderId: $id, name: $name) {\n      name\n      folders\n    }\n  }\n"): (typeof documents)["\n  mutation BinderRename($id: ID!, $name: String!) {\n    renameBinder(binderId: $id, name: $name) {\n      name\n      folders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BinderDelete($id: ID!) {\n    deleteBinder(binderId: $id)\n  }\n"): (typeof documents)["\n  mutation BinderDelete($id: ID!) {\n    deleteBinder(binderId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BinderDeleteDocuments($ids: [ID!]!) {\n    deleteDocuments(documentIds: $ids)\n  }\n"): (typeof documents)["\n  mutation BinderDeleteDocuments($ids: [ID!]!) {\n    deleteDocuments(documentIds: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BinderSetRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        owner\n        tenant\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BinderSetRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        owner\n        tenant\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BinderClientDocuments {\n    viewer {\n      documents {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BinderClientDocuments {\n    viewer {\n      documents {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BinderExpenseList($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        canReadExpenseList\n      }\n    }\n  }\n"): (typeof documents)["\n  query BinderExpenseList($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        canReadExpenseList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BinderIntegratorList($space: Space!) {\n    binders(space: $space) {\n      name\n      documentCount\n    }\n    documents(first: 5) {\n      nodes {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query BinderIntegratorList($space: Space!) {\n    binders(space: $space) {\n      name\n      documentCount\n    }\n    documents(first: 5) {\n      nodes {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BinderCreateAs($input: CreateBinderInput!) {\n        createBinder(input: $input) {\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation BinderCreateAs($input: CreateBinderInput!) {\n        createBinder(input: $input) {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BinderEmptyOnes {\n      viewer {\n        binders(space: SYNDIC) {\n          name\n          documentCount\n        }\n      }\n    }\n  "): (typeof documents)["\n    query BinderEmptyOnes {\n      viewer {\n        binders(space: SYNDIC) {\n          name\n          documentCount\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListRegenerate($ids: [ID!]!) {\n    regenerateCoOwnerLists(buildingIds: $ids) {\n      id\n      title\n      downloadUrl\n      binder {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListRegenerate($ids: [ID!]!) {\n    regenerateCoOwnerLists(buildingIds: $ids) {\n      id\n      title\n      downloadUrl\n      binder {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListUpsertPersons($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation ListUpsertPersons($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSeat($memberships: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $memberships) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation ListSeat($memberships: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $memberships) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation ListSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListWorksFund($lines: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $lines) {\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation ListWorksFund($lines: [WorksFundLineInput!]!) {\n    upsertWorksFundLines(lines: $lines) {\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoMyDocuments($space: Space) {\n    viewer {\n      documents(space: $space, first: 100) {\n        nodes {\n          id\n          title\n          binder {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoMyDocuments($space: Space) {\n    viewer {\n      documents(space: $space, first: 100) {\n        nodes {\n          id\n          title\n          binder {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoMyBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        name\n        documentCount\n        rights {\n          syndicLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoMyBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        name\n        documentCount\n        rights {\n          syndicLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoManagerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          isPublished\n          expiresOn\n          concerns\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoManagerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          isPublished\n          expiresOn\n          concerns\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoPhotos {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n          width\n          height\n          thumbnailWidth\n          thumbnailHeight\n          building {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoPhotos {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n          width\n          height\n          thumbnailWidth\n          thumbnailHeight\n          building {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchPublish($inputs: [PublishDocumentInput!]!) {\n    publishDocuments(inputs: $inputs) {\n      id\n      title\n      isPublished\n    }\n  }\n"): (typeof documents)["\n  mutation BatchPublish($inputs: [PublishDocumentInput!]!) {\n    publishDocuments(inputs: $inputs) {\n      id\n      title\n      isPublished\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchMine {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BatchMine {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyPreferences($on: Boolean!) {\n    updateMyPreferences(notifyNewDocuments: $on) {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyPreferences($on: Boolean!) {\n    updateMyPreferences(notifyNewDocuments: $on) {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyBinderDefault($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        notifyByDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyBinderDefault($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      rights {\n        syndicLevel\n        notifyByDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n      rights {\n        notifyByDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n      rights {\n        notifyByDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyDocumentChoice($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        notify\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotifyDocumentChoice($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        notify\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishTestCount {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishTestCount {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsList {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsList {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Document {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Document {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        documentCount\n        documents(first: 100) {\n          nodes {\n            title\n            binder {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        documentCount\n        documents(first: 100) {\n          nodes {\n            title\n            binder {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        binder {\n          documents(first: 100) {\n            nodes {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        binder {\n          documents(first: 100) {\n            nodes {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentSearch($search: String) {\n    viewer {\n      documents(search: $search, first: 50) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentSearch($search: String) {\n    viewer {\n      documents(search: $search, first: 50) {\n        nodes {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentSearchMyPerson {\n    viewer {\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentSearchMyPerson {\n    viewer {\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDocuments($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        documents(first: 50) {\n          nodes {\n            title\n            concerns\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonDocuments($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        documents(first: 50) {\n          nodes {\n            title\n            concerns\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyWideBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        name\n        isAgencyWide\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyWideBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        name\n        isAgencyWide\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsDocuments {\n    viewer {\n      documents(first: 20) {\n        nodes {\n          id\n          title\n          fileName\n          byteSize\n          publishedOn\n          expiresOn\n          downloadUrl\n          path\n          binder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsDocuments {\n    viewer {\n      documents(first: 20) {\n        nodes {\n          id\n          title\n          fileName\n          byteSize\n          publishedOn\n          expiresOn\n          downloadUrl\n          path\n          binder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        name\n        folders\n        documentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsBinders {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        name\n        folders\n        documentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBinderPages($after: String) {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        documentCount\n        documents(first: 3, after: $after) {\n          nodes {\n            id\n            title\n            binder {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsBinderPages($after: String) {\n    viewer {\n      binders(space: SYNDIC) {\n        id\n        documentCount\n        documents(first: 3, after: $after) {\n          nodes {\n            id\n            title\n            binder {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBinderFiltered($binderId: ID!) {\n    viewer {\n      documents(binderId: $binderId, first: 3) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsBinderFiltered($binderId: ID!) {\n    viewer {\n      documents(binderId: $binderId, first: 3) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsManagerDocuments {\n    viewer {\n      documents(first: 50) {\n        nodes {\n          title\n          concerns\n          binder {\n            name\n            rights {\n              syndicLevel\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsManagerDocuments {\n    viewer {\n      documents(first: 50) {\n        nodes {\n          title\n          concerns\n          binder {\n            name\n            rights {\n              syndicLevel\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoPublishCount {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoPublishCount {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          caption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoRightsViewer {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          id\n          caption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoRightsViewer {\n    viewer {\n      photos(first: 100) {\n        nodes {\n          id\n          caption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Photo {\n        caption\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Photo {\n        caption\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoRightsThroughLots {\n    viewer {\n      person {\n        ownerships(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n        leases(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoRightsThroughLots {\n    viewer {\n      person {\n        ownerships(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n        leases(first: 5) {\n          nodes {\n            lot {\n              building {\n                code\n                photos(first: 5) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Photo {\n        building {\n          photos(first: 20) {\n            nodes {\n              caption\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on Photo {\n        building {\n          photos(first: 20) {\n            nodes {\n              caption\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoRightsRoot {\n    photos(first: 100) {\n      nodes {\n        caption\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhotoRightsRoot {\n    photos(first: 100) {\n      nodes {\n        caption\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsPhotos {\n    viewer {\n      photos(first: 20) {\n        nodes {\n          id\n          caption\n          takenOn\n          width\n          height\n          url\n          thumbnailUrl\n          building {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsPhotos {\n    viewer {\n      photos(first: 20) {\n        nodes {\n          id\n          caption\n          takenOn\n          width\n          height\n          url\n          thumbnailUrl\n          building {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBuildingPhotos {\n    viewer {\n      person {\n        ownerships(first: 10) {\n          nodes {\n            lot {\n              building {\n                photos(first: 10) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsBuildingPhotos {\n    viewer {\n      person {\n        ownerships(first: 10) {\n          nodes {\n            lot {\n              building {\n                photos(first: 10) {\n                  nodes {\n                    caption\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagedPhotos($buildingId: ID, $after: String) {\n    viewer {\n      photos(buildingId: $buildingId, first: 5, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PagedPhotos($buildingId: ID, $after: String) {\n    viewer {\n      photos(buildingId: $buildingId, first: 5, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgedLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedBuildings {\n    buildings(first: 1) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForgedBuildings {\n    buildings(first: 1) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ForgedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedStatement($from: Date!, $to: Date!, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              statement(from: $from, to: $to) {\n                entries(first: 2, after: $after) {\n                  nodes {\n                    balance\n                  }\n                  pageInfo {\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForgedStatement($from: Date!, $to: Date!, $after: String) {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            account {\n              statement(from: $from, to: $to) {\n                entries(first: 2, after: $after) {\n                  nodes {\n                    balance\n                  }\n                  pageInfo {\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsPageSize {\n          people(first: 101) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LimitsPageSize {\n          people(first: 101) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsForgedCursor {\n          people(after: \"forged\") {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LimitsForgedCursor {\n          people(after: \"forged\") {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsMalformedUuid($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query LimitsMalformedUuid($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPeoplePage($after: String) {\n    people(first: 5, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsPeoplePage($after: String) {\n    people(first: 5, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPeopleByRole($role: PersonRole, $search: String) {\n    people(role: $role, search: $search) {\n      nodes {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsPeopleByRole($role: PersonRole, $search: String) {\n    people(role: $role, search: $search) {\n      nodes {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HttpSecurityLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HttpSecurityLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HttpSecurityCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Http security\", scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation HttpSecurityCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Http security\", scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessViewer {\n    viewer {\n      identifier\n    }\n  }\n"): (typeof documents)["\n  query AccessViewer {\n    viewer {\n      identifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n      person {\n        displayName\n        extranetAccess {\n          isEnabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n      person {\n        displayName\n        extranetAccess {\n          isEnabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessOwnerships {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessOwnerships {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-11-25\") {\n      endDate\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation AccessSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-11-25\") {\n      endDate\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AccessViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            displayName\n            extranetAccess {\n              isEnabled\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessDisable($ids: [ID!]!) {\n          disableExtranetAccess(personIds: $ids) {\n            displayName\n            extranetAccess {\n              isEnabled\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessEnableIdentifiers($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            identifier\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessEnableIdentifiers($ids: [ID!]!) {\n          enableExtranetAccess(personIds: $ids) {\n            identifier\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessChangePassword($p: String!) {\n          changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) {\n            identifier\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessChangePassword($p: String!) {\n          changePassword(input: { currentPassword: $p, newPassword: \"Elsa-Palier-2\" }) {\n            identifier\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessLeases {\n            viewer {\n              person {\n                leases {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessLeases {\n            viewer {\n              person {\n                leases {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessNotice($id: ID!) {\n        recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") {\n          noticeDate\n          account {\n            isPublished\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AccessNotice($id: ID!) {\n        recordLeaseNotice(leaseId: $id, noticeDate: \"2026-11-20\") {\n          noticeDate\n          account {\n            isPublished\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessDeparture($id: ID!, $date: Date!) {\n        recordLeaseDeparture(leaseId: $id, departureDate: $date) {\n          departureDate\n          account {\n            isPublished\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AccessDeparture($id: ID!, $date: Date!) {\n        recordLeaseDeparture(leaseId: $id, departureDate: $date) {\n          departureDate\n          account {\n            isPublished\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessSpaces {\n              viewer {\n                spaces\n              }\n            }\n          "): (typeof documents)["\n            query AccessSpaces {\n              viewer {\n                spaces\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessTokenBuildings {\n          buildings {\n            nodes {\n              code\n              lots(first: 1) {\n                nodes {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessTokenBuildings {\n          buildings {\n            nodes {\n              code\n              lots(first: 1) {\n                nodes {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessTokenPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AccessTokenPeople {\n              people {\n                nodes {\n                  displayName\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessTokenOwnerships {\n          buildings(first: 1) {\n            nodes {\n              lots(first: 1) {\n                nodes {\n                  ownerships {\n                    nodes {\n                      account {\n                        number\n                      }\n                      person {\n                        displayName\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessTokenOwnerships {\n          buildings(first: 1) {\n            nodes {\n              lots(first: 1) {\n                nodes {\n                  ownerships {\n                    nodes {\n                      account {\n                        number\n                      }\n                      person {\n                        displayName\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessTokens {\n          apiTokens {\n            nodes {\n              name\n              lastUsedAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessTokens {\n          apiTokens {\n            nodes {\n              name\n              lastUsedAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessRevoke($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessRevoke($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessTokenCodes {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AccessTokenCodes {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessOtherAgency {\n          buildings {\n            nodes {\n              code\n            }\n          }\n          people(search: \"CLIQUOT\") {\n            nodes {\n              displayName\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessOtherAgency {\n          buildings {\n            nodes {\n              code\n            }\n          }\n          people(search: \"CLIQUOT\") {\n            nodes {\n              displayName\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileRead($code: String) {\n    agencyProfile(code: $code) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n"): (typeof documents)["\n  query ProfileRead($code: String) {\n    agencyProfile(code: $code) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdate($input: AgencyProfileInput!) {\n    updateAgencyProfile(input: $input) {\n      name\n      legalName\n      legalForm\n      siret\n      professionalCardNumber\n      professionalCardIssuer\n      financialGuarantee\n      address\n      phone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileStatementUrl {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statementPdfUrl(from: \"2026-01-01\", to: \"2026-12-31\")\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileStatementUrl {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statementPdfUrl(from: \"2026-01-01\", to: \"2026-12-31\")\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ProfileToken {\n            createApiToken(input: { name: \"Profil\", scopes: [PORTFOLIO_WRITE, PEOPLE_READ, PORTFOLIO_READ] }) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation ProfileToken {\n            createApiToken(input: { name: \"Profil\", scopes: [PORTFOLIO_WRITE, PEOPLE_READ, PORTFOLIO_READ] }) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRead {\n    agencySettings {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n      entries {\n        key\n        section\n        isEnabled\n        choice\n        choices\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsRead {\n    agencySettings {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n      entries {\n        key\n        section\n        isEnabled\n        choice\n        choices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdate($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsUpdate($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      accountModuleEnabled\n      agencyContactEnabled\n      propertiesEnabled\n      expenseListEnabled\n      worksFundsEnabled\n      balancePresentation\n      disableAccessOnSale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsViewerCan {\n    viewer {\n      can {\n        manageAgency\n        readAccounts\n        readAgencyContact\n        readProperties\n        readWorksFunds\n        readExpenseLists\n        readDocuments\n        readPhotos\n        openRequests\n        readPartners\n        readAnnouncements\n        readNewsFeed\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsViewerCan {\n    viewer {\n      can {\n        manageAgency\n        readAccounts\n        readAgencyContact\n        readProperties\n        readWorksFunds\n        readExpenseLists\n        readDocuments\n        readPhotos\n        openRequests\n        readPartners\n        readAnnouncements\n        readNewsFeed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Paramètres\", scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsCreateToken($scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: \"Paramètres\", scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleAccount {\n      viewer {\n        person {\n          accounts {\n            nodes {\n              statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n                closingBalance\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleAccount {\n      viewer {\n        person {\n          accounts {\n            nodes {\n              statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n                closingBalance\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleContact {\n      viewer {\n        contacts(space: SYNDIC) {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleContact {\n      viewer {\n        contacts(space: SYNDIC) {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleProperties {\n      viewer {\n        person {\n          ownerships {\n            nodes {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleProperties {\n      viewer {\n        person {\n          ownerships {\n            nodes {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleWorksFunds {\n      viewer {\n        person {\n          worksFunds {\n            total\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleWorksFunds {\n      viewer {\n        person {\n          worksFunds {\n            total\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleExpenses {\n      viewer {\n        person {\n          councilMemberships {\n            nodes {\n              building {\n                expenseList {\n                  total\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleExpenses {\n      viewer {\n        person {\n          councilMemberships {\n            nodes {\n              building {\n                expenseList {\n                  total\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleDocuments {\n      viewer {\n        documents {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleDocuments {\n      viewer {\n        documents {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModulePhotos {\n      viewer {\n        photos {\n          nodes {\n            caption\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModulePhotos {\n      viewer {\n        photos {\n          nodes {\n            caption\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleNewsFeed {\n      viewer {\n        newsItems {\n          title\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleNewsFeed {\n      viewer {\n        newsItems {\n          title\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleAnnouncements {\n      viewer {\n        announcements {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleAnnouncements {\n      viewer {\n        announcements {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModulePartners {\n      partners {\n        nodes {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModulePartners {\n      partners {\n        nodes {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SettingsModuleRequests {\n      viewer {\n        requests {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SettingsModuleRequests {\n      viewer {\n        requests {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SettingsModuleTickets {\n      setTicketStatus(input: { ticketId: \"not-a-ticket\", status: DONE }) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation SettingsModuleTickets {\n      setTicketStatus(input: { ticketId: \"not-a-ticket\", status: DONE }) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenCreate($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(input: { name: $name, scopes: [PORTFOLIO_READ], expiresAt: $expiresAt }) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokenCreate($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(input: { name: $name, scopes: [PORTFOLIO_READ], expiresAt: $expiresAt }) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenList {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenList {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenBuildings {\n    buildings {\n      nodes {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenBuildings {\n    buildings {\n      nodes {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkPeopleFiltered($buildingId: ID, $role: PersonRole, $hasAccess: Boolean, $first: Int) {\n    people(buildingId: $buildingId, role: $role, hasAccess: $hasAccess, first: $first) {\n      totalCount\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          isEnabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkPeopleFiltered($buildingId: ID, $role: PersonRole, $hasAccess: Boolean, $first: Int) {\n    people(buildingId: $buildingId, role: $role, hasAccess: $hasAccess, first: $first) {\n      totalCount\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          isEnabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkEnable($personIds: [ID!]!) {\n    enableExtranetAccessInBulk(personIds: $personIds) {\n      grants {\n        identifier\n        temporaryPassword\n        person {\n          displayName\n          extranetAccess {\n            isEnabled\n            mustChangePassword\n          }\n        }\n      }\n      lettersPdfBase64\n    }\n  }\n"): (typeof documents)["\n  mutation BulkEnable($personIds: [ID!]!) {\n    enableExtranetAccessInBulk(personIds: $personIds) {\n      grants {\n        identifier\n        temporaryPassword\n        person {\n          displayName\n          extranetAccess {\n            isEnabled\n            mustChangePassword\n          }\n        }\n      }\n      lettersPdfBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkDisable($personIds: [ID!]!) {\n    disableExtranetAccess(personIds: $personIds) {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation BulkDisable($personIds: [ID!]!) {\n    disableExtranetAccess(personIds: $personIds) {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollaboratorAdd($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      identifier\n      temporaryPassword\n      emailedTo\n      letterPdfBase64\n      person {\n        id\n        displayName\n        civility\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CollaboratorAdd($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      identifier\n      temporaryPassword\n      emailedTo\n      letterPdfBase64\n      person {\n        id\n        displayName\n        civility\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaboratorList {\n    collaborators(first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollaboratorList {\n    collaborators(first: 50) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollaboratorRemove($personId: ID!) {\n    removeCollaborator(personId: $personId) {\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation CollaboratorRemove($personId: ID!) {\n    removeCollaborator(personId: $personId) {\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaboratorViewerCan {\n    viewer {\n      can {\n        manageCollaborators\n        manageApiTokens\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollaboratorViewerCan {\n    viewer {\n      can {\n        manageCollaborators\n        manageApiTokens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollaboratorToken($name: String!) {\n    createApiToken(input: { name: $name, scopes: [PEOPLE_READ] }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation CollaboratorToken($name: String!) {\n    createApiToken(input: { name: $name, scopes: [PEOPLE_READ] }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CollaboratorChangePassword($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-1\" }) {\n          mustChangePassword\n        }\n      }\n    "): (typeof documents)["\n      mutation CollaboratorChangePassword($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-1\" }) {\n          mustChangePassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CollaboratorRemoveChange($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-2\" }) {\n          mustChangePassword\n        }\n      }\n    "): (typeof documents)["\n      mutation CollaboratorRemoveChange($current: String!) {\n        changePassword(input: { currentPassword: $current, newPassword: \"Nouveau-Gestion-2\" }) {\n          mustChangePassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByExternalIdLookup($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n      displayName\n      externalId\n    }\n  }\n"): (typeof documents)["\n  query PersonByExternalIdLookup($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n      displayName\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonImportUpsert($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation PersonImportUpsert($persons: [PersonInput!]!) {\n    upsertPersons(persons: $persons) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation PersonImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonImportPeople($search: String) {\n    people(search: $search, first: 10) {\n      nodes {\n        externalId\n        civility\n        displayName\n        emails\n        phones\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonImportPeople($search: String) {\n    people(search: $search, first: 10) {\n      nodes {\n        externalId\n        civility\n        displayName\n        emails\n        phones\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonImportOwn {\n    viewer {\n      person {\n        displayName\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonImportOwn {\n    viewer {\n      person {\n        displayName\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordViewer {\n    viewer {\n      identifier\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query PasswordViewer {\n    viewer {\n      identifier\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"): (typeof documents)["\n  mutation PasswordRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"): (typeof documents)["\n  mutation PasswordReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PasswordViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PasswordViewerPerson {\n              viewer {\n                person {\n                  displayName\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PasswordViewerSpaces {\n              viewer {\n                spaces\n              }\n            }\n          "): (typeof documents)["\n            query PasswordViewerSpaces {\n              viewer {\n                spaces\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PasswordPreferences {\n              updateMyPreferences(notifyNewDocuments: false) {\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            mutation PasswordPreferences {\n              updateMyPreferences(notifyNewDocuments: false) {\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PasswordSpace {\n              viewer {\n                spaces\n                person {\n                  displayName\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PasswordSpace {\n              viewer {\n                spaces\n                person {\n                  displayName\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PasswordIssue($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          identifier\n          temporaryPassword\n          person {\n            displayName\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PasswordIssue($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          identifier\n          temporaryPassword\n          person {\n            displayName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PasswordPeople($s: String) {\n          people(search: $s) {\n            nodes {\n              id\n              displayName\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PasswordPeople($s: String) {\n          people(search: $s) {\n            nodes {\n              id\n              displayName\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PasswordBrouilly {\n          people(search: \"brouilly\") {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PasswordBrouilly {\n          people(search: \"brouilly\") {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PasswordIssueRefused($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          temporaryPassword\n        }\n      }\n    "): (typeof documents)["\n      mutation PasswordIssueRefused($id: ID!) {\n        issueTemporaryPassword(personId: $id) {\n          temporaryPassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearchNames($search: String, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearchNames($search: String, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        displayName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearchCounted($search: String, $first: Int, $after: String, $role: PersonRole) {\n    people(search: $search, first: $first, after: $after, role: $role) {\n      totalCount\n      nodes {\n        displayName\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearchCounted($search: String, $first: Int, $after: String, $role: PersonRole) {\n    people(search: $search, first: $first, after: $after, role: $role) {\n      totalCount\n      nodes {\n        displayName\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearchBuildings($search: String) {\n    buildings(search: $search) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearchBuildings($search: String) {\n    buildings(search: $search) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAbuseRequest($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"): (typeof documents)["\n  mutation ResetAbuseRequest($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAbuseReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"): (typeof documents)["\n  mutation ResetAbuseReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAbuseChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAbuseChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAbuseDisable($ids: [ID!]!) {\n    disableExtranetAccess(personIds: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAbuseDisable($ids: [ID!]!) {\n    disableExtranetAccess(personIds: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n"): (typeof documents)["\n  query ResetLinkStatus($token: String!) {\n    passwordResetLinkStatus(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetLinkRequest($identifier: String!) {\n    requestPasswordReset(identifier: $identifier)\n  }\n"): (typeof documents)["\n  mutation ResetLinkRequest($identifier: String!) {\n    requestPasswordReset(identifier: $identifier)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetLinkReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetLinkReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n        displayName\n        mustChangePassword\n        spaces\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n        displayName\n        mustChangePassword\n        spaces\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInViewer {\n    viewer {\n      identifier\n      mustChangePassword\n      person {\n        displayName\n      }\n      spaces\n    }\n  }\n"): (typeof documents)["\n  query SignInViewer {\n    viewer {\n      identifier\n      mustChangePassword\n      person {\n        displayName\n      }\n      spaces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SignInBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SignInBuildings {\n              buildings {\n                nodes {\n                  code\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SignInLogout {\n              logout\n            }\n          "): (typeof documents)["\n            mutation SignInLogout {\n              logout\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemporaryPasswordIssue($id: ID!, $delivery: TemporaryPasswordDelivery) {\n    issueTemporaryPassword(personId: $id, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n"): (typeof documents)["\n  mutation TemporaryPasswordIssue($id: ID!, $delivery: TemporaryPasswordDelivery) {\n    issueTemporaryPassword(personId: $id, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemporaryPasswordLetter($id: ID!) {\n    issueTemporaryPassword(personId: $id) {\n      identifier\n      temporaryPassword\n      letterPdfBase64\n    }\n  }\n"): (typeof documents)["\n  mutation TemporaryPasswordLetter($id: ID!) {\n    issueTemporaryPassword(personId: $id) {\n      identifier\n      temporaryPassword\n      letterPdfBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemporaryPasswordEnable($ids: [ID!]!, $delivery: TemporaryPasswordDelivery) {\n    enableExtranetAccess(personIds: $ids, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n"): (typeof documents)["\n  mutation TemporaryPasswordEnable($ids: [ID!]!, $delivery: TemporaryPasswordDelivery) {\n    enableExtranetAccess(personIds: $ids, delivery: $delivery) {\n      identifier\n      temporaryPassword\n      emailedTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleLogin($i: String!, $p: String!) {\n    login(identifier: $i, password: $p) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"): (typeof documents)["\n  mutation ThrottleRequestReset($i: String!) {\n    requestPasswordReset(identifier: $i)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"): (typeof documents)["\n  mutation ThrottleReset($t: String!, $p: String!) {\n    resetPassword(input: { token: $t, newPassword: $p })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanAll {\n    viewer {\n      can {\n        managePortfolio\n        readAccounts\n        readWorksFunds\n        readExpenseLists\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanAll {\n    viewer {\n      can {\n        managePortfolio\n        readAccounts\n        readWorksFunds\n        readExpenseLists\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanStatement {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n              closingBalance\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanStatement {\n    viewer {\n      person {\n        accounts {\n          nodes {\n            statement(from: \"2026-01-01\", to: \"2026-12-31\") {\n              closingBalance\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertLeasesBatch($rows: [LeaseInput!]!) {\n    upsertLeases(leases: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertLeasesBatch($rows: [LeaseInput!]!) {\n    upsertLeases(leases: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpsertLeasesMine {\n    viewer {\n      person {\n        leases {\n          nodes {\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpsertLeasesMine {\n    viewer {\n      person {\n        leases {\n          nodes {\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertMandatesBatch($rows: [ManagementMandateInput!]!) {\n    upsertManagementMandates(mandates: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertMandatesBatch($rows: [ManagementMandateInput!]!) {\n    upsertManagementMandates(mandates: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpsertMandatesMine {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            lots {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpsertMandatesMine {\n    viewer {\n      person {\n        mandates {\n          nodes {\n            lots {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTestKinds {\n    importKinds {\n      kind\n      template\n      columns {\n        header\n        format\n        isRequired\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportTestKinds {\n    importKinds {\n      kind\n      template\n      columns {\n        header\n        format\n        isRequired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTestPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      lineCount\n      isCommittable\n      result {\n        received\n        created\n        updated\n        unchanged\n      }\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportTestPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      lineCount\n      isCommittable\n      result {\n        received\n        created\n        updated\n        unchanged\n      }\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTestCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTestCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingStructure($entities: [EntityInput!]!, $buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertEntities(entities: $entities) {\n      created\n    }\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingStructure($entities: [EntityInput!]!, $buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertEntities(entities: $entities) {\n      created\n    }\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      isCommittable\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingPreview($kind: ImportKind!, $csv: String!) {\n    previewImport(kind: $kind, csv: $csv) {\n      isCommittable\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingCommit($kind: ImportKind!, $csv: String!) {\n    commitImport(kind: $kind, csv: $csv) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingPerson($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OnboardingPerson($externalId: String!) {\n    personByExternalId(externalId: $externalId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingEnable($ids: [ID!]!) {\n    enableExtranetAccess(personIds: $ids) {\n      identifier\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingMyLots {\n    viewer {\n      person {\n        ownerships(first: 20) {\n          edges {\n            node {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingMyLots {\n    viewer {\n      person {\n        ownerships(first: 20) {\n          edges {\n            node {\n              lot {\n                code\n                shares {\n                  shares\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingPageDetail($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            shares {\n              shares\n              allocationKey {\n                code\n                totalShares\n              }\n            }\n            ownerships {\n              nodes {\n                isActive\n                person {\n                  id\n                  displayName\n                }\n                account {\n                  number\n                }\n              }\n            }\n            leases {\n              nodes {\n                isActive\n                tenant {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n        }\n        council(first: 50) {\n          nodes {\n            role\n            isActive\n            person {\n              id\n              displayName\n            }\n          }\n        }\n        worksFund {\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingPageDetail($id: ID!) {\n    node(id: $id) {\n      ... on Building {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            shares {\n              shares\n              allocationKey {\n                code\n                totalShares\n              }\n            }\n            ownerships {\n              nodes {\n                isActive\n                person {\n                  id\n                  displayName\n                }\n                account {\n                  number\n                }\n              }\n            }\n            leases {\n              nodes {\n                isActive\n                tenant {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n        }\n        council(first: 50) {\n          nodes {\n            role\n            isActive\n            person {\n              id\n              displayName\n            }\n          }\n        }\n        worksFund {\n          total\n          lots {\n            lot {\n              code\n            }\n            total\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingSearchLiteral($search: String) {\n    buildings(search: $search, first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingSearchLiteral($search: String) {\n    buildings(search: $search, first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCards($space: Space!) {\n    viewer {\n      contacts(space: $space) {\n        kind\n        name\n        email\n        phone\n        agencyName\n        buildings {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactCards($space: Space!) {\n    viewer {\n      contacts(space: $space) {\n        kind\n        name\n        email\n        phone\n        agencyName\n        buildings {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPersonNode($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        emails\n        phones\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactPersonNode($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        displayName\n        emails\n        phones\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName\n        emails\n        ownerships(first: 50) {\n          nodes {\n            lot {\n              code\n              type\n              building {\n                code\n                name\n              }\n              shares {\n                shares\n                allocationKey {\n                  code\n                  totalShares\n                }\n              }\n            }\n            account {\n              number\n              balance\n              position {\n                amount\n                direction\n              }\n              lastPayment {\n                date\n                amount\n              }\n              nextCall {\n                date\n                amount\n              }\n            }\n          }\n        }\n        accounts(first: 50) {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName\n        emails\n        ownerships(first: 50) {\n          nodes {\n            lot {\n              code\n              type\n              building {\n                code\n                name\n              }\n              shares {\n                shares\n                allocationKey {\n                  code\n                  totalShares\n                }\n              }\n            }\n            account {\n              number\n              balance\n              position {\n                amount\n                direction\n              }\n              lastPayment {\n                date\n                amount\n              }\n              nextCall {\n                date\n                amount\n              }\n            }\n          }\n        }\n        accounts(first: 50) {\n          nodes {\n            number\n            balance\n            position {\n              amount\n              direction\n            }\n            lastPayment {\n              date\n              amount\n            }\n            nextCall {\n              date\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) {\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          identifier\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) {\n      nodes {\n        displayName\n        roles\n        extranetAccess {\n          identifier\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotImportSetup($buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation LotImportSetup($buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      created\n    }\n    upsertAllocationKeys(keys: $keys) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotImportLots($lots: [LotInput!]!) {\n    upsertLots(lots: $lots) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation LotImportLots($lots: [LotInput!]!) {\n    upsertLots(lots: $lots) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotImportTotals($search: String) {\n    buildings(search: $search, first: 1) {\n      nodes {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            type\n            floor\n            surface\n            rooms\n            shares {\n              shares\n              allocationKey {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LotImportTotals($search: String) {\n    buildings(search: $search, first: 1) {\n      nodes {\n        code\n        allocationKeys {\n          code\n          totalShares\n        }\n        lots(first: 100) {\n          nodes {\n            code\n            type\n            floor\n            surface\n            rooms\n            shares {\n              shares\n              allocationKey {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LotImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortfolioImportEntities($entities: [EntityInput!]!) {\n    upsertEntities(entities: $entities) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation PortfolioImportEntities($entities: [EntityInput!]!) {\n    upsertEntities(entities: $entities) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortfolioImportBuildings($buildings: [BuildingInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation PortfolioImportBuildings($buildings: [BuildingInput!]!) {\n    upsertBuildings(buildings: $buildings) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortfolioImportKeys($keys: [AllocationKeyInput!]!) {\n    upsertAllocationKeys(keys: $keys) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation PortfolioImportKeys($keys: [AllocationKeyInput!]!) {\n    upsertAllocationKeys(keys: $keys) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioImportRead($search: String) {\n    buildings(search: $search, first: 5) {\n      nodes {\n        code\n        name\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n        syndicate {\n          code\n          name\n          iban\n          bic\n        }\n        allocationKeys {\n          code\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioImportRead($search: String) {\n    buildings(search: $search, first: 5) {\n      nodes {\n        code\n        name\n        postalAddress {\n          line1\n          line2\n          postalCode\n          city\n        }\n        syndicate {\n          code\n          name\n          iban\n          bic\n        }\n        allocationKeys {\n          code\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortfolioImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation PortfolioImportToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertCouncilBatch($rows: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertCouncilBatch($rows: [CouncilMembershipInput!]!) {\n    upsertCouncilMemberships(memberships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpsertCouncilMyBuilding {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            role\n            isActive\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpsertCouncilMyBuilding {\n    viewer {\n      person {\n        councilMemberships {\n          nodes {\n            role\n            isActive\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertOwnershipsBatch($rows: [OwnershipInput!]!) {\n    upsertOwnerships(ownerships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertOwnershipsBatch($rows: [OwnershipInput!]!) {\n    upsertOwnerships(ownerships: $rows) {\n      received\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpsertOwnershipsMyLots {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n        accounts {\n          nodes {\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpsertOwnershipsMyLots {\n    viewer {\n      person {\n        ownerships {\n          nodes {\n            id\n            isActive\n            lot {\n              code\n            }\n          }\n        }\n        accounts {\n          nodes {\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertOwnershipsSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertOwnershipsSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {\n    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {\n      endDate\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestDemo {\n    chargeRegularisations(first: 10) {\n      nodes {\n        periodStart\n        periodEnd\n        periodDays\n        status\n        lot {\n          code\n        }\n        records {\n          tenant {\n            displayName\n          }\n          days\n          total\n          provisions\n          regularisation\n          instalments\n          currentMonthlyProvision\n          newMonthlyProvision\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestDemo {\n    chargeRegularisations(first: 10) {\n      nodes {\n        periodStart\n        periodEnd\n        periodDays\n        status\n        lot {\n          code\n        }\n        records {\n          tenant {\n            displayName\n          }\n          days\n          total\n          provisions\n          regularisation\n          instalments\n          currentMonthlyProvision\n          newMonthlyProvision\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestImportEntries($entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $entries) {\n      created\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestImportEntries($entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(entries: $entries) {\n      created\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestOwnerBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestOwnerBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestOwnerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestOwnerDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestOwnerNode($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestOwnerNode($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestOwnerBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestOwnerBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestBillStatement($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      status\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestBillStatement($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      id\n      status\n      statementPdfUrl\n      isStatementPublished\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestPreview($id: ID!) {\n    node(id: $id) {\n      ... on TenantRegularisation {\n        statementPdfUrl\n        isStatementPublished\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestPreview($id: ID!) {\n    node(id: $id) {\n      ... on TenantRegularisation {\n        statementPdfUrl\n        isStatementPublished\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestMyDocuments {\n    viewer {\n      documents(first: 100) {\n        nodes {\n          title\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestBinderRights($input: SetBinderRightsInput!) {\n    setBinderRights(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RequestMessage {\n        text\n        isInternal\n      }\n      ... on ClientRequest {\n        title\n      }\n      ... on RequestAttachment {\n        fileName\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestRightsNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RequestMessage {\n        text\n        isInternal\n      }\n      ... on ClientRequest {\n        title\n      }\n      ... on RequestAttachment {\n        fileName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        lot {\n          code\n          building {\n            code\n          }\n        }\n        author {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            text\n            isInternal\n            attachments {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestRightsNested($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        lot {\n          code\n          building {\n            code\n          }\n        }\n        author {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            text\n            isInternal\n            attachments {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRightsSeen($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestRightsSeen($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRightsCan {\n    viewer {\n      can {\n        openRequests\n        manageRequests\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestRightsCan {\n    viewer {\n      can {\n        openRequests\n        manageRequests\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSuppliers {\n    suppliers {\n      nodes {\n        name\n        isPartner\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestSuppliers {\n    suppliers {\n      nodes {\n        name\n        isPartner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTicketSwitchNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TestTicketSwitchNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTicketsCan {\n    viewer {\n      can {\n        manageTickets\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestTicketsCan {\n    viewer {\n      can {\n        manageTickets\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TestTicketNode($id: ID!) {\n              node(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query TestTicketNode($id: ID!) {\n              node(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyCreate($input: CreateGeneralAssemblyInput!) {\n    createGeneralAssembly(input: $input) {\n      id\n      postalVoteDeadline\n      attendance {\n        total {\n          count\n          shares\n        }\n      }\n      participants(first: 100) {\n        nodes {\n          id\n          displayName\n          shares\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyCreate($input: CreateGeneralAssemblyInput!) {\n    createGeneralAssembly(input: $input) {\n      id\n      postalVoteDeadline\n      attendance {\n        total {\n          count\n          shares\n        }\n      }\n      participants(first: 100) {\n        nodes {\n          id\n          displayName\n          shares\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyAddResolution($input: AddResolutionInput!) {\n    addResolution(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyAddResolution($input: AddResolutionInput!) {\n    addResolution(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssemblyReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        reportPublishedAt\n        minutesDocument {\n          id\n          title\n        }\n        attendanceSheetDocument {\n          id\n          title\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        report {\n          publishedAt\n          attendance {\n            absent {\n              count\n              shares\n            }\n            present {\n              count\n              shares\n            }\n            remote {\n              count\n              shares\n            }\n            represented {\n              count\n              shares\n            }\n            postal {\n              count\n              shares\n            }\n            total {\n              count\n              shares\n            }\n          }\n          remoteVoters\n          absentees\n          postalVoters {\n            displayName\n            postalFormReceivedOn\n            postalFormValid\n            attendanceText\n          }\n          represented {\n            displayName\n            proxyHolderName\n            attendanceText\n          }\n          arrivals {\n            displayName\n            resolutionNumber\n            time\n            status\n          }\n          departures {\n            displayName\n            resolutionNumber\n            time\n          }\n          resolutions {\n            verdict\n            articleLabel\n            hasSecondVote\n            resolution {\n              number\n            }\n            result {\n              decidingArticle\n              yes {\n                count\n                shares\n              }\n              no {\n                count\n                shares\n              }\n              absent {\n                count\n                shares\n              }\n              opponents\n              defaillants\n              secondVote {\n                article\n                adopted\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssemblyReport($id: ID!) {\n    node(id: $id) {\n      ... on GeneralAssembly {\n        title\n        reportPublishedAt\n        minutesDocument {\n          id\n          title\n        }\n        attendanceSheetDocument {\n          id\n          title\n        }\n        resolutions {\n          number\n          result {\n            outcome\n          }\n        }\n        report {\n          publishedAt\n          attendance {\n            absent {\n              count\n              shares\n            }\n            present {\n              count\n              shares\n            }\n            remote {\n              count\n              shares\n            }\n            represented {\n              count\n              shares\n            }\n            postal {\n              count\n              shares\n            }\n            total {\n              count\n              shares\n            }\n          }\n          remoteVoters\n          absentees\n          postalVoters {\n            displayName\n            postalFormReceivedOn\n            postalFormValid\n            attendanceText\n          }\n          represented {\n            displayName\n            proxyHolderName\n            attendanceText\n          }\n          arrivals {\n            displayName\n            resolutionNumber\n            time\n            status\n          }\n          departures {\n            displayName\n            resolutionNumber\n            time\n          }\n          resolutions {\n            verdict\n            articleLabel\n            hasSecondVote\n            resolution {\n              number\n            }\n            result {\n              decidingArticle\n              yes {\n                count\n                shares\n              }\n              no {\n                count\n                shares\n              }\n              absent {\n                count\n                shares\n              }\n              opponents\n              defaillants\n              secondVote {\n                article\n                adopted\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyPublishReport($id: ID!) {\n    publishAssemblyReport(assemblyId: $id) {\n      id\n      reportPublishedAt\n      minutesDocument {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyPublishReport($id: ID!) {\n    publishAssemblyReport(assemblyId: $id) {\n      id\n      reportPublishedAt\n      minutesDocument {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyReportAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyReportAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyReportPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyReportPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyReportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyReportVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblySetAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      attendance {\n        absent {\n          count\n          shares\n        }\n        present {\n          count\n          shares\n        }\n        represented {\n          count\n          shares\n        }\n        remote {\n          count\n          shares\n        }\n        postal {\n          count\n          shares\n        }\n        total {\n          count\n          shares\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblySetAttendance($input: SetAttendanceInput!) {\n    setAttendance(input: $input) {\n      attendance {\n        absent {\n          count\n          shares\n        }\n        present {\n          count\n          shares\n        }\n        represented {\n          count\n          shares\n        }\n        remote {\n          count\n          shares\n        }\n        postal {\n          count\n          shares\n        }\n        total {\n          count\n          shares\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      status\n      postalFormReceivedOn\n      postalFormValid\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {\n    recordPostalVote(input: $input) {\n      status\n      postalFormReceivedOn\n      postalFormValid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyRecordVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      number\n      result {\n        outcome\n        decidingArticle\n        members {\n          count\n          shares\n        }\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        absent {\n          count\n          shares\n        }\n        opponents\n        firstVote {\n          article\n          adopted\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyRecordVotes($input: RecordVotesInput!) {\n    recordVotes(input: $input) {\n      number\n      result {\n        outcome\n        decidingArticle\n        members {\n          count\n          shares\n        }\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        absent {\n          count\n          shares\n        }\n        opponents\n        firstVote {\n          article\n          adopted\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyUnanimous($input: RecordUnanimousVoteInput!) {\n    recordUnanimousVote(input: $input) {\n      result {\n        outcome\n        decidingArticle\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssemblyUnanimous($input: RecordUnanimousVoteInput!) {\n    recordUnanimousVote(input: $input) {\n      result {\n        outcome\n        decidingArticle\n        yes {\n          count\n          shares\n        }\n        no {\n          count\n          shares\n        }\n        secondVote {\n          article\n          adopted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildersViewer {\n    viewer {\n      identifier\n      spaces\n      person {\n        displayName\n        roles\n        ownerships {\n          nodes {\n            lot {\n              code\n            }\n            account {\n              number\n              balance\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildersViewer {\n    viewer {\n      identifier\n      spaces\n      person {\n        displayName\n        roles\n        ownerships {\n          nodes {\n            lot {\n              code\n            }\n            account {\n              number\n              balance\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildersNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BuildersNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BuildersPeople {\n          people {\n            nodes {\n              roles\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BuildersPeople {\n          people {\n            nodes {\n              roles\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      title\n      fileName\n      byteSize\n      publishedOn\n      expiresOn\n      isPublished\n      downloadUrl\n      sha256\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation TestPublishDocument($input: PublishDocumentInput!) {\n    publishDocument(input: $input) {\n      id\n      title\n      fileName\n      byteSize\n      publishedOn\n      expiresOn\n      isPublished\n      downloadUrl\n      sha256\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        module\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestBinders($space: Space!) {\n    viewer {\n      binders(space: $space) {\n        id\n        name\n        module\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateBinder($input: CreateBinderInput!) {\n    createBinder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetDocumentsPublished($ids: [ID!]!, $isPublished: Boolean!) {\n    setDocumentsPublished(documentIds: $ids, isPublished: $isPublished) {\n      id\n      isPublished\n    }\n  }\n"): (typeof documents)["\n  mutation TestSetDocumentsPublished($ids: [ID!]!, $isPublished: Boolean!) {\n    setDocumentsPublished(documentIds: $ids, isPublished: $isPublished) {\n      id\n      isPublished\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenPeople($s: String) {\n    people(search: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonOwnerships($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        ownerships {\n          nodes {\n            id\n            lot {\n              id\n              building {\n                id\n              }\n            }\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenPersonOwnerships($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        ownerships {\n          nodes {\n            id\n            lot {\n              id\n              building {\n                id\n              }\n            }\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonLeases($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        leases {\n          nodes {\n            id\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenPersonLeases($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        leases {\n          nodes {\n            id\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenPersonMandates($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        mandates {\n          nodes {\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenPersonMandates($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        mandates {\n          nodes {\n            account {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenBuildingIds {\n    buildings {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenBuildingIds {\n    buildings {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbiddenNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ForbiddenNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForbiddenSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-12-01\") {\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation ForbiddenSale($id: ID!) {\n    recordSale(ownershipId: $id, saleDate: \"2026-12-01\") {\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      viewer {\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPublishPhoto($input: PublishPhotoInput!) {\n    publishPhoto(input: $input) {\n      id\n      caption\n      fileName\n      contentType\n      byteSize\n      width\n      height\n      thumbnailWidth\n      thumbnailHeight\n      url\n      thumbnailUrl\n      building {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPublishPhoto($input: PublishPhotoInput!) {\n    publishPhoto(input: $input) {\n      id\n      caption\n      fileName\n      contentType\n      byteSize\n      width\n      height\n      thumbnailWidth\n      thumbnailHeight\n      url\n      thumbnailUrl\n      building {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeletePhotos($ids: [ID!]!) {\n    deletePhotos(photoIds: $ids)\n  }\n"): (typeof documents)["\n  mutation TestDeletePhotos($ids: [ID!]!) {\n    deletePhotos(photoIds: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegularisationTestRecord on TenantRegularisation {\n    id\n    tenant {\n      id\n      displayName\n      externalId\n    }\n    lease {\n      id\n    }\n    days\n    isDeparted\n    isSkipped\n    isCreditor\n    share\n    lines {\n      label\n      days\n      periodDays\n      share\n      totalAmount\n      amountDue\n    }\n    water {\n      label\n      indexStart\n      indexEnd\n      consumption\n      unitPrice\n      amountDue\n    }\n    chargesTotal\n    waterTotal\n    total\n    provisions\n    retained\n    regularisation\n    billedAmount\n    instalments\n    currentMonthlyProvision\n    newMonthlyProvision\n    status\n  }\n"): (typeof documents)["\n  fragment RegularisationTestRecord on TenantRegularisation {\n    id\n    tenant {\n      id\n      displayName\n      externalId\n    }\n    lease {\n      id\n    }\n    days\n    isDeparted\n    isSkipped\n    isCreditor\n    share\n    lines {\n      label\n      days\n      periodDays\n      share\n      totalAmount\n      amountDue\n    }\n    water {\n      label\n      indexStart\n      indexEnd\n      consumption\n      unitPrice\n      amountDue\n    }\n    chargesTotal\n    waterTotal\n    total\n    provisions\n    retained\n    regularisation\n    billedAmount\n    instalments\n    currentMonthlyProvision\n    newMonthlyProvision\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestCreate($input: CreateChargeRegularisationInput!) {\n    createChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      lot {\n        code\n        regularisedOn\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestCreate($input: CreateChargeRegularisationInput!) {\n    createChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      lot {\n        code\n        regularisedOn\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestCreateMany($inputs: [CreateChargeRegularisationInput!]!) {\n    createChargeRegularisations(inputs: $inputs) {\n      id\n      periodDays\n      lot {\n        code\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestCreateMany($inputs: [CreateChargeRegularisationInput!]!) {\n    createChargeRegularisations(inputs: $inputs) {\n      id\n      periodDays\n      lot {\n        code\n      }\n      records {\n        ...RegularisationTestRecord\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestUpdateRegularisation($input: UpdateChargeRegularisationInput!) {\n    updateChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      records {\n        ...RegularisationTestRecord\n        isProvisionsEntered\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestUpdateRegularisation($input: UpdateChargeRegularisationInput!) {\n    updateChargeRegularisation(input: $input) {\n      id\n      periodStart\n      periodEnd\n      periodDays\n      status\n      records {\n        ...RegularisationTestRecord\n        isProvisionsEntered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestUpdate($input: UpdateTenantRegularisationInput!) {\n    updateTenantRegularisation(input: $input) {\n      ...RegularisationTestRecord\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestUpdate($input: UpdateTenantRegularisationInput!) {\n    updateTenantRegularisation(input: $input) {\n      ...RegularisationTestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestValidate($ids: [ID!]!) {\n    validateTenantRegularisations(recordIds: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestValidate($ids: [ID!]!) {\n    validateTenantRegularisations(recordIds: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      ...RegularisationTestRecord\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestBill($ids: [ID!]!) {\n    billTenantRegularisations(recordIds: $ids) {\n      ...RegularisationTestRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestDelete($id: ID!) {\n    deleteChargeRegularisation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RegularisationTestDelete($id: ID!) {\n    deleteChargeRegularisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestList {\n    chargeRegularisations(first: 100) {\n      nodes {\n        id\n        status\n        records {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestList {\n    chargeRegularisations(first: 100) {\n      nodes {\n        id\n        status\n        records {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegularisationTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ChargeRegularisation {\n        periodDays\n      }\n      ... on TenantRegularisation {\n        regularisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegularisationTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ChargeRegularisation {\n        periodDays\n      }\n      ... on TenantRegularisation {\n        regularisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegularisationTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation RegularisationTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelationBatchToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation RelationBatchToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n      title\n      category\n      status\n      lot {\n        id\n        code\n      }\n      building {\n        id\n        code\n      }\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n      title\n      category\n      status\n      lot {\n        id\n        code\n      }\n      building {\n        id\n        code\n      }\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPostRequestMessage($input: PostRequestMessageInput!) {\n    postRequestMessage(input: $input) {\n      id\n      text\n      isInternal\n      author {\n        displayName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPostRequestMessage($input: PostRequestMessageInput!) {\n    postRequestMessage(input: $input) {\n      id\n      text\n      isInternal\n      author {\n        displayName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetRequestStatus($input: SetRequestStatusInput!) {\n    setRequestStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestSetRequestStatus($input: SetRequestStatusInput!) {\n    setRequestStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRequestThread($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        id\n        title\n        status\n        author {\n          displayName\n        }\n        assignee {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            id\n            text\n            isInternal\n            author {\n              displayName\n            }\n            attachments {\n              fileName\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestRequestThread($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        id\n        title\n        status\n        author {\n          displayName\n        }\n        assignee {\n          displayName\n        }\n        messages(first: 100) {\n          nodes {\n            id\n            text\n            isInternal\n            author {\n              displayName\n            }\n            attachments {\n              fileName\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMyRequests($status: RequestStatus, $first: Int, $after: String) {\n    viewer {\n      requests(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          status\n          messages(first: 100) {\n            nodes {\n              text\n              isInternal\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestMyRequests($status: RequestStatus, $first: Int, $after: String) {\n    viewer {\n      requests(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          title\n          status\n          messages(first: 100) {\n            nodes {\n              text\n              isInternal\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestInbox($status: RequestStatus, $buildingId: ID, $category: RequestCategory, $assigneeId: ID, $openedBefore: Date, $first: Int, $after: String) {\n    requests(status: $status, buildingId: $buildingId, category: $category, assigneeId: $assigneeId, openedBefore: $openedBefore, first: $first, after: $after) {\n      totalCount\n      countsByStatus {\n        status\n        count\n      }\n      nodes {\n        id\n        title\n        status\n        category\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestInbox($status: RequestStatus, $buildingId: ID, $category: RequestCategory, $assigneeId: ID, $openedBefore: Date, $first: Int, $after: String) {\n    requests(status: $status, buildingId: $buildingId, category: $category, assigneeId: $assigneeId, openedBefore: $openedBefore, first: $first, after: $after) {\n      totalCount\n      countsByStatus {\n        status\n        count\n      }\n      nodes {\n        id\n        title\n        status\n        category\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTestToken($name: String!, $scopes: [IntegratorScope!]!) {\n    createApiToken(input: { name: $name, scopes: $scopes }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n      isPartner\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateSupplier($input: SupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n      isPartner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      status\n      description\n      supplier {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      status\n      description\n      supplier {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestSetTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddTicketDocument($input: AddTicketDocumentInput!) {\n    addTicketDocument(input: $input) {\n      id\n      kind\n      fileName\n      amount\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation TestAddTicketDocument($input: AddTicketDocumentInput!) {\n    addTicketDocument(input: $input) {\n      id\n      kind\n      fileName\n      amount\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRequestTicket($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        ticket {\n          id\n          status\n          description\n          supplier {\n            name\n            trade\n          }\n          documents {\n            kind\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestRequestTicket($id: ID!) {\n    node(id: $id) {\n      ... on ClientRequest {\n        ticket {\n          id\n          status\n          description\n          supplier {\n            name\n            trade\n          }\n          documents {\n            kind\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPartners {\n    partners {\n      nodes {\n        name\n        trade\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPartners {\n    partners {\n      nodes {\n        name\n        trade\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;