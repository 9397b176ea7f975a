import { sql, type SQL } from 'drizzle-orm';
import { assemblyParticipants, generalAssemblies, resolutions } from '../../db/schema';
import type { Actor, AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, rowScope, within, type ScopeParams } from '../scope-helpers';

type AssemblyRow = typeof generalAssemblies.$inferSelect;
type ParticipantRow = typeof assemblyParticipants.$inferSelect;

/** Managers and integrators of the agency holding an assemblies scope read every assembly. */
function readsAllAssemblies(actor: AgencyActor): boolean {
  if (actor.kind === 'integrator') return actor.scopes.includes('assemblies:read') || actor.scopes.includes('assemblies:write');
  return actor.isStaff;
}

export const assemblyRules = {
  'assembly.list': {
    description: 'List and open general assemblies and their agenda: managers, assemblies integrators, and co-owners for the AGs of their building.',
    client: true,
    staff: true,
    integrator: 'assemblies:read',
  },
  'assembly.manage': {
    description: 'Prepare and run an AG: create and update it, its resolutions, attendance, proxies, paper postal forms, arrivals, departures, amendments.',
    staff: true,
    integrator: 'assemblies:write',
  },
  'assembly.recordVotes': {
    description: 'Record the votes of the room (or of a remote-voting provider) on a ballot; every write is audited.',
    staff: true,
    integrator: 'assemblies:write',
  },
  'assembly.castPostalVote': {
    description: 'A co-owner votes by post online, for themself only, until the deadline (three clear days before the AG).',
    client: true,
  },
  'assembly.readTally': {
    description: "Read the attendance totals and the resolutions' results: managers and assemblies integrators; everyone else once the minutes are published.",
    client: true,
    staff: true,
    integrator: 'assemblies:read',
    row: (actor: AgencyActor, assembly: Pick<AssemblyRow, 'reportPublishedAt'>) => readsAllAssemblies(actor) || assembly.reportPublishedAt !== null,
  },
  'participant.readPostalVote': {
    description: 'Read what a postal form said and when: the co-owner who sent it, managers and assemblies integrators.',
    client: true,
    staff: true,
    integrator: 'assemblies:read',
    row: (actor: AgencyActor, participant: Pick<ParticipantRow, 'personId'>) => readsAllAssemblies(actor) || (actor.kind === 'person' && actor.personId === participant.personId),
  },
  'resolution.readResult': {
    description:
      "Read a resolution's figures and who voted what: managers and assemblies integrators; co-owners once the minutes are published (nobody reads others' votes before).",
    client: true,
    staff: true,
    integrator: 'assemblies:read',
    row: (actor: AgencyActor, assembly: Pick<AssemblyRow, 'reportPublishedAt'>) => readsAllAssemblies(actor) || assembly.reportPublishedAt !== null,
  },
  'assembly.readReport': {
    description: 'Read the minutes (attendance recap, every result): managers and assemblies integrators always; co-owners of the building once published.',
    client: true,
    staff: true,
    integrator: 'assemblies:read',
    row: (actor: AgencyActor, assembly: Pick<AssemblyRow, 'reportPublishedAt'>) => readsAllAssemblies(actor) || assembly.reportPublishedAt !== null,
  },
  'assembly.publishReport': {
    description:
      'Publish the minutes: freezes the AG, files the procès-verbal and the feuille de présence in "Assemblées Générales", notifies absent, défaillant and opposing co-owners.',
    staff: true,
    integrator: 'assemblies:write',
  },
  'assembly.publishConvocations': {
    description: 'Publish the convocations: one PDF per co-owner with their postal voting form (arrêté of 2 July 2020), a personal document in "Assemblées Générales".',
    staff: true,
    integrator: 'assemblies:write',
  },
  'assembly.handToProvider': {
    description: 'Hand an upcoming, complete AG to a remote-voting provider (an integrator token, AG Connect), with new personal access codes.',
    staff: true,
  },
  'participant.readAccessCode': {
    description: "Read a participant's personal access code of a remote AG: only the provider's token the AG was handed to.",
    integrator: 'assemblies:write',
    row: (actor: AgencyActor, assembly: Pick<AssemblyRow, 'providerTokenId'>) =>
      actor.kind === 'integrator' && assembly.providerTokenId !== null && actor.tokenId === assembly.providerTokenId,
  },
} satisfies RuleSet;

function assemblyShape(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'none';
  if (readsAllAssemblies(actor)) return 'agency';
  return actor.kind === 'person' ? 'person' : 'none';
}

/** A person's assemblies: those of a building they co-own, and any they take part in (a seller after the AG). */
function personsAssembly(assemblyId: SQL, p: ScopeParams): SQL {
  return sql`EXISTS (SELECT 1 FROM ${generalAssemblies} ga WHERE ga.agency_id = ${p.agencyId} AND ga.id = ${assemblyId}
    AND (ga.building_id = any(${p.coOwnedBuildingIds}::uuid[])
      OR EXISTS (SELECT 1 FROM ${assemblyParticipants} me WHERE me.agency_id = ga.agency_id AND me.assembly_id = ga.id AND me.person_id = ${p.personId})))`;
}

/** General assemblies: the whole agency for managers and assemblies integrators; a co-owner's own buildings'. */
export const assemblyScope: RowScope = rowScope(assemblyShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = sql`${generalAssemblies.agencyId} = ${p.agencyId}`;
  if (shape === 'agency') return agency;
  return sql`${agency} AND (${within(generalAssemblies.buildingId, p.coOwnedBuildingIds)} OR EXISTS (
    SELECT 1 FROM ${assemblyParticipants} me WHERE me.agency_id = ${generalAssemblies.agencyId} AND me.assembly_id = ${generalAssemblies.id} AND me.person_id = ${p.personId}))`;
});

/** Resolutions (the agenda) are visible with their assembly. */
export const resolutionScope: RowScope = rowScope(assemblyShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = sql`${resolutions.agencyId} = ${p.agencyId}`;
  return shape === 'agency' ? agency : sql`${agency} AND ${personsAssembly(sql`${resolutions.assemblyId}`, p)}`;
});

/**
 * Participants: managers and integrators see them all; a co-owner sees their own attendance, and
 * everyone's once the minutes (which recap the attendance) are published for an AG they may see.
 */
export const participantScope: RowScope = rowScope(assemblyShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = sql`${assemblyParticipants.agencyId} = ${p.agencyId}`;
  if (shape === 'agency') return agency;
  return sql`${agency} AND (${assemblyParticipants.personId} = ${p.personId} OR (${personsAssembly(sql`${assemblyParticipants.assemblyId}`, p)}
    AND EXISTS (SELECT 1 FROM ${generalAssemblies} pub WHERE pub.agency_id = ${assemblyParticipants.agencyId} AND pub.id = ${assemblyParticipants.assemblyId} AND pub.report_published_at IS NOT NULL)))`;
});
