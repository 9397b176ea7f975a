import { FieldResolver, ID, Resolver, Root, Ctx as Context } from 'type-graphql';
import { Guarded } from '../auth/declarations';
import { isOnToday } from '../db/current';
import type { persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { ExtranetAccess, Person, PersonRole, PostalAddress } from './identity.types';

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
    return identity && { identifier: identity.login, isEnabled: isOnToday(identity.isEnabled, identity.disabledFrom), mustChangePassword: identity.mustChangePassword };
  }
}
