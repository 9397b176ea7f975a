import { randomInt } from 'node:crypto';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { assertCan } from '../../auth/policy';
import { apiTokens, assemblyParticipants, generalAssemblies, resolutions } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node';
import { assertOpen, visibleAssembly } from '../assembly-access';
import type { AssemblyRow } from '../assembly-state';

/** Unambiguous characters (no 0/O, 1/I/L) for codes a co-owner may have to type. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

/** A personal access code (about 49 bits, from the system's cryptographic generator). */
export function accessCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export interface HandToProvider {
  assemblyId: string;
  apiTokenId: string;
}

/**
 * Hands an AG to a remote-voting provider (the manual's "AG Connect"): names the provider's
 * integrator token and gives every participant a new personal access code, which only that token
 * reads (`participant.readAccessCode`). Only for an AG dated in the future (ASSEMBLY_NOT_UPCOMING)
 * and complete: an agenda and co-owners called (ASSEMBLY_INCOMPLETE). The token must be a live
 * token of the agency able to hand the votes back (`assemblies:write`): UNKNOWN_REFERENCE
 * otherwise, in the same words for another agency's. Handing it again (another provider, or new
 * codes) replaces the provider and every code, so a former provider's codes stop working.
 */
export async function handAssemblyToProvider(ctx: Ctx, input: HandToProvider): Promise<AssemblyRow> {
  assertCan(ctx.actor, 'assembly.handToProvider');
  const assembly = await visibleAssembly(ctx, input.assemblyId);
  assertOpen(assembly);
  if (assembly.startsAt.getTime() <= Date.now()) throw conflict('ASSEMBLY_NOT_UPCOMING', 'Only an AG dated in the future can be handed to a provider');
  const tokenId = expectGlobalId(input.apiTokenId, 'ApiToken', 'apiTokenId');
  const [token] = await ctx.db
    .select({ id: apiTokens.id, scopes: apiTokens.scopes })
    .from(apiTokens)
    .where(
      and(eq(apiTokens.agencyId, assembly.agencyId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`))),
    );
  if (!token) throw badInput('apiTokenId', 'UNKNOWN_REFERENCE', 'No live API token of the agency');
  if (!token.scopes.includes('assemblies:write')) throw badInput('apiTokenId', 'INVALID_VALUE', 'The provider needs assemblies:write to hand the votes back');
  return ctx.db.transaction(async (tx) => {
    const inAssembly = (table: { agencyId: PgColumn; assemblyId: PgColumn }) => and(eq(table.agencyId, assembly.agencyId), eq(table.assemblyId, assembly.id));
    const participants = await tx.select({ id: assemblyParticipants.id }).from(assemblyParticipants).where(inAssembly(assemblyParticipants));
    const agenda = await tx.$count(resolutions, inAssembly(resolutions));
    if (participants.length === 0 || agenda === 0) throw conflict('ASSEMBLY_INCOMPLETE', 'An AG handed to a provider needs its agenda and its co-owners');
    const codes = participants.map(() => accessCode());
    await tx.execute(sql`
      UPDATE ${assemblyParticipants} SET remote_access_code = c.code
      FROM unnest(${sql.param(participants.map((p) => p.id))}::uuid[], ${sql.param(codes)}::text[]) AS c(id, code)
      WHERE ${assemblyParticipants.agencyId} = ${assembly.agencyId} AND ${assemblyParticipants.id} = c.id`);
    const [row] = await tx
      .update(generalAssemblies)
      .set({ providerTokenId: token.id, handedToProviderAt: sql`now()` })
      .where(and(eq(generalAssemblies.agencyId, assembly.agencyId), eq(generalAssemblies.id, assembly.id)))
      .returning();
    ctx.loaders.assemblyById.clear(row.id).prime(row.id, row);
    return row;
  });
}
