import { Args, Ctx as Context, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { allocationKeys, lots, lotShares } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { sharesOfLot } from './lot-shares.service';
import { AllocationKey, Building, Lot, LotShare, OwnershipConnection } from './portfolio.types';

type LotRow = typeof lots.$inferSelect;
type ShareRow = typeof lotShares.$inferSelect;
type KeyRow = typeof allocationKeys.$inferSelect;

@Resolver(() => Lot)
export class LotResolver {
  @FieldResolver(() => ID)
  id(@Root() lot: LotRow) {
    return toGlobalId('Lot', lot.id);
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() lot: LotRow, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(lot.buildingId);
  }

  @FieldResolver(() => [LotShare], {
    description: 'Tantièmes of the lot under each allocation key ("Mes biens": FORBIDDEN MODULE_DISABLED for clients when the agency switched it off).',
  })
  shares(@Root() lot: LotRow, @Context() ctx: Ctx) {
    return sharesOfLot(ctx, lot.id);
  }

  @FieldResolver(() => OwnershipConnection, { description: 'Ownerships of the lot that the viewer may see.' })
  ownerships(@Root() lot: LotRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.ownershipsOfLot.load(childKey(lot.id, args));
  }
}

@Resolver(() => LotShare)
export class LotShareResolver {
  @FieldResolver(() => AllocationKey, { nullable: true })
  async allocationKey(@Root() share: ShareRow, @Context() ctx: Ctx) {
    // Every share's key of a tick in one statement, or the one `Ownership.lot` already started.
    await ctx.loaders.keysOfLotShares.load(share.lotId);
    return ctx.loaders.allocationKeyById.loadNow(share.allocationKeyId);
  }

  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() share: ShareRow, @Context() ctx: Ctx) {
    return ctx.loaders.lotById.loadNow(share.lotId);
  }
}

@Resolver(() => AllocationKey)
export class AllocationKeyResolver {
  @FieldResolver(() => ID)
  id(@Root() key: KeyRow) {
    return toGlobalId('AllocationKey', key.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sum of the shares of every lot under the key (e.g. 1000.91516).' })
  totalShares(@Root() key: KeyRow & { totalShares?: string }, @Context() ctx: Ctx) {
    return key.totalShares ?? ctx.loaders.totalSharesOfKey.load(key.id);
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() key: KeyRow, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(key.buildingId);
  }
}
