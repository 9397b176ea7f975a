import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';

@ObjectType({
  implements: Node,
  description: 'An office of the agency (manual: "Agence" → "Bureaux"), shown to clients in "Contacts agence" / "Contacts syndic". A detail not filled in is null.',
})
export class AgencyOffice extends Node {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Postal address, one line.' }) address!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Professional e-mail.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'As the agency words it ("Du lundi au vendredi, 9 h – 12 h").' }) openingHours!: string | null;
  @Field(() => String, { nullable: true, description: 'Forme juridique, as the agency words it.' }) legalForm!: string | null;
  @Field(() => String, { nullable: true, description: '14 digits (SIREN + NIC).' }) siret!: string | null;
  @Field(() => String, { nullable: true, description: 'Code APE (NAF rév. 2), "68.32A".' }) apeCode!: string | null;
}

export const AgencyOfficeConnection = Connection(AgencyOffice, 'AgencyOffice');

@InputType({ description: "An office's details; on a change, they replace the office's (a field left out or empty is cleared)." })
export class AgencyOfficeInput {
  @Field(() => String, { description: 'Up to 200 characters.' }) name!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Kept as given; must contain digits.' }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) openingHours?: string | null;
  @Field(() => String, { nullable: true }) legalForm?: string | null;
  @Field(() => String, { nullable: true, description: '14 digits; spaces are ignored.' }) siret?: string | null;
  @Field(() => String, { nullable: true, description: '4 digits and a letter ("6832A" or "68.32A"), stored as "68.32A".' }) apeCode?: string | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    AgencyOffice: true;
  }
}
