import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PostalAddressInput } from '../../identity/identity.types';
import { DecimalScalar } from '../../graphql/scalars/decimal';

export enum EntityKind {
  GERANCE = 'GERANCE',
  SYNDIC = 'SYNDIC',
}
registerEnumType(EntityKind, { name: 'EntityKind', description: 'Gérance (G001: owners and tenants) or syndic (S001: a syndicate of co-owners).' });

@InputType({ description: 'An accounting entity of the back-office, by code (G001, S001). Omitted bank details are cleared.' })
export class EntityInput {
  @Field(() => String) code!: string;
  @Field(() => EntityKind, { nullable: true, description: 'Required for a new entity; an existing one keeps its kind when omitted.' }) kind?: EntityKind | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Checked (country format and checksum); stored grouped by four ("FR76 3000 …").' }) iban?: string | null;
  @Field(() => String, { nullable: true, description: 'BIC/SWIFT, 8 or 11 characters.' }) bic?: string | null;
}

@InputType({ description: 'A building of the back-office, by code (GILBERT). Its manager in charge is kept.' })
export class BuildingInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => PostalAddressInput) postalAddress!: PostalAddressInput;
  @Field(() => String, { nullable: true, description: 'The syndicate entity (S001); none when omitted.' }) syndicateEntityCode?: string | null;
}

@InputType({ description: "A building's allocation key (clé de répartition), by (buildingCode, code)." })
export class AllocationKeyInput {
  @Field(() => String) buildingCode!: string;
  @Field(() => String, { description: '010, 020…' }) code!: string;
  @Field(() => String, { description: 'CHARGES COMMUNES GENERALES…' }) label!: string;
}

@InputType({ description: "A lot's tantièmes under one of its building's keys." })
export class LotShareInput {
  @Field(() => String) allocationKeyCode!: string;
  @Field(() => DecimalScalar, { description: 'Above zero, at most 5 decimals ("66.01420").' }) shares!: string;
}

@InputType({ description: 'A lot by code, unique in the agency (GILBERT/069). Omitted floor, surface and rooms are cleared.' })
export class LotInput {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'A lot stays in its building: an existing lot under another building code is refused.' }) buildingCode!: string;
  @Field(() => String, { description: 'Appartement, Cave, Parking…' }) type!: string;
  @Field(() => String, { nullable: true }) floor?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'm², at most 2 decimals.' }) surface?: string | null;
  @Field(() => Int, { nullable: true }) rooms?: number | null;
  @Field(() => [LotShareInput], { nullable: true, description: "Replace the lot's shares under the keys given; keys not mentioned keep theirs." })
  shares?: LotShareInput[] | null;
}
