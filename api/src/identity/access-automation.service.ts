import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/client';
import { accounts, leases, managementMandates, ownerships, staffMembers } from '../db/schema';
import { switchOffAccessFrom, type DueSwitchOff } from './access.service';

/** A relation that ends (a sale, a notice, a departure) on `date`, with the account tied to it. */
export interface RelationEnd {
  personId: string;
  accountId: string | null;
  /** The sale, notice or departure date: the switch-off takes effect on it (today or later). */
  date: string;
  /** The relation itself, left out of "another relation" (a lease under notice is still current). */
  ownershipId?: string;
  leaseId?: string;
}

/**
 * Manual, "Inactiver uniquement les comptes...": at a tenant's notice or departure, or a seller's
 * sale (each per agency setting, which the caller applies), the account tied to that relation is
 * unpublished unless another relation still uses it, and the client's access goes off unless
 * another relation or a staff seat still justifies it (a tenant who is also a co-owner keeps the
 * syndic space).
 *
 * Dates (issue 13): both happen from the relation's end date, not before. "Another relation" is
 * one still current on the later of that date and today; a switch-off dated today or earlier is
 * applied at once (sessions revoked), one dated later is stored as a due date beside the flag
 * (`accounts.unpublished_from`, `identities.disabled_from`) that every read compares with the day
 * (db/current.ts), so it takes effect on that date at the client's next request with no job.
 *
 * Set-based: three statements whatever the number of relations ending (a batch of 5 000 sales).
 */
export async function switchOffAfterRelationsEnd(tx: Executor, agencyId: string, ends: readonly RelationEnd[]): Promise<void> {
  if (ends.length === 0) return;
  const events = JSON.stringify(
    ends.map((end) => ({ person_id: end.personId, account_id: end.accountId, date: end.date, ownership_id: end.ownershipId ?? null, lease_id: end.leaseId ?? null })),
  );
  // "Still current on day d": the same definition as db/current.ts, at d = greatest(end date, today).
  const result = await tx.execute(sql`
    WITH ev AS (
      SELECT e.*, greatest(e.date, current_date) AS d
      FROM json_to_recordset(${events}::json) AS e(person_id uuid, account_id uuid, date date, ownership_id uuid, lease_id uuid)
    ),
    account_due AS (
      SELECT ev.account_id, max(ev.date) AS date FROM ev
      WHERE ev.account_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM ${ownerships} o WHERE o.agency_id = ${agencyId} AND o.account_id = ev.account_id
                        AND o.id IS DISTINCT FROM ev.ownership_id AND (o.end_date IS NULL OR o.end_date > ev.d))
        AND NOT EXISTS (SELECT 1 FROM ${leases} l WHERE l.agency_id = ${agencyId} AND l.account_id = ev.account_id
                        AND l.id IS DISTINCT FROM ev.lease_id AND (l.departure_date IS NULL OR l.departure_date > ev.d))
        AND NOT EXISTS (SELECT 1 FROM ${managementMandates} m WHERE m.agency_id = ${agencyId} AND m.account_id = ev.account_id
                        AND (m.end_date IS NULL OR m.end_date > ev.d))
      GROUP BY ev.account_id
    ),
    person_due AS (
      SELECT ev.person_id, max(ev.date) AS date FROM ev
      WHERE NOT EXISTS (SELECT 1 FROM ${ownerships} o WHERE o.agency_id = ${agencyId} AND o.person_id = ev.person_id
                        AND o.id IS DISTINCT FROM ev.ownership_id AND (o.end_date IS NULL OR o.end_date > ev.d))
        AND NOT EXISTS (SELECT 1 FROM ${leases} l WHERE l.agency_id = ${agencyId} AND l.tenant_person_id = ev.person_id
                        AND l.id IS DISTINCT FROM ev.lease_id AND (l.departure_date IS NULL OR l.departure_date > ev.d))
        AND NOT EXISTS (SELECT 1 FROM ${managementMandates} m WHERE m.agency_id = ${agencyId} AND m.owner_person_id = ev.person_id
                        AND (m.end_date IS NULL OR m.end_date > ev.d))
        AND NOT EXISTS (SELECT 1 FROM ${staffMembers} s WHERE s.agency_id = ${agencyId} AND s.person_id = ev.person_id)
      GROUP BY ev.person_id
    )
    SELECT (SELECT coalesce(json_agg(json_build_object('id', account_id, 'date', date)), '[]') FROM account_due) AS accounts,
           (SELECT coalesce(json_agg(json_build_object('personId', person_id, 'date', date)), '[]') FROM person_due) AS persons`);
  const [row] = rowsOf<{ accounts: unknown; persons: unknown }>(result);
  const json = <T>(value: unknown): T[] => (typeof value === 'string' ? (JSON.parse(value) as T[]) : (value as T[]));
  const dueAccounts = json<{ id: string; date: string }>(row?.accounts ?? '[]');
  const duePersons = json<DueSwitchOff>(row?.persons ?? '[]');
  if (dueAccounts.length) await unpublishAccountsFrom(tx, agencyId, dueAccounts);
  await switchOffAccessFrom(tx, agencyId, duePersons);
}

/** Unpublishes accounts on their date: at once when it is today or past, else from that date. */
async function unpublishAccountsFrom(tx: Executor, agencyId: string, due: readonly { id: string; date: string }[]): Promise<void> {
  await tx.execute(sql`
    UPDATE ${accounts} SET
      is_published = CASE WHEN due.date <= current_date THEN false ELSE ${accounts.isPublished} END,
      unpublished_from = CASE WHEN due.date <= current_date THEN NULL ELSE due.date END
    FROM json_to_recordset(${JSON.stringify(due)}::json) AS due(id uuid, date date)
    WHERE ${accounts.agencyId} = ${agencyId} AND ${accounts.id} = due.id`);
}
