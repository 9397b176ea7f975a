import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Policy } from '../auth/declarations';
import { can } from '../auth/policy';
import type { persons } from '../db/schema';
import { PageArgs } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import { passwordChangeRequired } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { selectedFields } from '../graphql/selection';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Viewer, ViewerCan } from '../identity/identity.types';
import { Building, Lot } from '../portfolio/portfolio.types';
import { assignRequest } from './assign-request.service';
import { openRequest } from './open-request.service';
import { postRequestMessage, type RequestMessageRow } from './post-request-message.service';
import { inboxPage, ownRequestPage, type ClientRequestRow, type RequestPage } from './request-list.service';
import {
  AssignRequestInput,
  ClientRequest,
  ClientRequestConnection,
  OpenRequestInput,
  PostRequestMessageInput,
  RequestAttachment,
  RequestCategory,
  RequestMessage,
  RequestMessageConnection,
  RequestParticipant,
  RequestStatus,
  RequestStatusCount,
  SetRequestStatusInput,
} from './request.types';
import { setRequestStatus } from './set-request-status.service';
import type { requestAttachments } from '../db/schema';

type ViewerRoot = { actor: PersonActor };
type AttachmentRow = Row<typeof requestAttachments>;

const asParticipant = (person: Row<typeof persons> | null): RequestParticipant | null => (person ? { id: toGlobalId('Person', person.id), displayName: person.displayName } : null);

/** A person of a thread by name only, or null when the viewer may not name them (at once when the list primed them). */
function participant(ctx: Ctx, personId: string | null): RequestParticipant | null | Promise<RequestParticipant | null> {
  if (!personId) return null;
  const person = ctx.loaders.requestParticipantById.loadNow(personId);
  return person instanceof Promise ? person.then(asParticipant) : asParticipant(person);
}

@ArgsType()
class OwnRequestArgs extends PageArgs {
  @Field(() => RequestStatus, { nullable: true }) status?: RequestStatus | null;
}

@ArgsType()
class InboxArgs extends OwnRequestArgs {
  @Field(() => ID, { nullable: true }) buildingId?: string | null;
  @Field(() => RequestCategory, { nullable: true }) category?: RequestCategory | null;
  @Field(() => ID, { nullable: true, description: 'A manager (Person id).' }) assigneeId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Opened before this day (the "age" filter).' }) openedBefore?: string | null;
}

@Resolver(() => ClientRequest)
export class ClientRequestResolver {
  @FieldResolver(() => ID)
  id(@Root() request: ClientRequestRow) {
    return toGlobalId('ClientRequest', request.id);
  }

  @FieldResolver(() => RequestParticipant, { nullable: true, description: 'The client who opened it.' })
  author(@Root() request: ClientRequestRow, @Context() ctx: Ctx) {
    return participant(ctx, request.authorPersonId);
  }

  @FieldResolver(() => RequestParticipant, { nullable: true, description: 'The manager in charge, when assigned.' })
  assignee(@Root() request: ClientRequestRow, @Context() ctx: Ctx) {
    return participant(ctx, request.assigneePersonId);
  }

  @FieldResolver(() => Lot, { nullable: true, description: 'The lot it concerns, when one.' })
  lot(@Root() request: ClientRequestRow, @Context() ctx: Ctx) {
    return request.lotId ? ctx.loaders.lotById.loadNow(request.lotId) : null;
  }

  @FieldResolver(() => Building, { nullable: true, description: "The building it concerns (the lot's, when a lot)." })
  building(@Root() request: ClientRequestRow, @Context() ctx: Ctx) {
    return request.buildingId ? ctx.loaders.buildingById.loadNow(request.buildingId) : null;
  }

  @FieldResolver(() => RequestMessageConnection, { description: 'The thread, oldest first; internal notes only for managers.' })
  messages(@Root() request: ClientRequestRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    // The message scope is the guard: a client's and an integrator's statement never selects an internal note.
    return ctx.loaders.messagesOfRequest.load(childKey(request.id, args));
  }

  @Policy('request.open')
  @Mutation(() => ClientRequest, { description: 'A client opens a request about one of their lots or buildings (or neither); managers are told.' })
  openRequest(@Arg('input', () => OpenRequestInput) input: OpenRequestInput, @Context() ctx: Ctx) {
    return openRequest(ctx, input);
  }

  @Policy('request.setStatus')
  @Mutation(() => ClientRequest, { description: "Changes a request's status (closing it included); the client is told." })
  setRequestStatus(@Arg('input', () => SetRequestStatusInput) input: SetRequestStatusInput, @Context() ctx: Ctx) {
    return setRequestStatus(ctx, input);
  }

  @Policy('request.assign')
  @Mutation(() => ClientRequest, { description: 'Assigns a request to a manager of the agency.' })
  assignRequest(@Arg('input', () => AssignRequestInput) input: AssignRequestInput, @Context() ctx: Ctx) {
    return assignRequest(ctx, input);
  }

  @Policy('request.inbox')
  @Query(() => ClientRequestConnection, { description: "The managers' inbox: the agency's requests, newest first, filtered; with totalCount and countsByStatus." })
  requests(@Args(() => InboxArgs) args: InboxArgs, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    return inboxPage(ctx, args, selectedFields(info));
  }
}

@Resolver(() => ClientRequestConnection)
export class ClientRequestConnectionResolver {
  @FieldResolver(() => [RequestStatusCount], { description: 'How many requests hold each status, over the other filters (zero counts left out).' })
  countsByStatus(@Root() page: RequestPage) {
    return page.countsByStatus?.() ?? [];
  }
}

@Resolver(() => RequestMessage)
export class RequestMessageResolver {
  @FieldResolver(() => ID)
  id(@Root() message: RequestMessageRow) {
    return toGlobalId('RequestMessage', message.id);
  }

  @FieldResolver(() => RequestParticipant, { nullable: true, description: 'Who wrote it; null for an integrator.' })
  author(@Root() message: RequestMessageRow, @Context() ctx: Ctx) {
    return participant(ctx, message.authorPersonId);
  }

  @FieldResolver(() => [RequestAttachment])
  attachments(@Root() message: RequestMessageRow, @Context() ctx: Ctx) {
    return ctx.loaders.attachmentsOfMessage.load(message.id);
  }

  @Policy('request.post')
  @Mutation(() => RequestMessage, { description: 'Posts a message on a request (isInternal: a managers-only note); the other side is told of a public one.' })
  postRequestMessage(@Arg('input', () => PostRequestMessageInput) input: PostRequestMessageInput, @Context() ctx: Ctx) {
    return postRequestMessage(ctx, input);
  }
}

@Resolver(() => RequestAttachment)
export class RequestAttachmentResolver {
  @FieldResolver(() => ID)
  id(@Root() attachment: AttachmentRow) {
    return toGlobalId('RequestAttachment', attachment.id);
  }

  @FieldResolver(() => String)
  url(@Root() attachment: AttachmentRow) {
    return `/files/request-attachments/${toGlobalId('RequestAttachment', attachment.id)}`;
  }
}

@Resolver(() => Viewer)
export class ViewerRequestsResolver {
  @FieldResolver(() => ClientRequestConnection, { description: '"Mes demandes": the requests the viewer opened, newest first.' })
  requests(@Root() viewer: ViewerRoot, @Args(() => OwnRequestArgs) args: OwnRequestArgs, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return ownRequestPage(ctx, args, selectedFields(info));
  }
}

/** The requests' part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class RequestsViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Mes demandes" (a client): false when the agency switched the module off.' })
  openRequests(@Root() { actor }: ViewerRoot): boolean {
    return can(actor, 'request.open') && can(actor, 'request.openAbout', { lotId: null, buildingId: null });
  }

  @FieldResolver(() => Boolean, { description: "The managers' requests inbox: reply, assign, change status, internal notes." })
  manageRequests(@Root() { actor }: ViewerRoot): boolean {
    return can(actor, 'request.inbox') && can(actor, 'request.postInternal');
  }
}
