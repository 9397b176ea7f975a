import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';

export enum TicketStatus {
  REQUESTED = 'REQUESTED',
  QUOTED = 'QUOTED',
  ORDERED = 'ORDERED',
  DONE = 'DONE',
  INVOICED = 'INVOICED',
}
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'A ticket\'s progress (manual "Tickets"): quote requested, quote received, work ordered, work done, invoiced.',
});

export enum TicketDocumentKind {
  QUOTE = 'QUOTE',
  INVOICE = 'INVOICE',
}
registerEnumType(TicketDocumentKind, { name: 'TicketDocumentKind', description: "A supplier's quote (devis) or invoice (facture)." });

@ObjectType({ implements: Node, description: 'A supplier of the agency (plumber, lift company…); "Nos partenaires" shows those marked as partners.' })
export class Supplier extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'What they do ("Plomberie").' }) trade!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String) addressLine!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => Boolean, { description: 'Shown to clients in "Nos partenaires" (when the agency enables the page).' }) isPartner!: boolean;
}

export const SupplierConnection = Connection(Supplier, 'Supplier');

@ObjectType({ implements: Node, description: "A ticket's quote or invoice (PDF): managers only." })
export class TicketDocument extends Node {
  @Field(() => TicketDocumentKind) kind!: TicketDocumentKind;
  @Field(() => String) fileName!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'Its amount including tax, as read by the manager.' }) amount!: string | null;
  @Field(() => Date) addedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A request turned into a work order or quote request to a supplier (manual "Tickets"); the request\'s author follows its status and supplier, nothing internal.',
})
export class Ticket extends Node {
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType({ description: 'Turns a request into a ticket to a supplier.' })
export class CreateTicketInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) supplierId!: string;
  @Field(() => String, { description: 'What the supplier is asked to do (managers only).' }) description!: string;
}

@InputType()
export class SetTicketStatusInput {
  @Field(() => ID) ticketId!: string;
  @Field(() => TicketStatus) status!: TicketStatus;
}

@InputType({ description: 'A quote or an invoice (a PDF staged with POST /requests/uploads).' })
export class AddTicketDocumentInput {
  @Field(() => ID) ticketId!: string;
  @Field(() => TicketDocumentKind) kind!: TicketDocumentKind;
  @Field(() => ID) uploadId!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Amount including tax, 2 decimals at most.' }) amount?: string | null;
}

@InputType({ description: "A supplier's details; on update, the fields given replace the stored ones." })
export class SupplierInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) trade?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) addressLine?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => Boolean, { nullable: true }) isPartner?: boolean | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    Ticket: true;
    TicketDocument: true;
    Supplier: true;
  }
}
