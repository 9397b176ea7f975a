import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { clientRequests, MS_NOW, staffMembers } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { ClientRequestRow } from './request-list.service';

/** Assigns a request to a manager of the agency (any of them; UNKNOWN_REFERENCE for anyone else, another agency's managers included). */
export async function assignRequest(ctx: Ctx, input: { requestId: string; assigneeId: string }): Promise<ClientRequestRow> {
  assertCan(ctx.actor, 'request.assign');
  const requestId = expectGlobalId(input.requestId, 'ClientRequest', 'requestId');
  const assigneePersonId = expectGlobalId(input.assigneeId, 'Person', 'assigneeId');
  const agencyId = writerAgencyId(ctx.actor);
  const request = await ctx.loaders.clientRequestById.load(requestId);
  if (!request) throw notFound('ClientRequest');
  return ctx.db.transaction(async (tx) => {
    const [manager] = await tx
      .select({ personId: staffMembers.personId })
      .from(staffMembers)
      .where(and(eq(staffMembers.agencyId, agencyId), eq(staffMembers.personId, assigneePersonId)));
    if (!manager) throw badInput('assigneeId', 'UNKNOWN_REFERENCE', 'Not a manager of the agency');
    const [row] = await tx
      .update(clientRequests)
      .set({ assigneePersonId, updatedAt: MS_NOW })
      .where(and(eq(clientRequests.agencyId, agencyId), eq(clientRequests.id, requestId)))
      .returning();
    return row;
  });
}
