import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { clientRequests, MS_NOW, requestMessages } from '../db/schema';
import { assertText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { expectGlobalId } from '../graphql/node';
import { checkedUploads, insertAttachments, withCheckedFiles } from './request-files';
import { queueRequestNotification } from './request-notifications';
import type { PostRequestMessageInput } from './request.types';

export type RequestMessageRow = Row<typeof requestMessages>;

/**
 * Posts a message on a request the actor can see (a client: their own; NOT_FOUND otherwise, like
 * a missing one): the message, its attachments and the request's new `updatedAt` in one
 * transaction. An internal note is for managers only and tells nobody: it leaves the request's
 * `updatedAt` (and status) alone, since the client reads both and would learn a note was written.
 * A public message tells the other side. A client's answer to a request waiting for them puts it back in progress; a
 * client cannot write on a closed request (REQUEST_CLOSED: they open a new one).
 */
export async function postRequestMessage(ctx: Ctx, input: PostRequestMessageInput): Promise<RequestMessageRow> {
  assertCan(ctx.actor, 'request.post');
  const isInternal = input.isInternal ?? false;
  if (isInternal) assertCan(ctx.actor, 'request.postInternal');
  const requestId = expectGlobalId(input.requestId, 'ClientRequest', 'requestId');
  const request = await ctx.loaders.clientRequestById.load(requestId);
  if (!request) throw notFound('ClientRequest');
  const byClient = ctx.actor.kind === 'person' && !ctx.actor.isStaff;
  if (byClient && request.status === 'CLOSED') throw conflict('REQUEST_CLOSED', 'The request is closed');
  const text = assertText('text', input.text, TEXT_LIMITS.note);
  const agencyId = writerAgencyId(ctx.actor);
  const files = await checkedUploads(ctx, input.uploadIds, `requests/${agencyId}`);

  const message = await withCheckedFiles(ctx, files, async (tx) => {
    const authorPersonId = ctx.actor.kind === 'person' ? ctx.actor.personId : null;
    const [inserted] = await tx.insert(requestMessages).values({ agencyId, requestId, authorPersonId, text, isInternal }).returning();
    await insertAttachments(tx, agencyId, requestId, inserted.id, files);
    if (isInternal) return inserted;
    const status = byClient && request.status === 'WAITING_FOR_CLIENT' ? 'IN_PROGRESS' : request.status;
    await tx
      .update(clientRequests)
      .set({ updatedAt: MS_NOW, status })
      .where(and(eq(clientRequests.agencyId, agencyId), eq(clientRequests.id, requestId)));
    await queueRequestNotification(ctx, tx, request, { kind: 'MESSAGE', byClient });
    return inserted;
  });
  ctx.loaders.clientRequestById.clear(requestId);
  void ctx.mailer.deliverPending(ctx.db);
  return message;
}
