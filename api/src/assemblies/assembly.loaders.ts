import DataLoader from 'dataloader';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { assemblyParticipants, generalAssemblies, resolutions } from '../db/schema';
import { byId, childPages, childrenOf } from '../graphql/loaders';
import { readAssemblyState, type AssemblyRow, type AssemblyState, type ParticipantRow } from './assembly-state';

/** Assemblies, their resolutions and participants, each through its row scope; one AG's state per request. */
export function assemblyLoaders(db: Db, actor: Actor) {
  const assemblyById = byId(db, actor, generalAssemblies, scope.generalAssemblies);
  return {
    assemblyById,
    resolutionById: byId(db, actor, resolutions, scope.resolutions),
    participantById: byId(db, actor, assemblyParticipants, scope.assemblyParticipants),
    resolutionsOfAssembly: childrenOf(db, actor, resolutions, resolutions.assemblyId, scope.resolutions, [resolutions.number, resolutions.id]),
    participantPages: childPages(db, actor, {
      table: assemblyParticipants,
      parentColumn: assemblyParticipants.assemblyId,
      sortColumn: assemblyParticipants.displayName,
      idColumn: assemblyParticipants.id,
      scope: scope.assemblyParticipants,
      cursorOf: (row) => [row.displayName, row.id],
    }),
    /** The signed-in person's own participation in each AG asked (null when not called). */
    viewerParticipantOf: new DataLoader<string, ParticipantRow | null>(async (assemblyIds) => {
      if (actor.kind !== 'person') return assemblyIds.map(() => null);
      const rows = await db
        .select()
        .from(assemblyParticipants)
        .where(and(eq(assemblyParticipants.agencyId, actor.agencyId), eq(assemblyParticipants.personId, actor.personId), anyOf(assemblyParticipants.assemblyId, [...assemblyIds])));
      return assemblyIds.map((id) => rows.find((row) => row.assemblyId === id) ?? null);
    }),
    /**
     * One AG's whole state (participants, shares, resolutions, votes) for the tallies: read once
     * per request, only for an assembly the actor's scope admits.
     */
    assemblyState: new DataLoader<string, AssemblyState | null>(
      async (ids) =>
        Promise.all(
          ids.map(async (id) => {
            const assembly: AssemblyRow | null = await assemblyById.load(id);
            return assembly ? readAssemblyState(db, assembly) : null;
          }),
        ),
      { batch: false },
    ),
  };
}

type AssemblyLoaders = ReturnType<typeof assemblyLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AssemblyLoaders {}
}
