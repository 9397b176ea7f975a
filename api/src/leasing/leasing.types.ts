import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'Mandat de gestion: lots an owner entrusts to the agency.' })
export class ManagementMandate extends Node {
  @Field(() => String) code!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate!: string | null;
}

@ObjectType({ implements: Node, description: 'Bail: a tenant on a lot.' })
export class Lease extends Node {
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Préavis received.' }) noticeDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Départ du locataire.' }) departureDate!: string | null;
}

export const ManagementMandateConnection = Connection(ManagementMandate, 'ManagementMandate');
export const LeaseConnection = Connection(Lease, 'Lease');

declare module '../graphql/node' {
  /** This module's node types (global ids "ManagementMandate:uuid"…). */
  interface NodeTypes {
    ManagementMandate: true;
    Lease: true;
  }
}
