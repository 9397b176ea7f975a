import { Args, Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { childKey } from '../graphql/page-args';
import { Person } from '../identity/identity.types';
import { CouncilMembershipConnection, OwnershipConnection } from './portfolio.types';

type PersonRow = typeof persons.$inferSelect;

/** A person's co-ownerships and council seats: portfolio fields on identity's Person. */
@Resolver(() => Person)
export class PersonPortfolioResolver {
  @FieldResolver(() => OwnershipConnection, { description: 'Lots held as co-owner.' })
  ownerships(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.ownershipsOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => CouncilMembershipConnection)
  councilMemberships(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.councilOfPerson.load(childKey(person.id, args));
  }
}
