import { sql, type Column, type SQL } from 'drizzle-orm';
import { accounts, councilMemberships, documents, identities, leases, managementMandates, ownerships } from './schema';
import { agencyToday } from './calendar';

/**
 * "A current relation", one definition per relation, used by the actor, the row scopes, the
 * roles and the access automations alike. A relation ending today is over (the end date is the
 * last day of the previous holder; a sale or departure dated in the future is not yet effective).
 */
function endsAfterToday(end: Column): SQL {
  return sql`(${end} IS NULL OR ${end} > current_date)`;
}

/** The co-owner still holds the lot (no sale, or a sale dated after today). */
export const isCurrentOwnership: SQL = endsAfterToday(ownerships.endDate);
/** The tenant has not left: a tenant under notice is still the tenant until the departure date. */
export const isCurrentLease: SQL = endsAfterToday(leases.departureDate);
export const isCurrentMandate: SQL = endsAfterToday(managementMandates.endDate);
export const isCurrentCouncilSeat: SQL = endsAfterToday(councilMemberships.endDate);

/**
 * Switch-offs dated in the future (a sale or departure recorded ahead, issue 13): the flag stays
 * on and a due date is kept beside it; every read asks "on, and not yet due", so the switch takes
 * effect on that date at the next request with no job to run.
 */
function onAndNotDue(flag: Column, dueDate: Column): SQL {
  return sql`(${flag} AND (${dueDate} IS NULL OR ${dueDate} > current_date))`;
}

/** The account is published to its client today. */
export const isPublishedToClient: SQL = onAndNotDue(accounts.isPublished, accounts.unpublishedFrom);
/** The client's extranet access is on today. */
export const isAccessOn: SQL = onAndNotDue(identities.isEnabled, identities.disabledFrom);

/**
 * A document is shown today: published, its first day reached and its expiry (the first day it is
 * no longer shown) not yet. Read per request, so an expiry or a publication date in the future
 * takes effect on its day with no job (manual: "Durée de publication en mois").
 */
export const isDocumentShownToday: SQL = sql`(${documents.isPublished} AND ${documents.publishedOn} <= current_date AND (${documents.expiresOn} IS NULL OR ${documents.expiresOn} > current_date))`;

/** The same test on a loaded row (a due date as 'YYYY-MM-DD'), for reads that hold the row already. */
export function isOnToday(flag: boolean, dueDate: string | null, today: string = agencyToday()): boolean {
  return flag && (dueDate === null || dueDate > today);
}
