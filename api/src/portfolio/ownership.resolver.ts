import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx as Context, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { councilMemberships, ownerships } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import { selectsPath } from '../graphql/selection';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Person } from '../identity/identity.types';
import { Building, CouncilMembership, Lot, Ownership } from './portfolio.types';
import { recordSale } from './ownership.service';
import { SaleBuyerInput } from './import/relation-inputs.types';
import { agencyToday } from '../db/calendar';

type OwnershipRow = typeof ownerships.$inferSelect;
type CouncilRow = typeof councilMemberships.$inferSelect;

@Resolver(() => Ownership)
export class OwnershipResolver {
  @FieldResolver(() => ID)
  id(@Root() ownership: OwnershipRow) {
    return toGlobalId('Ownership', ownership.id);
  }

  @FieldResolver(() => Boolean, { description: 'Not ended by a sale as of today.' })
  isActive(@Root() ownership: OwnershipRow) {
    return ownership.endDate === null || ownership.endDate > agencyToday();
  }

  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() ownership: OwnershipRow, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    // The keys of the lot's shares, beside the lot's own statement rather than after it (the home asks for both).
    if (selectsPath(info, ['shares', 'allocationKey'])) ctx.loaders.keysOfLotShares.load(ownership.lotId).catch(() => {}); // a failure surfaces where allocationKey awaits it
    return ctx.loaders.lotById.loadNow(ownership.lotId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() ownership: OwnershipRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(ownership.personId);
  }

  @Policy('ownership.recordSale')
  @Mutation(() => Ownership, {
    description:
      "Records a sale: the ownership ends at saleDate; access follows the agency setting from that date. With a buyer, the buyer's ownership starts that day, in the same transaction.",
  })
  recordSale(
    @Arg('ownershipId', () => ID) ownershipId: string,
    @Arg('saleDate', () => LocalDateScalar) saleDate: string,
    @Arg('buyer', () => SaleBuyerInput, { nullable: true }) buyer: SaleBuyerInput | null | undefined,
    @Context() ctx: Ctx,
  ) {
    return recordSale(
      ctx,
      expectGlobalId(ownershipId, 'Ownership', 'ownershipId'),
      saleDate,
      buyer && { personId: expectGlobalId(buyer.personId, 'Person', 'buyer.personId'), accountNumber: buyer.accountNumber },
    );
  }
}

@Resolver(() => CouncilMembership)
export class CouncilMembershipResolver {
  @FieldResolver(() => ID)
  id(@Root() membership: CouncilRow) {
    return toGlobalId('CouncilMembership', membership.id);
  }

  @FieldResolver(() => Boolean, { description: 'The seat has not ended as of today.' })
  isActive(@Root() membership: CouncilRow) {
    return membership.endDate === null || membership.endDate > agencyToday();
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() membership: CouncilRow, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(membership.buildingId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() membership: CouncilRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(membership.personId);
  }
}
