import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { clientRequests, persons, requestAttachments, requestMessages } from '../db/schema';
import { byId, childPages, childrenOf } from '../graphql/loaders';

/** Requests, their threads and attachments through their row scopes (internal notes dropped in SQL for clients and integrators). */
export function requestLoaders(db: Db, actor: Actor) {
  return {
    clientRequestById: byId(db, actor, clientRequests, scope.clientRequests),
    requestMessageById: byId(db, actor, requestMessages, scope.requestMessages),
    /** A page of each request's thread, oldest first, for many requests in one statement. */
    messagesOfRequest: childPages(db, actor, {
      table: requestMessages,
      parentColumn: requestMessages.requestId,
      sortColumn: requestMessages.postedAt,
      idColumn: requestMessages.id,
      scope: scope.requestMessages,
      cursorOf: (row) => [row.postedAt.toISOString(), row.id],
    }),
    requestAttachmentById: byId(db, actor, requestAttachments, scope.requestAttachments),
    attachmentsOfMessage: childrenOf(db, actor, requestAttachments, requestAttachments.messageId, scope.requestAttachments, [requestAttachments.fileName, requestAttachments.id]),
    /** Names of a thread's people (RequestParticipant), never their contact details. */
    requestParticipantById: byId(db, actor, persons, scope.requestParticipants),
  };
}

type RequestLoaders = ReturnType<typeof requestLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends RequestLoaders {}
}
