import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars/local-date';
import { CouncilRole } from '../portfolio.types';

@InputType({
  description:
    "A co-owner holding a lot, by (lotCode, personExternalId, startDate); an endDate is a sale. The row is the relation's state, but an omitted accountNumber keeps the linked account.",
})
export class OwnershipInput {
  @Field(() => String, { description: 'GILBERT/069' }) lotCode!: string;
  @Field(() => String, { description: "The co-owner's externalId." }) personExternalId!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The sale date: the access automation of recordSale runs from it.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: "The co-owner account (450…) on the syndicate entity of the lot's building; omitted: the account already linked is kept." })
  accountNumber?: string | null;
}

@InputType({ description: "A seat on a building's council, by (buildingCode, personExternalId, startDate)." })
export class CouncilMembershipInput {
  @Field(() => String) buildingCode!: string;
  @Field(() => String) personExternalId!: string;
  @Field(() => CouncilRole) role!: CouncilRole;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate?: string | null;
}

@InputType({ description: 'The buyer of a sale recorded from the console: their ownership of the lot starts on the sale date.' })
export class SaleBuyerInput {
  @Field(() => ID, { description: 'An existing person of the agency.' }) personId!: string;
  @Field(() => String, { nullable: true, description: "The buyer's co-owner account (450…) on the syndicate entity of the lot's building." })
  accountNumber?: string | null;
}
