import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';

export enum RequestCategory {
  INTERVENTION = 'INTERVENTION',
  OTHER = 'OTHER',
}
registerEnumType(RequestCategory, {
  name: 'RequestCategory',
  description: 'Manual "Mes demandes": a "Demande d\'intervention" (something to repair) or an "Autre demande".',
});

export enum RequestStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CLIENT = 'WAITING_FOR_CLIENT',
  CLOSED = 'CLOSED',
}
registerEnumType(RequestStatus, { name: 'RequestStatus', description: "A request's status: open, in progress, waiting for the client's answer, closed." });

@ObjectType({ description: "Someone of a request's thread, by name only (a client sees the agency's managers this way, nothing more of them)." })
export class RequestParticipant {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ implements: Node, description: 'A file attached to a message (PDF, JPEG or PNG), downloaded with the same rights as its message.' })
export class RequestAttachment extends Node {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => String, { description: 'The download (same-origin), refused to anyone who may not read the message.' }) url!: string;
}

@ObjectType({ implements: Node, description: "A message of a request's thread. Internal notes exist only for managers: a client never receives one, by any path." })
export class RequestMessage extends Node {
  @Field(() => String) text!: string;
  @Field(() => Boolean, { description: "A managers' note the client never sees." }) isInternal!: boolean;
  @Field(() => Date) postedAt!: Date;
}

export const RequestMessageConnection = Connection(RequestMessage, 'RequestMessage');

@ObjectType({
  implements: Node,
  description: 'A client\'s request (manual: "Mes demandes"): its thread with the managers, its status, and the ticket to a supplier it may have become.',
})
export class ClientRequest extends Node {
  @Field(() => String) title!: string;
  @Field(() => RequestCategory) category!: RequestCategory;
  @Field(() => RequestStatus) status!: RequestStatus;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { description: 'The last public message, assignment or status change (an internal note leaves it: the client reads it).' }) updatedAt!: Date;
}

export const ClientRequestConnection = Connection(ClientRequest, 'ClientRequest');

@ObjectType({ description: 'How many requests of a list hold one status (the inbox counts, whatever the status filter).' })
export class RequestStatusCount {
  @Field(() => RequestStatus) status!: RequestStatus;
  @Field(() => Int) count!: number;
}

@InputType({ description: 'A new request by a client, about one of their lots or buildings (or neither).' })
export class OpenRequestInput {
  @Field(() => String) title!: string;
  @Field(() => RequestCategory) category!: RequestCategory;
  @Field(() => String, { description: 'The first message of the thread.' }) text!: string;
  @Field(() => ID, { nullable: true }) lotId?: string | null;
  @Field(() => ID, { nullable: true }) buildingId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Staged uploads of the caller (POST /requests/uploads), attached to the first message.' }) uploadIds?: string[] | null;
}

@InputType()
export class PostRequestMessageInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String) text!: string;
  @Field(() => Boolean, { nullable: true, description: 'An internal note (managers only): the client never sees it.' }) isInternal?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Staged uploads of the caller (POST /requests/uploads).' }) uploadIds?: string[] | null;
}

@InputType()
export class SetRequestStatusInput {
  @Field(() => ID) requestId!: string;
  @Field(() => RequestStatus) status!: RequestStatus;
}

@InputType()
export class AssignRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID, { description: 'A manager of the agency (a Person id).' }) assigneeId!: string;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    ClientRequest: true;
    RequestMessage: true;
    RequestAttachment: true;
  }
}
