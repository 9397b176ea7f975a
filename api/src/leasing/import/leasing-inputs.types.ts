import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars/local-date';

@InputType({
  description:
    "A management mandate (mandat de gestion), by code: the owner entrusts lots to the agency. The row is the relation's state, but an omitted accountNumber keeps the linked account.",
})
export class ManagementMandateInput {
  @Field(() => String, { description: "The back-office's mandate code, unique in the agency." }) code!: string;
  @Field(() => String, { description: "The owner's externalId." }) ownerExternalId!: string;
  @Field(() => [String], { description: "Codes of the lots under the mandate: they replace the mandate's lots." }) lotCodes!: string[];
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: "The owner account (411…) on the agency's gérance entity; omitted: the account already linked is kept." }) accountNumber?:
    string | null;
}

@InputType({
  description:
    "A lease (bail), by externalId; a notice or departure newly set runs the same access automation as recordLeaseNotice / recordLeaseDeparture. The row is the relation's state, but an omitted accountNumber keeps the linked account.",
})
export class LeaseInput {
  @Field(() => String, { description: "The back-office's lease code." }) externalId!: string;
  @Field(() => String) lotCode!: string;
  @Field(() => String, { description: "The tenant's externalId." }) tenantExternalId!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The notice (préavis) date.' }) noticeDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) departureDate?: string | null;
  @Field(() => String, { nullable: true, description: "The tenant account (81…) on the agency's gérance entity; omitted: the account already linked is kept." }) accountNumber?:
    string | null;
}
