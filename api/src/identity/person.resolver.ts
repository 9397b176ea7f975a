import { Args, FieldResolver, ID, Resolver, Root, Ctx as Context } from 'type-graphql';
import { Guarded } from '../auth/declarations';
import type { persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { PostalAddress, OwnershipConnection, CouncilMembershipConnection } from '../portfolio/portfolio.types';
import { LeaseConnection, ManagementMandateConnection } from '../leasing/leasing.types';
import { AccountConnection } from '../accounts/account.types';
import { ExtranetAccess, Person, PersonRole } from './identity.types';

type PersonRow = typeof persons.$inferSelect;

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID)
  id(@Root() person: PersonRow) {
    return toGlobalId('Person', person.id);
  }

  @FieldResolver(() => PostalAddress)
  postalAddress(@Root() person: PersonRow): PostalAddress {
    return { line1: person.addressLine1, line2: person.addressLine2, postalCode: person.postalCode, city: person.city };
  }

  @Guarded('person.readAdministration')
  @FieldResolver(() => [PersonRole], { nullable: true, description: 'Current roles (the person and managers only).' })
  roles(@Root() person: PersonRow, @Context() ctx: Ctx) {
    return ctx.loaders.rolesOfPerson.load(person.id);
  }

  @Guarded('person.readAdministration')
  @FieldResolver(() => ExtranetAccess, { nullable: true, description: 'Null when the client has no access yet (or for others).' })
  async extranetAccess(@Root() person: PersonRow, @Context() ctx: Ctx): Promise<ExtranetAccess | null> {
    const identity = await ctx.loaders.identityOfPerson.load(person.id);
    return identity && { identifier: identity.login, isEnabled: identity.isEnabled, mustChangePassword: identity.mustChangePassword };
  }

  @FieldResolver(() => OwnershipConnection, { description: 'Lots held as co-owner.' })
  ownerships(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.ownershipsOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => CouncilMembershipConnection)
  councilMemberships(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.councilOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => ManagementMandateConnection, { description: 'Management mandates, as owner.' })
  mandates(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.mandatesOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => LeaseConnection, { description: 'Leases, as tenant.' })
  leases(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.leasesOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => AccountConnection, { description: 'The person\'s accounts that the viewer may read.' })
  accounts(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.accountsOfPerson.load(childKey(person.id, args));
  }
}
