import { and, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { accounts, buildings, leases, lots, persons } from '../db/schema';
import { badInput } from '../graphql/errors';
import { expectGlobalId, type NodeTypeName } from '../graphql/node';
import type { BinderRow } from './binder-list.service';
import type { DocumentTargetInput } from './document.types';

/** The target columns of a document row: exactly one is set. */
export interface TargetColumns {
  personId: string | null;
  accountId: string | null;
  leaseId: string | null;
  lotId: string | null;
  buildingId: string | null;
  agencyWide: 'COUNCILS' | 'ALL_COOWNERS' | null;
}

const KINDS = [
  ['personId', 'Person', persons],
  ['accountId', 'Account', accounts],
  ['leaseId', 'Lease', leases],
  ['lotId', 'Lot', lots],
  ['buildingId', 'Building', buildings],
] as const satisfies readonly [keyof TargetColumns, NodeTypeName, PgTable & { agencyId: unknown; id: unknown }][];

/**
 * The target of a new document (manual: an event "concerne" a tiers, a lot, a building; loi ÉLAN's
 * agency-wide documents): exactly one, of the writer's agency (UNKNOWN_REFERENCE otherwise, in the
 * same words whether it is another agency's or nobody's), agency-wide only in "Documents du
 * syndic", a lease only in a gérance binder (a lease is the tenant's).
 */
export async function resolveTarget(tx: Executor, agencyId: string, binder: BinderRow, target: DocumentTargetInput): Promise<TargetColumns> {
  const given = [...KINDS.map(([field]) => field), 'agencyWide' as const].filter((field) => target[field] != null);
  if (given.length !== 1) throw badInput('target', 'INVALID_TARGET', 'Give exactly one target');
  const columns: TargetColumns = { personId: null, accountId: null, leaseId: null, lotId: null, buildingId: null, agencyWide: null };
  if (target.agencyWide) {
    if (binder.key !== 'SYNDIC_DOCUMENTS') throw badInput('target.agencyWide', 'INVALID_TARGET', 'Agency-wide documents go in "Documents du syndic"');
    columns.agencyWide = target.agencyWide;
    return columns;
  }
  const [field, type, table] = KINDS.find(([name]) => target[name] != null)!;
  if (field === 'leaseId' && binder.module !== 'GERANCE') throw badInput('target.leaseId', 'INVALID_TARGET', 'A lease is a gérance target');
  const id = expectGlobalId(target[field]!, type, `target.${field}`);
  const t = table as unknown as PgTable & { agencyId: typeof persons.agencyId; id: typeof persons.id };
  const [row] = await tx
    .select({ found: sql<number>`1` })
    .from(t)
    .where(and(eq(t.agencyId, agencyId), eq(t.id, id)));
  if (!row) throw badInput(`target.${field}`, 'UNKNOWN_REFERENCE', 'Nothing of that id in the agency');
  columns[field] = id;
  return columns;
}
