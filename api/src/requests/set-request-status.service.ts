import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { clientRequests, MS_NOW, type RequestStatus } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { ClientRequestRow } from './request-list.service';
import { queueRequestNotification } from './request-notifications';

/** A manager changes a request's status (closing it included); the client is told. The same status again changes nothing and tells nobody. */
export async function setRequestStatus(ctx: Ctx, input: { requestId: string; status: RequestStatus }): Promise<ClientRequestRow> {
  assertCan(ctx.actor, 'request.setStatus');
  const requestId = expectGlobalId(input.requestId, 'ClientRequest', 'requestId');
  const request = await ctx.loaders.clientRequestById.load(requestId);
  if (!request) throw notFound('ClientRequest');
  if (request.status === input.status) return request;
  const agencyId = writerAgencyId(ctx.actor);
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(clientRequests)
      .set({ status: input.status, updatedAt: MS_NOW })
      .where(and(eq(clientRequests.agencyId, agencyId), eq(clientRequests.id, requestId)))
      .returning();
    await queueRequestNotification(ctx, tx, row, { kind: 'STATUS', status: input.status });
    return row;
  });
  void ctx.mailer.deliverPending(ctx.db);
  return updated;
}
