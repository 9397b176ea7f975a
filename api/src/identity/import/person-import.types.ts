import { Field, InputType } from 'type-graphql';
import { PostalAddressInput } from '../identity.types';

@InputType({
  description: 'A person by the back-office\'s own code (externalId, "code tiers"). Omitted civility, e-mails, phones or address are cleared; the notification preference is kept.',
})
export class PersonInput {
  @Field(() => String, { description: 'YALOXECORTONDENISE…' }) externalId!: string;
  @Field(() => String, { nullable: true, description: 'Madame, Monsieur, Madame et Monsieur…' }) civility?: string | null;
  @Field(() => String) displayName!: string;
  @Field(() => [String], { nullable: true, description: 'Checked addresses; the first receives the extranet mail.' }) emails?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Kept as written; each must contain digits.' }) phones?: string[] | null;
  @Field(() => PostalAddressInput, { nullable: true }) postalAddress?: PostalAddressInput | null;
}
