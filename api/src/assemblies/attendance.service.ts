import { Decimal } from 'decimal.js';
import { and, eq, ne, sql } from 'drizzle-orm';
import { agencies, assemblyParticipants, persons, staffMembers } from '../db/schema';
import type { Executor } from '../db/client';
import { assertBatch, optionalText, TEXT_LIMITS } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { assemblyToRun } from './assembly-access';
import { readAssemblyState, type AssemblyRow, type AssemblyState, type ParticipantRow } from './assembly-state';
import type { SetAttendanceInput } from './assembly.inputs';
import { isWithinProxyLimit } from './engine/proxy-limit';
import type { AttendanceStatus } from './engine/vocabulary';

type Attendance = Pick<ParticipantRow, 'id' | 'status' | 'proxyHolderParticipantId' | 'proxyHolderName'>;

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The syndic and its staff hold no proxy (law of 1965, art. 22): their names, folded. */
async function syndicNames(tx: Executor, agencyId: string): Promise<Set<string>> {
  const staff = await tx
    .select({ name: persons.displayName })
    .from(staffMembers)
    .innerJoin(persons, and(eq(persons.agencyId, staffMembers.agencyId), eq(persons.id, staffMembers.personId)))
    .where(eq(staffMembers.agencyId, agencyId));
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return new Set([...staff.map((row) => fold(row.name)), ...(agency ? [fold(agency.name)] : [])]);
}

/**
 * The proxies after the change, checked together: a proxy holder is another participant present
 * or remote, or a named third party who is not the syndic; more than three delegations only
 * within 10 % of the syndicate's votes (art. 22).
 */
function checkProxies(state: AssemblyState, after: Map<string, Attendance>, syndic: Set<string>, fieldOf: (participantId: string) => string): void {
  const attendanceShares = (id: string) => state.shares.get(id)?.get(state.assembly.attendanceKeyId) ?? '0';
  const delegations = new Map<string, { holderShares: string; delegated: string[]; field: string }>();
  for (const participant of after.values()) {
    if (participant.status !== 'REPRESENTED') continue;
    const field = fieldOf(participant.id);
    let key: string;
    let holderShares = '0';
    if (participant.proxyHolderParticipantId) {
      const holder = after.get(participant.proxyHolderParticipantId);
      if (!holder || holder.id === participant.id || (holder.status !== 'PRESENT' && holder.status !== 'REMOTE')) {
        throw badInput(`${field}.proxyHolderParticipantId`, 'PROXY_HOLDER_INVALID', 'The proxy holder must be another participant, present or remote');
      }
      key = `participant:${holder.id}`;
      holderShares = attendanceShares(holder.id);
    } else {
      const name = fold(participant.proxyHolderName ?? '');
      if (syndic.has(name)) throw badInput(`${field}.proxyHolderName`, 'PROXY_HOLDER_INVALID', 'The syndic and its staff hold no proxy');
      key = `name:${name}`;
    }
    const entry = delegations.get(key) ?? { holderShares, delegated: [], field };
    entry.delegated.push(attendanceShares(participant.id));
    entry.field = field;
    delegations.set(key, entry);
  }
  const syndicateShares = state.participants.reduce((sum, participant) => sum.plus(attendanceShares(participant.id)), new Decimal(0)).toFixed(5);
  for (const entry of delegations.values()) {
    if (!isWithinProxyLimit({ holderShares: entry.holderShares, delegatedShares: entry.delegated, syndicateShares })) {
      throw badInput(entry.field, 'PROXY_LIMIT_EXCEEDED', 'More than three proxies beyond 10 % of the votes (art. 22)');
    }
  }
}

/** Writes the attendance of many participants in one statement (arrays as parameters). */
async function writeAttendance(tx: Executor, assembly: AssemblyRow, rows: Attendance[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    UPDATE ${assemblyParticipants} ap SET status = v.status::attendance_status, proxy_holder_participant_id = v.holder, proxy_holder_name = v.name
    FROM unnest(${sql.param(rows.map((row) => row.id))}::uuid[], ${sql.param(rows.map((row) => row.status))}::text[], ${sql.param(rows.map((row) => row.proxyHolderParticipantId))}::uuid[], ${sql.param(rows.map((row) => row.proxyHolderName))}::text[])
      AS v(id, status, holder, name)
    WHERE ap.agency_id = ${assembly.agencyId} AND ap.assembly_id = ${assembly.id} AND ap.id = v.id`);
}

/** "Saisie des présences": codes and proxies for some participants, checked together, written at once. */
export async function setAttendance(ctx: Ctx, input: SetAttendanceInput): Promise<AssemblyRow> {
  const assembly = await assemblyToRun(ctx, input.assemblyId);
  assertBatch('entries', input.entries.length, 2_000);
  const entries = input.entries.map((entry, i) => {
    const field = `entries[${i}]`;
    const status: AttendanceStatus = entry.status;
    const id = expectGlobalId(entry.participantId, 'AssemblyParticipant', `${field}.participantId`);
    const holderId = entry.proxyHolderParticipantId ? expectGlobalId(entry.proxyHolderParticipantId, 'AssemblyParticipant', `${field}.proxyHolderParticipantId`) : null;
    const holderName = optionalText(`${field}.proxyHolderName`, entry.proxyHolderName, TEXT_LIMITS.name);
    if (status === 'REPRESENTED' && (holderId === null) === (holderName === null)) {
      throw badInput(`${field}.proxyHolderParticipantId`, 'PROXY_HOLDER_INVALID', 'Represented: name one proxy holder, a participant or a third party');
    }
    const represented = status === 'REPRESENTED';
    return {
      field,
      row: { id, status, proxyHolderParticipantId: represented ? holderId : null, proxyHolderName: represented ? holderName : null },
    };
  });
  return ctx.db.transaction(async (tx) => {
    const state = await readAssemblyState(tx, assembly);
    const after = new Map<string, Attendance>(state.participants.map((participant) => [participant.id, participant]));
    const fields = new Map<string, string>();
    for (const { field, row } of entries) {
      if (!after.has(row.id)) throw badInput(`${field}.participantId`, 'UNKNOWN_REFERENCE', 'Not a participant of this AG');
      if (fields.has(row.id)) throw badInput(`${field}.participantId`, 'DUPLICATE_IN_BATCH', 'The same participant twice');
      fields.set(row.id, field);
      after.set(row.id, row);
    }
    // A holder who stops being present drops their proxies' validity: checked on the whole AG.
    checkProxies(state, after, await syndicNames(tx, assembly.agencyId), (id) => fields.get(id) ?? 'entries');
    await writeAttendance(
      tx,
      assembly,
      entries.map((entry) => entry.row),
    );
    return assembly;
  });
}

/**
 * "Tous présents" / "Tous absents", keeping postal voters: everyone else in the room (or remote),
 * or absent; proxies are cleared.
 */
export async function markAll(ctx: Ctx, assemblyId: string, status: 'PRESENT' | 'REMOTE' | 'ABSENT'): Promise<AssemblyRow> {
  const assembly = await assemblyToRun(ctx, assemblyId);
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(assemblyParticipants)
      .set({ status, proxyHolderParticipantId: null, proxyHolderName: null })
      .where(and(eq(assemblyParticipants.agencyId, assembly.agencyId), eq(assemblyParticipants.assemblyId, assembly.id), ne(assemblyParticipants.status, 'POSTAL')));
    return assembly;
  });
}
