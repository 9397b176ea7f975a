import { Field, InputType, ObjectType } from 'type-graphql';

/**
 * The agency's legal profile, public by law (LCEN art. 6 III, loi Hoguet art. 4 and 5, décret
 * 72-678 art. 92): the legal notice ("Mentions légales") and the PDF headers print it. A detail
 * the agency has not filled in reads as null.
 */
@ObjectType({ description: "An agency's identity and legal mentions (public information: the legal notice and the PDF headers print them)." })
export class AgencyProfile {
  @Field(() => String, { description: 'The trade name clients know ("Palier Immobilier Nancy").' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Dénomination sociale.' }) legalName!: string | null;
  @Field(() => String, { nullable: true, description: 'Forme juridique and capital, as the agency words it ("SAS au capital de 50 000 €").' }) legalForm!: string | null;
  @Field(() => String, { nullable: true, description: '14 digits (SIREN + NIC).' }) siret!: string | null;
  @Field(() => String, { nullable: true, description: 'Code APE (NAF rév. 2), "68.32A".' }) apeCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The manual\'s "Mandataire": who runs the agency (gérant, représentant légal).' }) representativeName!: string | null;
  @Field(() => String, { nullable: true, description: 'Carte professionnelle number (loi Hoguet).' }) professionalCardNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The CCI that issued the professional card.' }) professionalCardIssuer!: string | null;
  @Field(() => String, { nullable: true, description: 'Garantie financière: guarantor and amounts, as the agency words it.' }) financialGuarantee!: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address (one line).' }) address!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@InputType({ description: "A change of the agency's profile: a field left out is unchanged, an empty text clears it (the name excepted)." })
export class AgencyProfileInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) legalForm?: string | null;
  @Field(() => String, { nullable: true, description: '14 digits; spaces are ignored.' }) siret?: string | null;
  @Field(() => String, { nullable: true, description: '4 digits and a letter ("6832A" or "68.32A"), stored as "68.32A".' }) apeCode?: string | null;
  @Field(() => String, { nullable: true }) representativeName?: string | null;
  @Field(() => String, { nullable: true }) professionalCardNumber?: string | null;
  @Field(() => String, { nullable: true }) professionalCardIssuer?: string | null;
  @Field(() => String, { nullable: true }) financialGuarantee?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Kept as given; must contain digits.' }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}
