import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';
import { Guarded } from '../auth/declarations';

export enum CouncilRole {
  MEMBER = 'MEMBER',
  PRESIDENT = 'PRESIDENT',
}
registerEnumType(CouncilRole, { name: 'CouncilRole', description: 'Membre or président of the conseil syndical.' });

@ObjectType({ description: 'The syndicate of a building (entity S001…), with its bank details.' })
export class Syndicate {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Guarded('syndicate.readBankDetails')
  @Field(() => String, { nullable: true, description: 'Null when the agency hides bank details from clients.' })
  iban!: string | null;
  @Guarded('syndicate.readBankDetails')
  @Field(() => String, { nullable: true })
  bic!: string | null;
}

@ObjectType({ implements: Node, description: 'Immeuble.' })
export class Building extends Node {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ implements: Node, description: 'Lot: GILBERT/248, an apartment, a cellar, a parking space.' })
export class Lot extends Node {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Appartement, Cave, Parking…' }) type!: string;
  @Field(() => String, { nullable: true }) floor!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Surface in m².' }) surface!: string | null;
  @Field(() => Int, { nullable: true }) rooms!: number | null;
}

@ObjectType({ implements: Node, description: 'Clé de répartition, e.g. 010-CHARGES COMMUNES GENERALES.' })
export class AllocationKey extends Node {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: "A lot's tantièmes under one allocation key (5 decimals)." })
export class LotShare {
  @Field(() => DecimalScalar) shares!: string;
}

@ObjectType({ implements: Node, description: 'A co-owner holding a lot, from a date until a sale.' })
export class Ownership extends Node {
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate!: string | null;
}

@ObjectType({ implements: Node, description: "Seat on a building's conseil syndical." })
export class CouncilMembership extends Node {
  @Field(() => CouncilRole) role!: CouncilRole;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate!: string | null;
}

export const LotConnection = Connection(Lot, 'Lot');
export const OwnershipConnection = Connection(Ownership, 'Ownership');
export const CouncilMembershipConnection = Connection(CouncilMembership, 'CouncilMembership');
export const BuildingConnection = Connection(Building, 'Building');

declare module '../graphql/node' {
  /** This module's node types (global ids "Building:uuid"…). */
  interface NodeTypes {
    Building: true;
    Lot: true;
    AllocationKey: true;
    Ownership: true;
    CouncilMembership: true;
  }
}
