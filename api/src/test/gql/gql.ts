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
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n": typeof types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n": typeof types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n": typeof types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n": typeof types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n": typeof types.StatementPageDocument,
    "\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n": typeof types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n": typeof types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n": typeof types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n": typeof types.StatementAccountNodeDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n": typeof types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n": typeof types.HomeStatementsPeopleDocument,
    "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n": typeof types.HarnessLoginDocument,
};
const documents: Documents = {
    "\n  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {\n    viewer { person { mandates { nodes { account {\n      number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation\n        entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } }\n  }\n": types.StatementOwnerAccountDocument,
    "\n  query StatementBalanceHistory {\n    viewer { person { mandates { nodes { account { balanceHistory(from: \"2020-01-01\", to: \"2020-12-31\") { date balance } } } } } }\n  }\n": types.StatementBalanceHistoryDocument,
    "\n  mutation StatementImport($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }\n": types.StatementImportDocument,
    "\n  query StatementTenant($from: Date!, $to: Date!) {\n    viewer { person { accounts { nodes { statement(from: $from, to: $to) { entries { nodes { label entryCount } } } } } } }\n  }\n": types.StatementTenantDocument,
    "\n  query StatementPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Account { statement(from: \"2000-01-01\", to: \"2030-12-31\") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } }\n  }\n": types.StatementPageDocument,
    "\n  query StatementClientAccounts { viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }\n": types.StatementClientAccountsDocument,
    "\n  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) { setAccountsPublished(accountIds: $ids, isPublished: $isPublished) { isPublished } }\n": types.StatementPublishDocument,
    "\n  query StatementNodeId($id: ID!) { node(id: $id) { id } }\n": types.StatementNodeIdDocument,
    "\n  query StatementAccountNode($id: ID!) { node(id: $id) { ... on Account { number balance } } }\n": types.StatementAccountNodeDocument,
    "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n": types.HomeStatementsHomeDocument,
    "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n": types.HomeStatementsPeopleDocument,
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
export function graphql(source: "\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeStatementsHome {\n    viewer {\n      spaces\n      person {\n        displayName emails\n        ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }\n        accounts(first: 50) { nodes { number balance } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n"): (typeof documents)["\n  query HomeStatementsPeople {\n    people(search: \"e\", first: 50) { nodes { displayName roles extranetAccess { identifier } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n"): (typeof documents)["\n  mutation HarnessLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) { viewer { identifier } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;