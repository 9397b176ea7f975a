import { sql, type Column, type SQL } from 'drizzle-orm';
import { councilMemberships, leases, managementMandates, ownerships } from './schema';

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
