import { Args, Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../auth/declarations';
import type { persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { Person } from '../identity/identity.types';
import { documentPage } from './document-list.service';
import { DocumentConnection } from './document.types';

/** The documents seen from a person's record in the console (manual: "Documents", the tiers' tab). */
@Resolver(() => Person)
export class PersonDocumentsResolver {
  @Guarded('document.listConcerningPerson')
  @FieldResolver(() => DocumentConnection, {
    nullable: true,
    description:
      'Documents that concern the person: addressed to them, their accounts, their leases, the lots they co-own or own (managers and document readers; null for clients).',
  })
  documents(@Root() person: typeof persons.$inferSelect, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return documentPage(ctx, { ...args, concerningPersonId: person.id });
  }
}
