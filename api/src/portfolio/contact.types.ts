import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Building } from './portfolio.types';

export enum ContactKind {
  MANAGER = 'MANAGER',
  AGENCY = 'AGENCY',
}
registerEnumType(ContactKind, { name: 'ContactKind', description: 'The manager in charge of a building, or the agency when none is.' });

@ObjectType({ description: 'Who to contact about one\'s buildings (manual: "Contacts syndic", "Contacts agence"): professional details only.' })
export class ContactCard {
  @Field(() => ContactKind) kind!: ContactKind;
  @Field(() => String, { description: "The manager's name, or the agency's." }) name!: string;
  @Field(() => String, { nullable: true, description: 'Professional e-mail.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Professional phone.' }) phone!: string | null;
  @Field(() => String) agencyName!: string;
  @Field(() => String, { description: "The agency's postal address (one line)." }) agencyAddress!: string;
  @Field(() => [Building], { description: "The viewer's buildings this contact is in charge of (empty: the agency in general)." })
  buildings!: unknown[];
}
