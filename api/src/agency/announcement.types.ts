import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';

/** Who an announcement is for (db enum `announcement_audience`). */
export enum AnnouncementAudience {
  ALL_CLIENTS = 'ALL_CLIENTS',
  COOWNERS = 'COOWNERS',
  OWNERS = 'OWNERS',
  TENANTS = 'TENANTS',
}
registerEnumType(AnnouncementAudience, {
  name: 'AnnouncementAudience',
  description: 'Who an announcement is for: every client, co-owners (council members included), owners under mandate, or tenants; of one building when it names one.',
  valuesConfig: {
    ALL_CLIENTS: { description: 'Every client: co-owners, council members, owners and tenants.' },
    COOWNERS: { description: 'Co-owners, council members included.' },
    OWNERS: { description: 'Owners whose lots the agency manages (mandat de gestion).' },
    TENANTS: { description: 'Tenants with a current lease.' },
  },
});

@ObjectType({ implements: Node, description: 'A piece of news from the agency (manual: "Mes informations"), for an audience, agency-wide or for one building.' })
export class Announcement extends Node {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Plain text; line breaks are kept.' }) body!: string;
  @Field(() => AnnouncementAudience) audience!: AnnouncementAudience;
  @Field(() => LocalDateScalar, { description: 'The first day clients see it.' }) publishOn!: string;
  @Field(() => Date, { description: 'When it was written.' }) createdAt!: Date;
}

export const AnnouncementConnection = Connection(Announcement, 'Announcement');

@InputType({ description: 'An announcement: for its audience of the whole agency, or of one building.' })
export class PublishAnnouncementInput {
  @Field(() => String, { description: 'Up to 300 characters.' }) title!: string;
  @Field(() => String, { description: 'Plain text, up to 10 000 characters.' }) body!: string;
  @Field(() => AnnouncementAudience) audience!: AnnouncementAudience;
  @Field(() => ID, { nullable: true, description: "Only this building's people of the audience." }) buildingId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day clients see it; today when left out.' }) publishOn?: string | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    Announcement: true;
  }
}
