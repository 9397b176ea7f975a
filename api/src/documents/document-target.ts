import { and, eq } from 'drizzle-orm';
import { anyOf } from '../auth/scope-helpers';
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
 * The targets of new documents (manual: an event "concerne" a tiers, a lot, a building; loi ÉLAN's
 * agency-wide documents): exactly one each, of the writer's agency (UNKNOWN_REFERENCE otherwise, in
 * the same words whether it is another agency's or nobody's), agency-wide only in "Documents du
 * syndic", a lease only in a gérance binder (a lease is the tenant's). One existence check per
 * kind of target whatever the number of documents; `fieldOf` names an item's field in errors.
 */
export async function resolveTargets(
  tx: Executor,
  agencyId: string,
  items: readonly { binder: BinderRow; target: DocumentTargetInput }[],
  fieldOf: (index: number, field: string) => string,
): Promise<TargetColumns[]> {
  const wanted = new Map<(typeof KINDS)[number], Set<string>>();
  const resolved = items.map(({ binder, target }, index) => {
    const given = [...KINDS.map(([field]) => field), 'agencyWide' as const].filter((field) => target[field] != null);
    if (given.length !== 1) throw badInput(fieldOf(index, 'target'), 'INVALID_TARGET', 'Give exactly one target');
    const columns: TargetColumns = { personId: null, accountId: null, leaseId: null, lotId: null, buildingId: null, agencyWide: null };
    if (target.agencyWide) {
      if (binder.key !== 'SYNDIC_DOCUMENTS') throw badInput(fieldOf(index, 'target.agencyWide'), 'INVALID_TARGET', 'Agency-wide documents go in "Documents du syndic"');
      columns.agencyWide = target.agencyWide;
      return { columns, kind: null };
    }
    const kind = KINDS.find(([name]) => target[name] != null)!;
    const [field, type] = kind;
    if (field === 'leaseId' && binder.module !== 'GERANCE') throw badInput(fieldOf(index, 'target.leaseId'), 'INVALID_TARGET', 'A lease is a gérance target');
    const id = expectGlobalId(target[field]!, type, fieldOf(index, `target.${field}`));
    columns[field] = id;
    wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
    return { columns, kind };
  });
  const found = new Map<(typeof KINDS)[number], Set<string>>();
  for (const [kind, ids] of wanted) {
    const t = kind[2] as unknown as PgTable & { agencyId: typeof persons.agencyId; id: typeof persons.id };
    const rows = await tx
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.agencyId, agencyId), anyOf(t.id, [...ids])));
    found.set(kind, new Set(rows.map((row) => row.id)));
  }
  return resolved.map(({ columns, kind }, index) => {
    if (kind && !found.get(kind)!.has(columns[kind[0]]!)) throw badInput(fieldOf(index, `target.${kind[0]}`), 'UNKNOWN_REFERENCE', 'Nothing of that id in the agency');
    return columns;
  });
}
