import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accounts, assemblyParticipants, assemblyParticipantShares, generalAssemblies, lotShares, lots, ownerships, persons } from '../db/schema';
import type { AssemblyRow } from './assembly-state';
import { assemblyDay } from './engine/postal-deadline';

// No GraphQL here: the demo data (seeded before the schema is built) inserts AGs through it.

/**
 * Participants are the building's co-owners on the AG's date, one per person (a couple or an
 * indivision is one person), with the sum of their lots' shares under every key of the building:
 * two statements whatever the number of co-owners.
 */
async function addParticipants(tx: Executor, assembly: AssemblyRow): Promise<void> {
  const day = assemblyDay(assembly.startsAt);
  await tx.execute(sql`
    INSERT INTO ${assemblyParticipants} (agency_id, assembly_id, person_id, display_name, account_number)
    SELECT o.agency_id, ${assembly.id}::uuid, o.person_id, p.display_name, min(a.number)
    FROM ${ownerships} o
    JOIN ${lots} l ON l.agency_id = o.agency_id AND l.id = o.lot_id
    JOIN ${persons} p ON p.agency_id = o.agency_id AND p.id = o.person_id
    LEFT JOIN ${accounts} a ON a.agency_id = o.agency_id AND a.id = o.account_id
    WHERE o.agency_id = ${assembly.agencyId} AND l.building_id = ${assembly.buildingId}
      AND o.start_date <= ${day}::date AND (o.end_date IS NULL OR o.end_date >= ${day}::date)
    GROUP BY o.agency_id, o.person_id, p.display_name`);
  await tx.execute(sql`
    INSERT INTO ${assemblyParticipantShares} (agency_id, assembly_id, participant_id, allocation_key_id, shares)
    SELECT ap.agency_id, ap.assembly_id, ap.id, s.allocation_key_id, sum(s.shares)
    FROM ${assemblyParticipants} ap
    JOIN ${ownerships} o ON o.agency_id = ap.agency_id AND o.person_id = ap.person_id
      AND o.start_date <= ${day}::date AND (o.end_date IS NULL OR o.end_date >= ${day}::date)
    JOIN ${lots} l ON l.agency_id = o.agency_id AND l.id = o.lot_id AND l.building_id = ${assembly.buildingId}
    JOIN ${lotShares} s ON s.agency_id = l.agency_id AND s.lot_id = l.id
    WHERE ap.agency_id = ${assembly.agencyId} AND ap.assembly_id = ${assembly.id}
    GROUP BY ap.agency_id, ap.assembly_id, ap.id, s.allocation_key_id`);
}

/** Inserts a checked AG and its participants (createGeneralAssembly, the demo data). */
export async function insertAssembly(tx: Executor, values: typeof generalAssemblies.$inferInsert): Promise<AssemblyRow> {
  const [assembly] = await tx.insert(generalAssemblies).values(values).returning();
  await addParticipants(tx, assembly);
  return assembly;
}
