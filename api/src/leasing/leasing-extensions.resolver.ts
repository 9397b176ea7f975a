import { Args, Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { lots, persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { childKey } from '../graphql/page-args';
import { Person } from '../identity/identity.types';
import { Lot } from '../portfolio/portfolio.types';
import { LeaseConnection, ManagementMandateConnection } from './leasing.types';

type PersonRow = typeof persons.$inferSelect;
type LotRow = typeof lots.$inferSelect;

/** A person's mandates (as owner) and leases (as tenant): leasing fields on identity's Person. */
@Resolver(() => Person)
export class PersonLeasingResolver {
  @FieldResolver(() => ManagementMandateConnection, { description: 'Management mandates, as owner.' })
  mandates(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.mandatesOfPerson.load(childKey(person.id, args));
  }

  @FieldResolver(() => LeaseConnection, { description: 'Leases, as tenant.' })
  leases(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.leasesOfPerson.load(childKey(person.id, args));
  }
}

/** A lot's leases: a leasing field on portfolio's Lot. */
@Resolver(() => Lot)
export class LotLeasingResolver {
  @FieldResolver(() => LeaseConnection, { description: 'Leases of the lot that the viewer may see.' })
  leases(@Root() lot: LotRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.leasesOfLot.load(childKey(lot.id, args));
  }
}
