import { Args, Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { leases, managementMandates, ownerships, persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { childKey } from '../graphql/page-args';
import { Person } from '../identity/identity.types';
import { Ownership } from '../portfolio/portfolio.types';
import { Lease, ManagementMandate } from '../leasing/leasing.types';
import { Account, AccountConnection } from './account.types';

type PersonRow = typeof persons.$inferSelect;

/** Accounts seen from the lower modules' types: a person's accounts, and each relation's account. */
@Resolver(() => Person)
export class PersonAccountsResolver {
  @FieldResolver(() => AccountConnection, { description: "The person's accounts that the viewer may read." })
  accounts(@Root() person: PersonRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.accountsOfPerson.load(childKey(person.id, args));
  }
}

@Resolver(() => Ownership)
export class OwnershipAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The co-owner account (450…) holding the lot.' })
  account(@Root() ownership: typeof ownerships.$inferSelect, @Context() ctx: Ctx) {
    return ownership.accountId ? ctx.loaders.accountById.loadNow(ownership.accountId) : null;
  }
}

@Resolver(() => ManagementMandate)
export class MandateAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The owner account (411…).' })
  account(@Root() mandate: typeof managementMandates.$inferSelect, @Context() ctx: Ctx) {
    return mandate.accountId ? ctx.loaders.accountById.loadNow(mandate.accountId) : null;
  }
}

@Resolver(() => Lease)
export class LeaseAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The tenant account.' })
  account(@Root() lease: typeof leases.$inferSelect, @Context() ctx: Ctx) {
    return lease.accountId ? ctx.loaders.accountById.loadNow(lease.accountId) : null;
  }
}
